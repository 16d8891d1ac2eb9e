"""Coding on Spark: the same reading, cleaning and pipeline as ``redline code``, one partition
of inputs per task, one Parquet dataset per store table.

1. The driver lists the inputs as ``redline code`` would (:func:`redline.ingest.sources.
   expand_paths`: folders walked, names sorted); missing paths and unreadable folders become
   outcomes at once. Paths with a scheme (``hdfs://``, ``s3a://``) are read by Spark itself
   (``binaryFiles``) and their files named by their URI.
2. Each task reads and cleans its inputs, then codes them with a :class:`~redline.pipeline.
   Pipeline` loaded once per executor Python process (:func:`pipeline_for`) and writes them
   into an in-memory DuckDB :class:`~redline.store.Store`: the rows a task returns are the
   store's own rows, so the Parquet tables have exactly the store's columns, types and ids.
3. The same text met twice (two inputs, any partitions) is kept once, from the earliest input,
   as ``redline code`` keeps it; the other is a ``skipped`` outcome.
4. The driver writes ``documents``, ``sentences``, ``entities``, ``quotes``, ``events``,
   ``quantities``, ``places`` and ``outcomes`` (every input not coded, with its reason) under
   the output folder.

Near-duplicates (``duplicate_of``) are marked among the documents of one task only; a local
run marks them across the whole batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from redline.errors import RedlineError
from redline.ingest.raw import IngestError, RawDocument
from redline.ingest.sources import DEFAULT_MAX_BYTES, expand_paths, read_data, read_path
from redline.spark import DEFAULT_MASTER
from redline.store.duck import ANNOTATION_TABLES

TABLES = ("documents", *ANNOTATION_TABLES)
OUTCOMES = "outcomes"
OUTCOME_COLUMNS = (("source", "VARCHAR"), ("status", "VARCHAR"), ("reason", "VARCHAR"))


@dataclass(frozen=True)
class SparkSettings:
    """What every task needs to code as ``redline code`` does; picklable, sent to executors."""

    model: str | None = None
    actors: tuple[str, ...] = ()
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class SparkResult:
    """Rows written per table, and the inputs that were not coded (source, status, reason)."""

    out: str
    counts: dict[str, int] = field(default_factory=dict)
    outcomes: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for _, status, _ in self.outcomes if status == "failed")

    @property
    def skipped(self) -> int:
        return sum(1 for _, status, _ in self.outcomes if status == "skipped")

    def line(self) -> str:
        coded = self.counts.get("documents", 0)
        return f"{coded} coded, {self.skipped} skipped, {self.failed} failed"


# -- on the executors ------------------------------------------------------------------------

_PIPELINES: dict[tuple[str | None, tuple[str, ...]], Any] = {}


def pipeline_for(settings: SparkSettings):
    """The pipeline for ``settings``, loaded once per Python worker and kept for its later tasks
    (Spark reuses its Python workers), so the spaCy model is not loaded per partition."""
    from redline.pipeline import Pipeline

    key = (settings.model, settings.actors)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(model=settings.model, actors=settings.actors)
    return _PIPELINES[key]


def read_input(item: tuple, settings: SparkSettings) -> Iterator[RawDocument | IngestError]:
    """One input: ``("path", path, explicit, absolute path)`` read from the file system shared
    with the driver and named as the user gave it, or ``("bytes", uri, data)`` read by Spark."""
    if item[0] == "bytes":
        yield from read_data(item[2], item[1], max_bytes=settings.max_bytes)
        return
    _, given, explicit, absolute = item
    for found in read_path(absolute, settings.max_bytes, explicit=explicit):
        found.source = given + found.source[len(absolute) :]  # path:3, path#2 keep their tail
        yield found


def clean(raw: RawDocument, settings: SparkSettings):
    """The cleaned Document, or an outcome row (source, status, reason) when nothing is left."""
    from redline.clean import clean_document

    try:
        doc = clean_document(raw, published=settings.published)
    except RedlineError as exc:
        return (raw.source, "failed", exc.message)
    except Exception as exc:  # a cleaner bug must not stop the partition
        return (raw.source, "failed", f"cannot clean: {type(exc).__name__}: {exc}")
    if not doc.text.strip():
        return (raw.source, "skipped", "no article text")
    return doc


def code_partition(
    inputs: Iterable[tuple[int, tuple]], settings: SparkSettings
) -> Iterator[tuple[str, tuple[int, int], tuple]]:
    """Code one partition of ``(ordinal, input)`` pairs; yields ``(table, order, row)``.

    ``order`` is (input ordinal, position in the input), so the driver can keep the earliest
    copy of a text met twice. Rows are read back from an in-memory store the documents were
    written to, so they are the store's rows column for column."""
    from redline.batch import CODED, code_documents
    from redline.store import Store

    docs, order = [], {}
    for ordinal, item in inputs:
        for position, found in enumerate(read_input(item, settings)):
            if isinstance(found, IngestError):
                yield OUTCOMES, (ordinal, position), (found.source, found.status, found.reason)
                continue
            cleaned = clean(found, settings)
            if isinstance(cleaned, tuple):
                yield OUTCOMES, (ordinal, position), cleaned
                continue
            order.setdefault(cleaned.id, (ordinal, position))
            docs.append(cleaned)
    if not docs:
        return
    with Store(":memory:") as store:
        for outcome in code_documents(docs, pipeline_for(settings), store=store):
            if outcome.status != CODED:
                yield OUTCOMES, (-1, -1), (outcome.source, outcome.status, outcome.reason)
        for table in TABLES:
            key = "id" if table == "documents" else "doc_id"
            cursor = store.con.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            at = names.index(key)
            for row in cursor.fetchall():
                yield table, order[row[at]], tuple(row)


