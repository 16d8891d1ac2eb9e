"""The ``redline`` command: thin typer wrappers over plain functions the Python API exposes too."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from redline.errors import RedlineError

app = typer.Typer(
    help="redline: news in, an auditable record of who did what to whom out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

err = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_DB = "redline.duckdb"
DEFAULT_MAX_MB = 50.0


def _fail_usage(message: str) -> None:
    err.print(f"redline: error: {message}", markup=False)
    raise typer.Exit(2)


class DocsPerSecond(TextColumn):
    """Documents per second, computed from the task's own elapsed time."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task):  # type: ignore[override]
        elapsed = task.elapsed or 0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return f"{rate:5.1f} docs/s"


@app.command()
def code(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or directories to code (.txt .md .eml mbox .html .jsonl "
            ".json .xml/.rss feeds .warc, any of them .gz); - reads stdin."
        ),
    ],
    db: Annotated[str, typer.Option("--db", help="DuckDB store to write.")] = DEFAULT_DB,
    no_db: Annotated[bool, typer.Option("--no-db", help="Do not write a store.")] = False,
    jsonl: Annotated[
        str | None, typer.Option("--jsonl", help="Also write JSON Lines records here (- = stdout).")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy pipeline to load (name or path).")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Parsing processes.")] = 1,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that lack one."),
    ] = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Skip inputs larger than this many megabytes.")
    ] = DEFAULT_MAX_MB,
    recode: Annotated[
        bool, typer.Option("--recode", help="Code documents already in the store again.")
    ] = False,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", exists=True, dir_okay=False, help="Your own actor file (YAML)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Keep events the precision filter scores at least this (default: its threshold).",
        ),
    ] = None,
    unresolved_events: Annotated[
        bool,
        typer.Option("--unresolved-events", help="Keep events with neither actor resolved."),
    ] = False,
) -> None:
    """Code news documents into the store: clean, parse, find quotes and events."""
    from redline.batch import CODED, FAILED, Outcome, RunSummary, code_documents, prepare
    from redline.enrich.happenings import write_happenings
    from redline.pipeline import Pipeline
    from redline.store import JsonlWriter, Store

    if published is not None:
        published = _check_date(published)
    out = err if jsonl == "-" else Console(highlight=False, soft_wrap=True)
    summary = RunSummary()

    def show(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        if outcome.status != CODED:
            style = "red" if outcome.status == FAILED else "yellow"
            err.print(f"[{style}]{outcome.line()}[/]", markup=True, highlight=False)

    max_bytes = int(max_mb * 1_000_000)
    docs = []
    for item in prepare(paths, max_bytes=max_bytes, published=published):
        if isinstance(item, Outcome):
            show(item)
        else:
            docs.append(item)

    try:
        pipeline = Pipeline(
            model=model, workers=workers, actors=tuple(str(p) for p in actors or ())
        )
        if min_confidence is not None or unresolved_events:
            from redline.events.filter import with_event_settings

            with_event_settings(
                pipeline, min_confidence=min_confidence, keep_unresolved=unresolved_events
            )
        store = None if no_db else Store(db)
    except RedlineError as exc:
        err.print(f"redline: error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    writer = JsonlWriter(jsonl) if jsonl else None
    started = time.perf_counter()
    try:
        with _progress(enabled=not quiet and err.is_terminal) as progress:
            task = progress.add_task("coding", total=len(docs))

            def step(outcome: Outcome) -> None:
                show(outcome)
                progress.advance(task)

            code_documents(
                docs, pipeline, store=store, jsonl=writer, recode=recode, on_outcome=step
            )
        if store is not None and summary.count(CODED):
            write_happenings(store)
    finally:
        if writer is not None:
            writer.close()
        counts = store.counts() if store is not None else None
        if store is not None:
            store.close()
    elapsed = time.perf_counter() - started
    if not quiet:
        _print_summary(out, summary, counts, db if store is not None else None, elapsed)
    raise typer.Exit(summary.exit_code)


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        DocsPerSecond(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not enabled,
        transient=True,
    )


def _print_summary(out: Console, summary, counts, db: str | None, elapsed: float) -> None:
    coded = summary.coded
    if coded:
        table = Table(
            title=f"Coded documents ({len(coded)})", title_justify="left", box=box.SIMPLE_HEAD
        )
        table.add_column("document", no_wrap=True, overflow="ellipsis", max_width=24)
        table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=30)
        table.add_column("published", no_wrap=True, min_width=10)
        for col in ("sents", "ents", "quotes", "events"):
            table.add_column(col, justify="right", no_wrap=True, min_width=len(col))
        for doc in coded[:25]:
            table.add_row(
                Path(doc.source).name if "/" in doc.source else doc.source,
                doc.title or "",
                doc.published or "",
                str(len(doc.sentences)),
                str(len(doc.entities)),
                str(len(doc.quotes)),
                str(len(doc.events)),
            )
        if len(coded) > 25:
            table.add_row(f"… {len(coded) - 25} more", "", "", "", "", "", "")
        out.print(table)
    rate = len(coded) / elapsed if elapsed > 0 and coded else 0.0
    out.print(f"{summary.line()} ({rate:.1f} docs/s)", markup=False)
    if db and counts:
        parts = ", ".join(f"{v} {k}" for k, v in counts.items())
        out.print(f"store {db}: {parts}", markup=False)


def _check_date(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        _fail_usage(f"--published must be a date as YYYY-MM-DD, not {value!r}")
        raise  # unreachable


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON Lines records."""
    from redline.schema import document_schema

    typer.echo(json.dumps(document_schema(), indent=2))


@app.command()
def version() -> None:
    """Print redline's version."""
    from redline import __version__

    typer.echo(__version__)


def _register_subcommands() -> None:
    from redline.cli import actors_cmd, eval_cmd, query_cmd, serve_cmd

    query_cmd.register(app)
    serve_cmd.register(app)
    app.add_typer(eval_cmd.app, name="eval")
    app.add_typer(actors_cmd.app, name="actors")


_register_subcommands()


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
