"""``redline spark`` and ``redline load-parquet``: code on Spark, then load the result into a store.

Thin typer wrappers over :mod:`redline.spark`; ``register(app)`` adds them to the ``redline`` app.
PySpark is imported only when ``redline spark`` runs.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from redline.cli.options import MaxMb, Model, Published
from redline.errors import RedlineError

err = Console(stderr=True, highlight=False, soft_wrap=True)


def spark(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders to code (JSONL, WARC, text: what redline code reads)."
        ),
    ],
    out: Annotated[
        str, typer.Option("--out", help="Folder for the Parquet datasets (one per table).")
    ],
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master URL (default local[2], or spark-submit's)."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", exists=True, dir_okay=False, help="TOML file over the defaults."),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option("--partitions", min=1, help="Partitions to code (default 2 per core)."),
    ] = None,
    model: Model = None,
    published: Published = None,
    max_mb: MaxMb = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only problems.")] = False,
) -> None:
    """Code documents on Spark into Parquet datasets with the store's tables and columns."""
    from redline.cli.main import _check_date, max_input_bytes
    from redline.config import Config
    from redline.pipeline import Pipeline
    from redline.spark import code_on_spark, require_spark

    if published is not None:
        published = _check_date(published)
    try:
        require_spark()
        settings = Config.load(config)
        # Spark is the pool: one process per task, each coding its partition alone.
        pipeline = Pipeline(settings, model=model, workers=1)
    except RedlineError as exc:
        err.print(f"redline: error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    max_bytes = max_input_bytes(pipeline.config, max_mb)
    started = time.perf_counter()
    summary = code_on_spark(
        paths,
        out,
        pipeline,
        master=master,
        partitions=partitions,
        max_bytes=max_bytes,
        published=published,
        dedupe_threshold=float(pipeline.config.get("stage.dedupe.threshold", 0.8)),
    )
    for line in summary.reasons:
        err.print(line, markup=False)
    if not quiet:
        elapsed = time.perf_counter() - started
        rows = ", ".join(f"{n} {t}" for t, n in summary.rows.items())
        typer.echo(f"{summary.line()} in {elapsed:.1f} s; {summary.out}: {rows}")
    raise typer.Exit(summary.exit_code)


def load_parquet(
    folder: Annotated[str, typer.Argument(help="The --out folder of a redline spark run.")],
    db: Annotated[str, typer.Option("--db", help="DuckDB store to write.")] = "redline.duckdb",
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace documents already in the store.")
    ] = False,
) -> None:
    """Load the Parquet datasets of a redline spark run into a store."""
    from redline.spark import load_parquet as load
    from redline.store import Store

    try:
        with Store(db) as store:
            added = load(folder, store, replace=replace)
    except RedlineError as exc:
        err.print(f"redline: error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    typer.echo(f"store {db}: added " + ", ".join(f"{n} {t}" for t, n in added.items()))


def register(app: typer.Typer) -> None:
    """Add ``spark`` and ``load-parquet`` to the ``redline`` app."""
    app.command("spark")(spark)
    app.command("load-parquet")(load_parquet)
