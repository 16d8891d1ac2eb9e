"""Query the store: one layer behind the ``redline events/quotes/documents`` commands and the
web API, so a filter means the same in both.

The SQL lives in :mod:`redline.query.core`; this module adds the happenings table written by
:func:`redline.enrich.happenings.write_happenings`. The semantics, decided once: an actor code
matches by prefix, any case (``USA`` finds ``USAGOV`` and ``USAMIL``), a mention text exactly;
dates may be partial (``2024-03``). Every function returns ``(rows, total)`` with ``total``
counting all matches before ``limit``/``offset``; user text only reaches DuckDB as a bound
parameter.
"""

from __future__ import annotations

from typing import Any

from redline.query.core import (
    ACTOR_MATCH,
    EventFilter,
    Where,
    _page,
    date_bound,
    list_actors,
    list_documents,
    list_dyads,
    list_events,
    list_quotes,
    list_speakers,
    normalise_root,
    timeline,
)

__all__ = [
    "ACTOR_MATCH",
    "EventFilter",
    "date_bound",
    "list_actors",
    "list_documents",
    "list_dyads",
    "list_events",
    "list_happenings",
    "list_quotes",
    "list_speakers",
    "timeline",
]


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
    if normalise_root(root):
        where.add("h.root_code = ?", normalise_root(root))
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
