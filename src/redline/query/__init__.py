"""Query the store from the command line: the web API's queries plus the CLI's extra filters.

The SQL filters live in :mod:`redline.query.core` (shared with the web API); this module builds on
its ``event_filters`` and ``Where`` and adds what the ``redline events/quotes/documents`` commands
promise on top: an actor code matched by prefix (``RUS`` finds ``RUSGOV`` and ``RUSMIL``), date
ranges for quotes and documents, partial dates (``2024-03``), and the happenings table written by
:func:`redline.enrich.happenings.write_happenings`. Every function returns ``(rows, total)`` with
``total`` counting all matches before ``limit``/``offset``; user text only reaches DuckDB as a
bound parameter.
"""

from __future__ import annotations

from typing import Any

from redline.query.core import (
    EVENT_DAY,
    SOURCE_KEY,
    TARGET_KEY,
    Where,
    _date_range,
    _page,
    date_bound,
    event_filters,
    list_documents,
    list_quotes,
)

__all__ = [
    "date_bound",
    "list_documents",
    "list_events",
    "list_happenings",
    "list_quotes",
]


def _root(root: str | int | None) -> str | None:
    if root is None or root == "":
        return None
    root = str(root).strip()
    return root.zfill(2) if root.isdigit() and len(root) < 2 else root


def list_events(
    con,
    *,
    actor: str | None = None,
    code: str | None = None,
    root: str | int | None = None,
    plover: str | None = None,
    quad_class: int | None = None,
    speaker: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    q: str | None = None,
    doc_id: str | None = None,
    negated: bool | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Events by day then document order.

    ``actor`` matches either side: an actor code by prefix (any case) or the mention text
    exactly. ``code`` matches a CAMEO code and its children, ``root`` the two-digit root,
    ``speaker`` who reported the event (substring), ``q`` the sentence text (substring).
    """
    where = event_filters(
        code=code or None,
        root=_root(root),
        plover=plover or None,
        quad_class=quad_class,
        speaker=speaker or None,
        q=q or None,
        doc_id=doc_id,
        negated=negated,
    )
    if actor:
        where.add(
            "(starts_with(upper(e.source_actor), upper(?)) OR starts_with(upper(e.target_actor), "
            "upper(?)) OR lower(e.source_text) = lower(?) OR lower(e.target_text) = lower(?))",
            actor,
            actor,
            actor,
            actor,
        )
    _date_range(where, "coalesce(e.date, d.published)", date_from, date_to)
    sql = (
        f"SELECT e.*, {EVENT_DAY} AS day, {SOURCE_KEY} AS source, {TARGET_KEY} AS target, "
        "d.title AS doc_title, d.published AS doc_published, d.outlet AS doc_outlet, "
        "d.url AS doc_url "
        f"FROM events e JOIN documents d ON d.id = e.doc_id{where.sql()}"
    )
    return _page(con, sql, where.params, "day NULLS LAST, doc_id, idx", limit, offset)


def _has_table(con, name: str) -> bool:
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchone()
    return bool(found and found[0])


def list_happenings(
    con,
    *,
    actor: str | None = None,
    root: str | int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    min_articles: int = 1,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Clustered happenings, most reported first (empty when none were written)."""
    if not _has_table(con, "happenings"):
        return [], 0
    where = Where()
    if actor:
        where.add(
            "(starts_with(upper(h.source_actor), upper(?)) OR "
            "starts_with(upper(h.target_actor), upper(?)))",
            actor,
            actor,
        )
    if _root(root):
        where.add("h.root_code = ?", _root(root))
    start, stop = date_bound(date_from), date_bound(date_to, end=True)
    if start:
        where.add("CAST(h.last_date AS VARCHAR) >= ?", start)
    if stop:
        where.add("CAST(h.first_date AS VARCHAR) <= ?", stop)
    where.add("h.articles >= ?", min_articles)
    sql = (
        "SELECT h.*, CAST(h.first_date AS VARCHAR) AS first_day, "
        f"CAST(h.last_date AS VARCHAR) AS last_day FROM happenings h{where.sql()}"
    )
    order = "articles DESC, mentions DESC, first_date, happening_id"
    return _page(con, sql, where.params, order, limit, offset)
