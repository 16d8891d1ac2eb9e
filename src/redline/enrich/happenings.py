"""Happenings: the same event reported by many articles, counted once, as GDELT counts them.

Stored events are grouped by dyad and root code (``source_actor``, ``target_actor``,
``root_code``) and, inside a group, by date: a happening starts at its earliest event and takes
every event of the group dated within ``window_days`` of that start; the next event after the
window starts a new one. Anchoring on the first date (not chaining from the last) keeps a month of
daily protests from melting into one happening.

Counts follow GDELT's Event table: ``mentions`` is every event occurrence, ``articles`` the
distinct articles (a document and its near-duplicates, see :mod:`redline.enrich.dedupe`, count
once), ``sources`` the distinct outlets (else URL hosts, else input sources). Negated and
conditional events ("did not attack", "would impose sanctions") are not happenings and are left
out, as are events with neither actor known.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Iterator

    import duckdb

    from redline.store import Store

HAPPENINGS_DDL = (
    "CREATE TABLE IF NOT EXISTS happenings (happening_id VARCHAR PRIMARY KEY, "
    "source_actor VARCHAR, target_actor VARCHAR, root_code VARCHAR, first_date DATE, "
    "last_date DATE, mentions INTEGER, articles INTEGER, sources INTEGER, rule VARCHAR)"
)
EVENT_HAPPENINGS_DDL = (
    "CREATE TABLE IF NOT EXISTS event_happenings (doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, "
    "happening_id VARCHAR NOT NULL, PRIMARY KEY (doc_id, idx))"
)

_HAPPENING_COLUMNS = (
    "happening_id",
    "source_actor",
    "target_actor",
    "root_code",
    "first_date",
    "last_date",
    "mentions",
    "articles",
    "sources",
    "rule",
)

# Which stored events (alias ``e``) can be a happening's mention: asserted, with an actor.
ELIGIBLE_EVENT = (
    "NOT coalesce(e.negated, false) AND NOT coalesce(e.conditional, false) "
    "AND (e.source_actor IS NOT NULL OR e.target_actor IS NOT NULL)"
)

# Rows come ordered by group, so that a group is clustered as soon as its last row is read and
# only one group's rows are held at a time (the update at a run's end had held every event of
# the run as a dict at once).
_GROUP_ORDER = (
    "e.source_actor NULLS FIRST, e.target_actor NULLS FIRST, e.root_code NULLS FIRST, "
    "e.doc_id, e.idx"
)
_FETCH_ROWS = 4096

_EVENTS_SQL = f"""
SELECT e.doc_id, e.idx, e.source_actor, e.target_actor, e.root_code, e.date,
       d.published, d.outlet, d.url, d.source, d.duplicate_of
FROM events e JOIN documents d ON d.id = e.doc_id
WHERE {ELIGIBLE_EVENT}
ORDER BY {_GROUP_ORDER}
"""


@dataclass(frozen=True, slots=True)
class Happening:
    """One real-world happening and the event occurrences (``(doc_id, idx)``) that report it."""

    happening_id: str
    source_actor: str | None
    target_actor: str | None
    root_code: str
    first_date: date | None
    last_date: date | None
    mentions: int
    articles: int
    sources: int
    events: tuple[tuple[str, int], ...]
    rule: str


def event_day(event_date: str | None, published: str | None) -> date | None:
    """The day an event happened: its own date, else the article's publication day."""
    for value in (event_date, published):
        if not value:
            continue
        text = str(value)[:10]
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:  # a month ("2024-03") or a year alone: its first day
            parts = [int(p) for p in text.split("-") if p]
            return date(parts[0], parts[1] if len(parts) > 1 else 1, 1)
        except (ValueError, IndexError):
            continue
    return None


def source_name(outlet: str | None, url: str | None, source: str | None) -> str:
    """Who published an article, for counting sources: the outlet, else the URL's host."""
    if outlet:
        return outlet.strip().lower()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return source or ""


_KEYED_EVENTS_SQL = f"""
SELECT e.doc_id, e.idx, e.source_actor, e.target_actor, e.root_code, e.date,
       d.published, d.outlet, d.url, d.source, d.duplicate_of
FROM events e JOIN documents d ON d.id = e.doc_id
JOIN _happening_keys k ON k.source_actor IS NOT DISTINCT FROM e.source_actor
  AND k.target_actor IS NOT DISTINCT FROM e.target_actor AND k.root_code = e.root_code
WHERE {ELIGIBLE_EVENT}
ORDER BY {_GROUP_ORDER}
"""


def cluster_events(
    con: duckdb.DuckDBPyConnection, *, window_days: int = 3, keyed: bool = False
) -> list[Happening]:
    """Group the stored events into happenings (see the module docstring for the rule).

    With ``keyed``, only events whose dyad and root are in the temporary table
    ``_happening_keys`` are grouped (see :func:`update_happenings`).
    """
    if window_days < 0:
        raise ValueError("window_days must not be negative")
    cur = con.execute(_KEYED_EVENTS_SQL if keyed else _EVENTS_SQL)
    names = [d[0] for d in cur.description]
    rule = f"same source_actor, target_actor, root_code within {window_days} days"
    window = timedelta(days=window_days)
    happenings: list[Happening] = []
    dyad = itemgetter("source_actor", "target_actor", "root_code")
    for _, rows in groupby(_rows(cur, names), key=dyad):  # ordered by dyad and root
        groups: dict[str | None, list[dict[str, Any]]] = {}
        for row in rows:
            row["day"] = event_day(row["date"], row["published"])
            # undated: only the same article can tell it is the same event
            groups.setdefault(row["doc_id"] if row["day"] is None else None, []).append(row)
        for group in groups.values():
            happenings.extend(_clusters(group, window, rule))
    happenings.sort(key=lambda h: (h.first_date or date.min, h.happening_id))
    return happenings


