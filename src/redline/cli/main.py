"""The ``redline`` command: thin typer wrappers over plain functions the Python API exposes too."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from redline.cli.options import MaxMb, Model, Published
from redline.errors import RedlineError

app = typer.Typer(
    help="redline: news in, an auditable record of who did what to whom out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

err = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_DB = "redline.duckdb"

# Set by a command once everything it opened is closed and flushed: ``main`` may then leave
# without the interpreter's teardown (see ``_leave``).
_done = False


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
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            exists=True,
            dir_okay=False,
            help="TOML file over the defaults (stages, data files, thresholds).",
        ),
    ] = None,
    model: Model = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=0, help="Worker processes (default: one per core)."),
    ] = None,
    published: Published = None,
    max_mb: MaxMb = None,
    doc_timeout: Annotated[
        float | None,
        typer.Option("--doc-timeout", help="Seconds one document may take (default 120)."),
    ] = None,
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
    from redline.collector import collector_paused

    if published is not None:
        published = _check_date(published)
    # The modules imported here live as long as the process: frozen before the collector is
    # back, they are not walked again and again while the model loads (0.15 s of CPU). Given
    # back when the run's workers start or its pipeline closes (batch.Runner), or below.
    with collector_paused():
        from redline.batch import CODED, FAILED, Outcome, RunSummary, code_paths
        from redline.config import Config
        from redline.enrich.happenings import update_happenings
        from redline.pipeline import Pipeline
        from redline.store import JsonlWriter, Store

        gc.freeze()  # (a fresh process: nothing of its own was frozen)
    out = err if jsonl == "-" else Console(highlight=False, soft_wrap=True)
    summary = RunSummary()
    try:
        settings = Config.load(config)
        pipeline = Pipeline(
            settings,
            model=model,
            workers=workers,
            doc_timeout=doc_timeout,
            actors=tuple(str(p) for p in actors or ()),
        )
        if min_confidence is not None or unresolved_events:
            pipeline.configure(
                {
                    "stage.events.min_confidence": min_confidence,
                    "stage.events.keep_unresolved": unresolved_events or None,
                }
            )
        store = None if no_db else Store(db)
    except RedlineError as exc:
        gc.unfreeze()
        err.print(f"redline: error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    options = pipeline.config.pipeline
    max_bytes = max_input_bytes(pipeline.config, max_mb)
    writer = JsonlWriter(jsonl) if jsonl else None
    counts: dict[str, int] | None = None
    started = time.perf_counter()
    run_start = _now()
    try:
        with _progress(enabled=not quiet and err.is_terminal) as progress:
            task = progress.add_task("coding", total=None)

            def step(outcome: Outcome) -> None:
                if outcome.status != CODED:
                    style = "red" if outcome.status == FAILED else "yellow"
                    progress.console.print(
                        f"[{style}]{outcome.line()}[/]", markup=True, highlight=False
                    )
                else:
                    progress.advance(task)
                    for warning in outcome.doc.warnings if outcome.doc else ():
                        # Coded, but the user must know (an unsupported language, bad bytes).
                        progress.console.print(
                            f"{outcome.source}: warning: {warning}", markup=False, highlight=False
                        )

            code_paths(
                paths,
                pipeline,
                max_bytes=max_bytes,
                store=store,
                jsonl=writer,
                recode=recode,
                published=published,
                workers=pipeline.workers,
                dedupe_threshold=float(pipeline.config.get("stage.dedupe.threshold", 0.8)),
                write_every=int(options.get("write_every", 64)),
                write_seconds=float(options.get("write_seconds", 30.0)),
                on_outcome=step,
                summary=summary,
            )
        if store is not None and summary.count(CODED):
            window = int(pipeline.config.get("stage.happenings.window_days", 3))
            with store.connection():  # one opening of the file for both
                update_happenings(store, since=run_start, window_days=window)
                counts = store.counts()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        gc.unfreeze()
        if writer is not None:
            writer.close()
        if store is not None:
            if counts is None:
                counts = store.counts()
            store.close()
    elapsed = time.perf_counter() - started
    if summary.interrupted:
        where = f"in {db}" if store is not None else "(no store)"
        err.print(
            f"interrupted: {summary.stored} documents stored {where}; "
            f"{summary.line()} so far. Run the same command again to resume: "
            "documents already stored are skipped.",
            markup=False,
        )
    elif not quiet:
        _print_summary(out, summary, counts, db if store is not None else None, elapsed)
    global _done
    _done = True  # the store and the JSON Lines file are closed, the summary printed
    raise typer.Exit(summary.exit_code)


def max_input_bytes(config, max_mb: float | None) -> int:
    """The size over which an input is skipped: ``--max-mb``, else the config's ``max_mb``."""
    limit = max_mb if max_mb is not None else config.pipeline.get("max_mb", 50)
    return int(float(limit) * 1_000_000)


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None)


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        DocsPerSecond(),
        TimeElapsedColumn(),
        console=err,
        disable=not enabled,
        transient=True,
    )


