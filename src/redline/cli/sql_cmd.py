"""``redline sql "SELECT …"``: any read-only SQL over the store, through the DuckDB Python package.

``pip install`` gives no ``duckdb`` command, so the README's queries run through this one. The
store is opened read-only (DuckDB refuses every write), for the query only, so it also works
while ``redline serve`` or ``redline code`` use the same store.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from redline.cli.query_cmd import DEFAULT_DB, _check_format, _emit, _fail
from redline.errors import RedlineError


def run_sql(db: str, sql: str, *, limit: int | None = None) -> tuple[list[dict], int]:
    """The rows of ``sql`` run read-only on the store at ``db``, at most ``limit`` of them, and
    how many rows the query gave in all."""
    import duckdb

    from redline.store.duck import connect

    con = connect(db, read_only=True)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], 0
        names = [d[0] for d in cur.description]
        found = cur.fetchall()
    except duckdb.Error as exc:
        raise RedlineError("E065", f"{exc}".split("\n")[0]) from exc
    finally:
        con.close()
    rows = [dict(zip(names, row, strict=True)) for row in found]
    return (rows[:limit] if limit else rows), len(rows)


def sql(
    query: Annotated[
        str, typer.Argument(help='SQL to run, e.g. "SELECT * FROM events LIMIT 5"; - reads stdin.')
    ],
    db: Annotated[
        str, typer.Option("--db", help="DuckDB store to query (read-only).")
    ] = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Show at most this many rows.")
    ] = None,
) -> None:
    """Run read-only SQL on the store: tables documents, sentences, entities, quotes, events,
    quantities, places (and happenings once written)."""
    _check_format(fmt)
    if query == "-":
        query = sys.stdin.read()
    if not query.strip():
        _fail("no SQL given")
    if not Path(db).is_file():
        _fail(f"no store at {db} (code some documents first: redline code --db {db} ...)")
    try:
        rows, total = run_sql(db, query, limit=limit)
    except RedlineError as exc:
        _fail(str(exc), code=1)
        raise  # unreachable
    columns = tuple(rows[0]) if rows else ()
    _emit(rows, total, fmt, columns, "Rows")


def register(app: typer.Typer) -> None:
    """Add the ``sql`` command to the ``redline`` command line."""
    app.command("sql")(sql)
