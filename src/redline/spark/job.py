"""``redline spark``: code inputs on a Spark cluster into one Parquet dataset per store table.

The driver lists the input files; executors read them with redline's own readers, the documents
are spread over ``partitions`` and cleaned, documents with the same text are coded once (the
earliest input wins, as locally), and each partition is coded with one :class:`Pipeline` built
from the run's config (loaded once per Python worker, one process per task: Spark is the pool).
Rows come from :mod:`redline.store.rows`, so the Parquet datasets have the store's columns and
ids; ``redline load-parquet`` loads them into a store and DuckDB can query them in place.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from redline.batch import CODED, FAILED, SKIPPED, Outcome
from redline.errors import RedlineError
from redline.ingest.sources import walk
from redline.model import Document
from redline.spark.partition import (
    OUTCOMES,
    clean_partition,
    code_partition,
    first_of_same_text,
    outcome_row,
    output_tables,
    pipeline_key,
    read_input,
    read_uri_file,
)
from redline.store.rows import ANNOTATION_TABLES

DEFAULT_MASTER = "local[2]"
REASONS_SHOWN = 200
# Columns that are never null: the documents' id and each annotation's (doc_id, idx).
KEYS = {"documents": ("id",)} | {t: ("doc_id", "idx") for t in ANNOTATION_TABLES}


@dataclass
class SparkSummary:
    """What a Spark run did: outcome counts, rows per dataset and the non-coded inputs' reasons."""

    out: str
    counts: dict[str, int] = field(default_factory=lambda: {CODED: 0, SKIPPED: 0, FAILED: 0})
    rows: dict[str, int] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)

    def line(self) -> str:
        c = self.counts
        return f"{c.get(CODED, 0)} coded, {c.get(SKIPPED, 0)} skipped, {c.get(FAILED, 0)} failed"

    @property
    def exit_code(self) -> int:
        return 1 if self.counts.get(FAILED) else 0


def require_spark() -> None:
    """Fail with one line when PySpark or a Java runtime is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise RedlineError(
            "E080", "pyspark is not installed: pip install 'redline[spark]'"
        ) from exc
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise RedlineError(
            "E081",
            "Spark needs a Java runtime and none was found (no java on PATH, no JAVA_HOME): "
            "run ci/spark-deps.sh or apt-get install default-jre-headless",
        )


def list_inputs(
    paths: Iterable[str],
) -> tuple[list[tuple[int, str, str, bool]], list[str], list[Outcome]]:
    """Local input files in ``redline code``'s order, URIs for Spark to read (``hdfs://``,
    ``s3a://``), and outcomes for inputs that cannot be read."""
    entries: list[tuple[int, str, str, bool]] = []
    uris: list[str] = []
    problems: list[Outcome] = []
    for path in paths:
        path = str(path)
        if "://" in path and not path.startswith("file://"):
            uris.append(path)
            continue
        path = path.removeprefix("file://")
        if path == "-":
            problems.append(Outcome("-", FAILED, "standard input cannot be read on Spark"))
        elif os.path.isdir(path):
            for file_path in walk(path):
                entries.append((len(entries), os.path.abspath(file_path), file_path, False))
        elif not os.path.exists(path):
            problems.append(Outcome(path, FAILED, "no such file or directory"))
        else:
            entries.append((len(entries), os.path.abspath(path), path, True))
    return entries, uris, problems


def spark_type(sql: str) -> Any:
    """The Spark SQL type of a store column type."""
    from pyspark.sql import types as T

    base = sql.replace(" PRIMARY KEY", "")
    scalar = {
        "VARCHAR": T.StringType(),
        "JSON": T.StringType(),
        "INTEGER": T.IntegerType(),
        "DOUBLE": T.DoubleType(),
        "BOOLEAN": T.BooleanType(),
        "TIMESTAMP": T.TimestampNTZType(),  # the store's naive UTC time, read back unshifted
    }
    if base.endswith("[]"):
        return T.ArrayType(scalar[base[:-2]])
    return scalar[base]


def spark_schema(columns: list[tuple[str, str]], keys: Iterable[str] = ()) -> Any:
    """The Spark schema of a table; ``keys`` are the columns that are never null."""
    from pyspark.sql import types as T

    return T.StructType(
        [T.StructField(name, spark_type(sql), nullable=name not in keys) for name, sql in columns]
    )


