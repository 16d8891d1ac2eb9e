"""``redline spark``: code inputs on a Spark cluster (or ``local[N]``) into Parquet tables."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import Annotated

import typer

from redline.spark import DEFAULT_MASTER


def spark_cli(
    paths: list[str],
    out: str,
    *,
    master: str = DEFAULT_MASTER,
    model: str | None = None,
    actors: tuple[str, ...] = (),
    published: str | None = None,
    max_mb: float = 50.0,
    partitions: int | None = None,
    quiet: bool = False,
) -> int:
    """Check what Spark needs, run :func:`redline.spark.code_on_spark`, print one line per input
    not coded and the summary; returns the exit status (0, or 1 when an input failed)."""
    from redline.spark import SparkSettings, code_on_spark

    if importlib.util.find_spec("pyspark") is None:
        typer.echo(
            "redline: error: redline spark needs PySpark: pip install 'redline[spark]'", err=True
        )
        return 2
    if master.startswith("local") and shutil.which("java") is None:
        typer.echo(
            "redline: error: Spark needs a Java runtime (apt-get install -y "
            "default-jre-headless, or run ci/spark-deps.sh)",
            err=True,
        )
        return 2
    settings = SparkSettings(
        model=model,
        actors=tuple(actors),
        published=published,
        max_bytes=int(max_mb * 1_000_000),
    )
    result = code_on_spark(paths, out, master=master, settings=settings, partitions=partitions)
    for source, status, reason in result.outcomes:
        typer.echo(f"{source}: {status}: {reason}", err=True)
    if not quiet:
        typer.echo(result.line())
        parts = ", ".join(f"{n} {table}" for table, n in result.counts.items())
        typer.echo(f"parquet {out}: {parts}")
    return 1 if result.failed else 0


def register(app: typer.Typer) -> None:
    """Add the ``spark`` command to the ``redline`` command line."""

    @app.command("spark")
    def spark_command(
        paths: Annotated[
            list[str],
            typer.Argument(
                help="Files or folders (JSON Lines, WARC, text, any input `redline code` reads), "
                "or hdfs:// / s3a:// URIs Spark can read."
            ),
        ],
        out: Annotated[
            str, typer.Option("--out", help="Folder for one Parquet dataset per table.")
        ],
        master: Annotated[
            str, typer.Option("--master", help="Spark master URL (local[N], spark://…, yarn).")
        ] = DEFAULT_MASTER,
        model: Annotated[
            str | None, typer.Option("--model", help="spaCy pipeline to load (name or path).")
        ] = None,
        actors: Annotated[
            list[Path] | None,
            typer.Option("--actors", exists=True, dir_okay=False, help="Your own actor file."),
        ] = None,
        published: Annotated[
            str | None,
            typer.Option(
                "--published", help="Publication date (YYYY-MM-DD) for inputs lacking one."
            ),
        ] = None,
        max_mb: Annotated[
            float, typer.Option("--max-mb", help="Skip inputs larger than this many megabytes.")
        ] = 50.0,
        partitions: Annotated[
            int | None,
            typer.Option("--partitions", min=1, help="Tasks to split the inputs into."),
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
    ) -> None:
        """Code news on Spark into Parquet tables with the store's columns and ids."""
        status = spark_cli(
            paths,
            out,
            master=master,
            model=model,
            actors=tuple(str(p) for p in actors or ()),
            published=published,
            max_mb=max_mb,
            partitions=partitions,
            quiet=quiet,
        )
        raise typer.Exit(status)