def _rows(cur: duckdb.DuckDBPyConnection, names: list[str]) -> Iterator[dict[str, Any]]:
    """The cursor's rows as dicts, fetched ``_FETCH_ROWS`` at a time."""
    while chunk := cur.fetchmany(_FETCH_ROWS):
        for values in chunk:
            yield dict(zip(names, values, strict=True))


def _clusters(rows: list[dict[str, Any]], window: timedelta, rule: str) -> list[Happening]:
    """A group's events cut into happenings, each starting at its earliest event."""
    rows.sort(key=lambda r: (r["day"] or date.min, r["doc_id"], r["idx"]))
    out: list[Happening] = []
    cluster: list[dict[str, Any]] = []
    for row in rows:
        if cluster and row["day"] is not None and row["day"] > cluster[0]["day"] + window:
            out.append(_happening(cluster, rule))
            cluster = []
        cluster.append(row)
    if cluster:
        out.append(_happening(cluster, rule))
    return out


def _happening(rows: list[dict[str, Any]], rule: str) -> Happening:
    first = rows[0]
    days = [r["day"] for r in rows if r["day"] is not None]
    key = "|".join(
        str(v)
        for v in (
            first["source_actor"],
            first["target_actor"],
            first["root_code"],
            first["day"],
            first["doc_id"],
            first["idx"],
        )
    )
    return Happening(
        happening_id=hashlib.sha256(key.encode("utf-8")).hexdigest()[:16],
        source_actor=first["source_actor"],
        target_actor=first["target_actor"],
        root_code=first["root_code"],
        first_date=min(days) if days else None,
        last_date=max(days) if days else None,
        mentions=len(rows),
        articles=len({r["duplicate_of"] or r["doc_id"] for r in rows}),
        sources=len({source_name(r["outlet"], r["url"], r["source"]) for r in rows}),
        events=tuple((r["doc_id"], r["idx"]) for r in rows),
        rule=rule,
    )


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The ``happenings`` and ``event_happenings`` tables, if the store does not have them."""
    con.execute(HAPPENINGS_DDL)
    con.execute(EVENT_HAPPENINGS_DDL)


def write_happenings(store: Store, *, window_days: int = 3) -> list[Happening]:
    """Cluster every stored event again and replace both tables, in one transaction."""
    with store.connection() as con:
        happenings = cluster_events(con, window_days=window_days)
        con.execute("BEGIN TRANSACTION")
        try:
            create_tables(con)
            con.execute("DELETE FROM event_happenings")
            con.execute("DELETE FROM happenings")
            _insert(con, happenings)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return happenings


def update_happenings(store: Store, *, since: Any, window_days: int = 3) -> int:
    """Cluster again only the dyads and roots of events stored at or after ``since``.

    A run adds events to a few groups; the other groups' happenings cannot change, so they are
    left alone and the cost follows the new input, not the size of the store. Returns the number of
    happenings written.
    """
    with store.connection() as con:
        create_tables(con)
        con.execute("DROP TABLE IF EXISTS _happening_keys")
        con.execute(
            "CREATE TEMP TABLE _happening_keys AS SELECT DISTINCT e.source_actor, e.target_actor, "
            f"e.root_code FROM events e JOIN documents d ON d.id = e.doc_id "
            f"WHERE d.coded_at >= ? AND {ELIGIBLE_EVENT}",
            [since],
        )
        try:
            happenings = cluster_events(con, window_days=window_days, keyed=True)
            con.execute("BEGIN TRANSACTION")
            try:
                stale = (
                    "SELECT h.happening_id FROM happenings h JOIN _happening_keys k "
                    "ON k.source_actor IS NOT DISTINCT FROM h.source_actor "
                    "AND k.target_actor IS NOT DISTINCT FROM h.target_actor "
                    "AND k.root_code = h.root_code"
                )
                con.execute(f"DELETE FROM event_happenings WHERE happening_id IN ({stale})")
                con.execute(f"DELETE FROM happenings WHERE happening_id IN ({stale})")
                # Events of re-coded documents may still point at happenings of other groups.
                con.execute(
                    "DELETE FROM event_happenings WHERE doc_id IN "
                    "(SELECT id FROM documents WHERE coded_at >= ?)",
                    [since],
                )
                _insert(con, happenings)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        finally:
            con.execute("DROP TABLE IF EXISTS _happening_keys")
    return len(happenings)


def _insert(con: duckdb.DuckDBPyConnection, happenings: list[Happening]) -> None:
    if not happenings:
        return
    columns = [[getattr(h, name) for h in happenings] for name in _HAPPENING_COLUMNS]
    selects = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    con.execute(f"INSERT INTO happenings SELECT {selects}", columns)
    links = [(d, i, h.happening_id) for h in happenings for d, i in h.events]
    con.execute(
        "INSERT INTO event_happenings SELECT unnest($1), unnest($2), unnest($3)",
        [[x[0] for x in links], [x[1] for x in links], [x[2] for x in links]],
    )


def has_happenings(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store holds clustered happenings (written by :func:`write_happenings`)."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'happenings'"
    ).fetchone()
    if not row or not row[0]:
        return False
    return bool(con.execute("SELECT count(*) FROM happenings").fetchone()[0])