def _converter(columns: list[tuple[str, str]]):
    """Make each value the exact Python type Spark's schema check wants (an int for DOUBLE…)."""
    casts = []
    for _, sql in columns:
        base = sql.replace(" PRIMARY KEY", "")
        casts.append({"DOUBLE": float, "INTEGER": int, "BOOLEAN": bool}.get(base))

    def convert(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(
            cast(v) if cast is not None and v is not None else v
            for cast, v in zip(casts, row, strict=True)
        )

    return convert


def session(master: str | None, *, app_name: str = "redline", quiet: bool = True) -> Any:
    """A SparkSession on ``master``: ``local[2]`` unless given or set by spark-submit."""
    require_spark()
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    # Executors run this interpreter (so they import this redline) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Under spark-submit (which starts the JVM and sets PYSPARK_GATEWAY_PORT) the master is its.
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ or SparkConf().contains("spark.master")
    if master is None and not submitted:
        master = DEFAULT_MASTER
    builder = SparkSession.builder.appName(app_name).config("spark.sql.session.timeZone", "UTC")
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false" if quiet else "true")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def code_on_spark(
    paths: Iterable[str],
    out: str,
    pipeline: Any,
    *,
    spark: Any | None = None,
    master: str | None = None,
    partitions: int | None = None,
    max_bytes: int = 50_000_000,
    published: str | None = None,
    dedupe_threshold: float = 0.8,
) -> SparkSummary:
    """Code ``paths`` on Spark and write one Parquet dataset per table under ``out``.

    ``out`` must be a folder every executor can write (a local path in ``local[N]``; a shared
    file system, HDFS or S3 URI on a cluster); each dataset is replaced.
    """
    from pyspark import StorageLevel

    own = spark is None
    if spark is None:
        spark = session(master)
    sc = spark.sparkContext
    if "://" not in out:
        out = os.path.abspath(out)
    summary = SparkSummary(out)
    entries, uris, problems = list_inputs(paths)
    parts = partitions or max(2, sc.defaultParallelism * 2)
    key = pipeline_key(pipeline)
    try:
        sources = []
        if entries:
            files = sc.parallelize(entries, max(1, min(len(entries), parts)))
            sources.append(files.flatMap(lambda e: read_input(e, max_bytes)))
        for n, uri in enumerate(uris, 1):
            # Files Spark reads itself come after the local ones, in the order of the URIs given.
            base = n * 1_000_000_000
            read_by_spark = sc.binaryFiles(uri).zipWithIndex()
            sources.append(
                read_by_spark.flatMap(
                    lambda fi, b=base: read_uri_file((b + fi[1], fi[0][0], fi[0][1]), max_bytes)
                )
            )
        read = sources[0] if len(sources) == 1 else sc.union(sources) if sources else None
        if read is not None:
            cleaned = (
                read.repartition(parts)
                .mapPartitions(lambda it: clean_partition(it, published))
                .persist(StorageLevel.MEMORY_AND_DISK)
            )
            not_cleaned = cleaned.filter(lambda kv: isinstance(kv[1], Outcome)).map(
                lambda kv: kv[1]
            )
            unique = (
                cleaned.filter(lambda kv: isinstance(kv[1], Document))
                .map(lambda kv: (kv[1].id, kv))
                .groupByKey(parts)
                .flatMap(first_of_same_text)
            )
            early = sc.parallelize(problems, 1) if problems else sc.emptyRDD()
            inputs = early.union(not_cleaned).union(unique)
            coded = inputs.mapPartitions(
                lambda it: code_partition(it, pipeline, key, dedupe_threshold=dedupe_threshold)
            ).persist(StorageLevel.MEMORY_AND_DISK)
        else:
            coded = sc.parallelize([outcome_row(p) for p in problems], 1)
        for table, columns in output_tables().items():
            convert = _converter(columns)
            rows = coded.filter(lambda tr, t=table: tr[0] == t).map(lambda tr, c=convert: c(tr[1]))
            frame = spark.createDataFrame(rows, spark_schema(columns, KEYS.get(table, ())))
            frame.write.mode("overwrite").parquet(f"{out}/{table}")
        counts = dict(coded.filter(lambda tr: tr[0] != OUTCOMES).countByKey())
        summary.rows = {t: int(counts.get(t, 0)) for t in output_tables() if t != OUTCOMES}
        statuses = coded.filter(lambda tr: tr[0] == OUTCOMES).map(lambda tr: tr[1][1])
        summary.counts.update({s: int(n) for s, n in statuses.countByValue().items()})
        reasons = (
            coded.filter(lambda tr: tr[0] == OUTCOMES and tr[1][1] != CODED)
            .map(lambda tr: f"{tr[1][0]}: {tr[1][1]}: {tr[1][2]}")
            .take(REASONS_SHOWN)
        )
        summary.reasons = sorted(reasons)
        coded.unpersist()
        if read is not None:
            cleaned.unpersist()
    finally:
        if own:
            spark.stop()
    return summary
