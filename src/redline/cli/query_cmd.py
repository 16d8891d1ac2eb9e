"""``redline events/quotes/documents/happenings/export``: read the store, print or write it.

Thin typer wrappers over :mod:`redline.query`, :mod:`redline.enrich.happenings` and
:mod:`redline.export`; ``register(app)`` adds the commands to the main ``redline`` app.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from redline.errors import RedlineError

DEFAULT_DB = "redline.duckdb"
OUTPUT_FORMATS = ("table", "csv", "json")

err = Console(stderr=True, highlight=False, soft_wrap=True)

Db = Annotated[str, typer.Option("--db", help="DuckDB store to read.")]
Limit = Annotated[int, typer.Option("--limit", min=1, help="Show at most this many rows.")]
Offset = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first.")]
Format = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]
DateFrom = Annotated[
    str | None, typer.Option("--from", help="From this day (YYYY, YYYY-MM or YYYY-MM-DD).")
]
DateTo = Annotated[str | None, typer.Option("--to", help="Up to this day, inclusive.")]
Text = Annotated[str | None, typer.Option("--q", "-q", help="Text search (any case).")]

# Columns the table view shows (csv and json carry every column).
EVENT_TABLE = ("day", "source", "code", "target", "plover", "quad_class", "text")
QUOTE_TABLE = ("doc_published", "speaker_name", "kind", "text")
DOCUMENT_TABLE = ("published", "outlet", "title", "n_events", "n_quotes", "duplicate_of", "id")
HAPPENING_TABLE = (
    "first_day",
    "last_day",
    "source_actor",
    "root_code",
    "target_actor",
    "mentions",
    "articles",
    "sources",
)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"redline: error: {message}", markup=False)
    raise typer.Exit(code)


def _open(db: str):
    from redline.store import Store

    if not Path(db).is_file():
        _fail(f"no store at {db} (code some documents first: redline code --db {db} ...)")
    try:
        return Store(db, read_only=True)
    except RedlineError as exc:
        _fail(str(exc))
        raise  # unreachable


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _emit(
    found: list[dict[str, Any]], total: int, fmt: str, columns: tuple[str, ...], title: str
) -> None:
    found = [{k: _plain(v) for k, v in row.items()} for row in found]
    if fmt == "json":
        typer.echo(json.dumps({"total": total, "rows": found}, ensure_ascii=False, default=str))
    elif fmt == "csv":
        names = list(found[0]) if found else list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for row in found:
            writer.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                    for k, v in row.items()
                }
            )
    else:
        out = Console(highlight=False, soft_wrap=False)
        table = Table(
            title=f"{title} ({len(found)} of {total})", title_justify="left", box=box.SIMPLE_HEAD
        )
        for col in columns:
            if col in WIDE_COLUMNS:  # the sentence or quote: gets the room, the codes stay whole
                table.add_column(col, overflow="fold", ratio=1)
            else:
                table.add_column(col, no_wrap=True)
        for row in found:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        out.print(table)


WIDE_COLUMNS = {"text", "title", "rule", "speaker_text"}


def _check_format(fmt: str) -> None:
    if fmt not in OUTPUT_FORMATS:
        _fail(f"--format must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}")


def _run(query, db: str, fmt: str, columns: tuple[str, ...], title: str, **kwargs: Any) -> None:
    _check_format(fmt)
    with _open(db) as store:
        try:
            found, total = query(store.con, **kwargs)
        except RedlineError as exc:
            _fail(str(exc))
    _emit(found, total, fmt, columns, title)


def events(
    db: Db = DEFAULT_DB,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            help="Either side: actor code by prefix (USA matches USAGOV) or mention text.",
        ),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Source actor, matched as --actor.")
    ] = None,
    target: Annotated[
        str | None, typer.Option("--target", help="Target actor, matched as --actor.")
    ] = None,
    code: Annotated[
        str | None, typer.Option("--code", help="CAMEO code or prefix (04 matches 042).")
    ] = None,
    root: Annotated[str | None, typer.Option("--root", help="Two-digit CAMEO root.")] = None,
    plover: Annotated[str | None, typer.Option("--plover", help="PLOVER event type.")] = None,
    quad_class: Annotated[
        int | None, typer.Option("--quad-class", min=1, max=4, help="QuadClass 1-4.")
    ] = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Who reported the event (substring).")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: Format = "table",
) -> None:
    """List coded events, filtered by actor, code, type, speaker, dates or text (the filters
    of /api/events, with the same meaning)."""
    from redline.query import EventFilter, list_events

    filters = EventFilter(
        actor=actor,
        source=source,
        target=target,
        code=code,
        root=root,
        plover=plover,
        quad_class=quad_class,
        speaker=speaker,
        date_from=date_from,
        date_to=date_to,
        q=q,
    )
    _run(
        list_events,
        db,
        fmt,
        EVENT_TABLE,
        "Events",
        limit=limit,
        offset=offset,
        **filters.as_kwargs(),
    )


def quotes(
    db: Db = DEFAULT_DB,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Speaker name (substring, any case).")
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="direct, mixed or indirect.")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Speaker's actor code prefix.")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: Format = "table",
) -> None:
    """List quotations with their speakers."""
    from redline.query import list_quotes

    _run(
        list_quotes,
        db,
        fmt,
        QUOTE_TABLE,
        "Quotes",
        speaker=speaker,
        kind=kind,
        actor=actor,
        date_from=date_from,
        date_to=date_to,
        q=q,
        limit=limit,
        offset=offset,
    )


def documents(
    db: Db = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet (substring).")] = None,
    no_duplicates: Annotated[
        bool, typer.Option("--no-duplicates", help="Leave out near-duplicates.")
    ] = False,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: Format = "table",
) -> None:
    """List stored documents with their counts of quotes and events."""
    from redline.query import list_documents

    _run(
        list_documents,
        db,
        fmt,
        DOCUMENT_TABLE,
        "Documents",
        q=q,
        outlet=outlet,
        duplicates=not no_duplicates,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )


def happenings(
    db: Annotated[str, typer.Option("--db", help="DuckDB store.")] = DEFAULT_DB,
    window: Annotated[
        int, typer.Option("--window", min=0, help="Days a happening spans from its first event.")
    ] = 3,
    actor: Annotated[str | None, typer.Option("--actor", help="Actor code prefix.")] = None,
    root: Annotated[str | None, typer.Option("--root", help="Two-digit CAMEO root.")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: Format = "table",
) -> None:
    """Cluster events across articles into happenings, store them, and list the most reported."""
    from redline.enrich.happenings import write_happenings
    from redline.query import list_happenings
    from redline.store import Store

    _check_format(fmt)
    if not Path(db).is_file():
        _fail(f"no store at {db}")
    with Store(db) as store:
        write_happenings(store, window_days=window)
        try:
            found, total = list_happenings(
                store.con,
                actor=actor,
                root=root,
                date_from=date_from,
                date_to=date_to,
                limit=limit,
                offset=offset,
            )
        except RedlineError as exc:
            _fail(str(exc))
    _emit(found, total, fmt, HAPPENING_TABLE, "Happenings")


def export(
    db: Annotated[str, typer.Option("--db", help="DuckDB store to export.")] = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt, parquet or jsonl.")] = "jsonl",
    out: Annotated[Path, typer.Option("--out", help="Directory to write into.")] = Path("export"),
) -> None:
    """Export the store: GDELT 2.0 event and mention tables, Parquet tables or JSON Lines."""
    from redline.export import export_store

    try:
        paths = export_store(db, fmt, out)
    except RedlineError as exc:
        _fail(str(exc))
        raise  # unreachable
    for path in paths:
        typer.echo(str(path))


def register(app: typer.Typer) -> None:
    """Add the query and export commands to the ``redline`` app."""
    app.command("events")(events)
    app.command("quotes")(quotes)
    app.command("documents")(documents)
    app.command("happenings")(happenings)
    app.command("export")(export)