def _print_summary(out: Console, summary, counts, db: str | None, elapsed: float) -> None:
    coded = summary.count("coded")
    if summary.sample:
        table = Table(title=f"Coded documents ({coded})", title_justify="left", box=box.SIMPLE_HEAD)
        table.add_column("document", no_wrap=True, overflow="ellipsis", max_width=24)
        table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=30)
        table.add_column("published", no_wrap=True, min_width=10)
        for col in ("sents", "ents", "quotes", "events"):
            table.add_column(col, justify="right", no_wrap=True, min_width=len(col))
        for row in summary.sample:
            table.add_row(
                Path(row.source).name if "/" in row.source else row.source,
                row.title or "",
                row.published or "",
                str(row.sentences),
                str(row.entities),
                str(row.quotes),
                str(row.events),
            )
        if coded > len(summary.sample):
            table.add_row(f"… {coded - len(summary.sample)} more", "", "", "", "", "", "")
        out.print(table)
    rate = coded / elapsed if elapsed > 0 and coded else 0.0
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


@app.command("config")
def config_cmd(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", exists=True, dir_okay=False, help="Show this file over the defaults."
        ),
    ] = None,
    stages: Annotated[
        bool, typer.Option("--stages", help="List the registered stages and their contracts.")
    ] = False,
) -> None:
    """Print the default configuration (or the effective one with --config), or the stages."""
    from redline.config import Config, default_text
    from redline.stages import describe

    if stages:
        for spec in describe():
            needs = ", ".join(spec["requires"]) or "-"
            sets = ", ".join(spec["assigns"]) or "-"
            typer.echo(f"{spec['name']:<14} needs {needs:<36} sets {sets:<30} {spec['doc']}")
        return
    try:
        settings = Config.load(config)
    except RedlineError as exc:
        err.print(f"redline: error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    if config is None:
        from redline.datafiles import packaged_keys

        typer.echo(default_text().rstrip("\n"))
        for key in packaged_keys():
            typer.echo(f'"{key}" = ["pkg:{key}"]')
    else:
        typer.echo(settings.to_toml().rstrip("\n"))


@app.command()
def version() -> None:
    """Print redline's version."""
    from redline import __version__

    typer.echo(__version__)


def _register_subcommands() -> None:
    from redline.cli import actors_cmd, eval_cmd, query_cmd, serve_cmd, spark_cmd, sql_cmd

    query_cmd.register(app)
    spark_cmd.register(app)
    serve_cmd.register(app)
    sql_cmd.register(app)
    app.add_typer(eval_cmd.app, name="eval")
    app.add_typer(actors_cmd.app, name="actors")


_register_subcommands()


def main() -> None:  # pragma: no cover - console entry point
    try:
        app()
    except SystemExit as exc:
        # not under a profiler or a debugger, which write their results after the program ends
        watched = sys.getprofile() is not None or sys.gettrace() is not None
        if _done and threading.active_count() == 1 and not watched:
            _leave(exc.code)
        raise


def _leave(code: object) -> None:  # pragma: no cover - ends the process
    """End the process now, skipping the interpreter's teardown: after ``redline code`` the
    process holds the spaCy model, the gazetteer and the lexicons (millions of objects), and
    freeing them one by one at exit took 0.4-0.6 s of CPU (up to a second of wall time) of
    every run, for nothing. Exit handlers still run and the standard streams are flushed."""
    import atexit

    status = code if isinstance(code, int) else 0 if code is None else 1
    if not isinstance(code, int) and code is not None:
        print(code, file=sys.stderr)
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is not None:
        run_handlers()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a broken pipe
            stream.flush()
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