# -- on the driver ---------------------------------------------------------------------------


def store_columns() -> dict[str, list[tuple[str, str]]]:
    """Column names and DuckDB types of every store table, from an empty in-memory store."""
    from redline.store import Store

    with Store(":memory:") as store:
        return {
            table: [
                (name, kind) for name, kind, *_ in store.con.execute(f"DESCRIBE {table}").fetchall()
            ]
            for table in TABLES
        }


def spark_type(duck_type: str):
    """The Spark SQL type holding a DuckDB column type of the store."""
    from pyspark.sql import types as T

    if duck_type.endswith("[]"):
        return T.ArrayType(spark_type(duck_type[:-2]))
    simple = {
        "VARCHAR": T.StringType(),
        "JSON": T.StringType(),
        "INTEGER": T.IntegerType(),
        "BIGINT": T.LongType(),
        "DOUBLE": T.DoubleType(),
        "BOOLEAN": T.BooleanType(),
        "TIMESTAMP": T.TimestampNTZType(),
    }
    return simple.get(duck_type.upper(), T.StringType())


def spark_schema(columns: list[tuple[str, str]]):
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, spark_type(kind), True) for name, kind in columns])


def list_inputs(paths: Iterable[str]) -> tuple[list[tuple], list[str], list[IngestError]]:
    """Local files as ``("path", path, explicit, absolute path)`` items, URIs for Spark to read,
    and the problems found while listing."""
    files: list[tuple] = []
    uris: list[str] = []
    problems: list[IngestError] = []
    local: list[str] = []
    for path in paths:
        if "://" in str(path):  # hdfs://, s3a://, file://: Spark reads and names them
            uris.append(str(path))
        elif str(path) == "-":
            problems.append(IngestError("-", "stdin cannot be read on Spark; give files"))
        else:
            local.append(str(path))
    for found in expand_paths(local):
        if isinstance(found, IngestError):
            problems.append(found)
        else:
            files.append(("path", found[0], found[1], os.path.abspath(found[0])))
    return files, uris, problems


def spark_session(master: str = DEFAULT_MASTER, app_name: str = "redline"):
    """A Spark session on ``master``; timestamps kept as written (UTC, no time zone)."""
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")  # redline prints its own lines
    )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def code_on_spark(
    paths: Iterable[str],
    out: str,
    *,
    master: str = DEFAULT_MASTER,
    settings: SparkSettings | None = None,
    partitions: int | None = None,
    spark=None,
) -> SparkResult:
    """Code ``paths`` on Spark and write one Parquet dataset per store table under ``out``.

    ``spark`` is an existing session (else one is made on ``master`` and stopped at the end);
    ``partitions`` defaults to Spark's default parallelism, at most one per input."""
    settings = settings or SparkSettings()
    files, uris, problems = list_inputs(paths)
    own = spark is None
    spark = spark or spark_session(master)
    try:
        return _run(spark, files, uris, problems, out, settings, partitions)
    finally:
        if own:
            spark.stop()


def _run(spark, files, uris, problems, out, settings, partitions) -> SparkResult:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    rdds = []
    if files:
        slices = max(1, min(len(files), partitions or sc.defaultParallelism))
        rdds.append(sc.parallelize(list(enumerate(files)), slices))
    offset = len(files)
    for uri in uris:
        pairs = sc.binaryFiles(uri, minPartitions=partitions)
        rdds.append(
            pairs.map(lambda p: ("bytes", p[0], p[1]))
            .zipWithIndex()
            .map(lambda pair, base=offset: (base + pair[1], pair[0]))
        )
        offset += 1_000_000_000  # later URIs come after every file of earlier ones
    result = SparkResult(out=str(out))
    result.outcomes += [(p.source, p.status, p.reason) for p in problems]
    columns = store_columns()
    if not rdds:
        _write_empty(spark, columns, out)
        _write_outcomes(spark, result.outcomes, out)
        return result
    inputs = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    rows = inputs.mapPartitions(lambda part: code_partition(part, settings))
    rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        # The earliest copy of each text wins, as in a local run.
        first = (
            rows.filter(lambda r: r[0] == "documents")
            .map(lambda r: (r[2][0], r[1]))
            .reduceByKey(min)
            .collectAsMap()
        )
        keep = sc.broadcast(first)
        id_at = {t: [n for n, _ in columns[t]].index("id" if t == "documents" else "doc_id")
                 for t in TABLES}  # fmt: skip

        def kept(record, id_at=id_at) -> bool:
            table, order, row = record
            return table == OUTCOMES or keep.value.get(row[id_at[table]]) == order

        source_at = [name for name, _ in columns["documents"]].index("source")
        duplicates = (
            rows.filter(lambda r: r[0] == "documents" and not kept(r))
            .map(lambda r: (r[2][source_at], r[2][0]))
            .collect()
        )
        result.outcomes += [
            (source, "skipped", f"same text as an earlier input (id {doc_id})")
            for source, doc_id in duplicates
        ]
        result.outcomes += rows.filter(lambda r: r[0] == OUTCOMES).map(lambda r: r[2]).collect()
        counts = rows.filter(kept).map(lambda r: r[0]).countByValue()
        for table in TABLES:
            frame = spark.createDataFrame(
                rows.filter(lambda r, t=table: r[0] == t and kept(r)).map(lambda r: r[2]),
                spark_schema(columns[table]),
            )
            frame.write.mode("overwrite").parquet(os.path.join(str(out), table))
            result.counts[table] = int(counts.get(table, 0))
        _write_outcomes(spark, result.outcomes, out)
    finally:
        rows.unpersist()
    return result


def _write_empty(spark, columns, out) -> None:
    for table in TABLES:
        frame = spark.createDataFrame([], spark_schema(columns[table]))
        frame.write.mode("overwrite").parquet(os.path.join(str(out), table))


def _write_outcomes(spark, outcomes, out) -> None:
    frame = spark.createDataFrame(outcomes, spark_schema(list(OUTCOME_COLUMNS)))
    frame.write.mode("overwrite").parquet(os.path.join(str(out), OUTCOMES))
