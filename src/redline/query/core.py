"""Read-only queries over the DuckDB store, shared by the web API and the CLI query commands.

Every function takes a DuckDB connection (or cursor) and keyword-only filters, and returns plain
dicts ready for JSON. Lists return ``(items, total)`` where ``total`` counts every match before
``limit``/``offset``. SQL is always parameterised: user text only ever reaches DuckDB as a bound
parameter, never pasted into a statement.

An actor is named by its actor code when the coder found one, else by the text of its mention
(``coalesce(source_actor, source_text)``). An event's day is its own ``date`` when the coder
resolved one, else the document's publication date. Aggregates (actors, dyads, timeline) leave
negated events out: "police did not arrest anyone" is not an arrest.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Protocol

from redline.errors import RedlineError
from redline.model import Document
from redline.store.duck import ANNOTATION_TABLES

DOCUMENT_LIST_FIELDS = ("authors", "commentary", "removed", "warnings")
SOURCE_KEY = "coalesce(e.source_actor, e.source_text)"
TARGET_KEY = "coalesce(e.target_actor, e.target_text)"
EVENT_DAY = "left(coalesce(e.date, d.published), 10)"
QUAD_CLASSES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}
INTERVALS = {"day": 10, "month": 7, "year": 4}


class Memo(Protocol):
    """Somewhere to keep what a query worked out, valid for as long as the store holds the data
    the connection sees (the web app gives one per store version, see
    :class:`redline.web.state.StoreMemo`). ``remember`` returns the kept value for ``key`` or
    computes, keeps and returns it."""

    def remember(self, key: tuple, compute: Callable[[], Any]) -> Any: ...


def _ordered_page(
    con,
    memo: Memo | None,
    key: tuple,
    sql: str,
    params: list[Any],
    offset: int,
    limit: int,
    count_sql: str | None = None,
    match_sql: str | None = None,
    unfiltered_sql: str | None = None,
    matches: Callable[[], set[int]] | None = None,
) -> tuple[list[int], int]:
    """The rowids of one page of what ``sql`` (``SELECT rowid … ORDER BY …``) selects, and how
    many it selects. With a memo every match's rowid is kept in order, so the next page is a
    slice; without one (the CLI, one page) only the page is sorted out, and counted apart (by
    ``count_sql`` when given, a cheaper query with the same matches).

    ``match_sql`` selects the same rowids unordered, ``unfiltered_sql`` every row in the same
    order (kept under ``key[:1]``): with a memo, a filter's order is then the unfiltered order
    less the rowids that do not match, since each list's order is total (it ends on a unique
    key). Matching without the sort and the join the sort needs took an actor's events from
    8.2 to 1.8 ms of CPU on a 10,000-document store. ``matches``, when given, finds the
    matching rowids in place of ``match_sql``."""
    if memo is None:
        count_sql = count_sql or f"SELECT count(*) FROM ({sql})"
        total = con.execute(count_sql, params).fetchone()[0]
        found = con.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [r[0] for r in found], total

    def order() -> array:
        if match_sql is None or unfiltered_sql is None or len(key) == 1:
            return array("q", (r[0] for r in con.execute(sql, params).fetchall()))
        every = memo.remember(
            key[:1], lambda: array("q", (r[0] for r in con.execute(unfiltered_sql).fetchall()))
        )
        if matches is not None:
            found = matches()
        else:
            found = {r[0] for r in con.execute(match_sql, params).fetchall()}
        return array("q", (rowid for rowid in every if rowid in found))

    ordered = memo.remember(key, order)
    return list(ordered[offset : offset + limit]), len(ordered)


def _by_row_id(con, sql: str, page: list[int]) -> list[dict[str, Any]]:
    """The rows of ``sql`` (which selects ``rowid AS _rowid`` and ends in a WHERE on
    ``rowid = ANY(?)``) in the order of ``page``."""
    found = {r.pop("_rowid"): r for r in rows(con, sql, [page])}
    return [found[i] for i in page if i in found]


# Up to this many rows in a table and about this many bytes of them, a memo keeps the page
# columns of every row (1-3 kB a row), so a page is a lookup; beyond, each page is a query.
# A 10,000-document store's events (8,600) take 22 MB, its documents' page columns 9 MB.
ROWS_ALL_LIMIT = 50_000
ROWS_MAX_BYTES = 48_000_000


class RowTable:
    """Every row's page columns by rowid, as one query returned them: what a memo keeps so
    that a page needs no query. DuckDB has no point lookup by rowid, so fetching the 50 rows
    of a page scanned every column of the table (3.4 ms of CPU for a page of events of a
    10,000-document store, against 0.1 ms to build the page from here)."""

    def __init__(self, names: list[str], found: list[tuple]) -> None:
        self.names = names[1:]
        self.by_rowid = {row[0]: row[1:] for row in found}
        sample = found[:: max(1, len(found) // 50)]
        per_row = sum(_row_bytes(row) for row in sample) / max(1, len(sample))
        self.nbytes = int(per_row * len(found))

    def page(self, rowids: list[int]) -> list[dict[str, Any]]:
        names, kept = self.names, self.by_rowid
        return [dict(zip(names, kept[i], strict=True)) for i in rowids if i in kept]


def _row_bytes(row: tuple) -> int:
    """About what a fetched row takes in memory: the tuple, each value, text by its length."""
    return 64 + sum(48 + (len(v) if isinstance(v, str | list) else 0) for v in row)


def _kept_rows(con, memo: Memo | None, table: str, sql: str) -> RowTable | None:
    """Every row of ``sql`` (``SELECT <table>.rowid AS _rowid, …`` over ``table``) kept by
    ``memo`` for this store version: None without a memo or beyond ROWS_ALL_LIMIT rows."""

    def load() -> RowTable | None:
        if con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > ROWS_ALL_LIMIT:
            return None
        cur = con.execute(sql)
        kept = RowTable([d[0] for d in cur.description], cur.fetchall())
        return kept if kept.nbytes <= ROWS_MAX_BYTES else None

    return None if memo is None else memo.remember(("rows", table), load)


def rows(con, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Run ``sql`` with bound ``params`` and return each row as a dict."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _page(
    con, sql: str, params: list[Any], order: str, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    items = rows(con, f"{sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    return items, total


def _contains(column: str) -> str:
    """SQL testing that ``column`` holds the bound text, in any case. The text is quoted as a
    literal for RE2 (between \\Q and \\E, so % _ . ( are not wildcards) and matched with the
    case-insensitive flag: four times faster than lower-casing every document for each search."""
    return (
        f"regexp_matches(coalesce({column}, ''), "
        "'\\Q' || replace(?, '\\E', '\\E\\\\E\\Q') || '\\E', 'i')"
    )


@dataclass
class Where:
    """WHERE clauses and their bound parameters, built up filter by filter."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_bound(value: str | None, *, end: bool = False) -> str | None:
    """An ISO day for a (partial) date filter: ``2024-03`` starts on the 1st or ends on the 31st.

    Days compare as text, so ``-31`` bounds every month whatever its length.
    """
    if value is None or value == "":
        return None
    value = value.strip()
    if not _PARTIAL_DATE.match(value):
        raise RedlineError("E601", f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    try:  # a real day, month and year: 2024-02-30 and 2024-13 are mistakes, not bounds
        date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        raise RedlineError("E601", f"date {value!r} is not a real day") from None
    pad = ("-12", "-31") if end else ("-01", "-01")
    if len(value) == 4:
        value += pad[0]
    if len(value) == 7:
        value += pad[1]
    return value


def _date_range(where: Where, day_sql: str, date_from: str | None, date_to: str | None) -> None:
    start, stop = date_bound(date_from), date_bound(date_to, end=True)
    if start:
        where.add(f"left({day_sql}, 10) >= ?", start)
    if stop:
        where.add(f"left({day_sql}, 10) <= ?", stop)


def summary(con) -> dict[str, int]:
    """How many documents and annotations of each kind the store holds."""
    tables = ("documents", *ANNOTATION_TABLES)
    sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
    return {name: n for name, n in con.execute(sql).fetchall()}


# -- documents ----------------------------------------------------------------------------------


def list_documents(
    con,
    *,
    q: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    outlet: str | None = None,
    duplicates: bool = True,
    limit: int = 50,
    offset: int = 0,
    memo: Memo | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """Documents newest first with annotation counts.

    ``q`` searches title, text and source (substring, any case), ``outlet`` the outlet name,
    dates the publication day; ``duplicates=False`` leaves out near-duplicates of other documents.
    """
    where = Where()
    if q:
        where.add(
            f"({_contains('d.title')} OR {_contains('d.text')} OR {_contains('d.source')})", q, q, q
        )
    if outlet:
        where.add(_contains("d.outlet"), outlet)
    if not duplicates:
        where.add("d.duplicate_of IS NULL")
    _date_range(where, "d.published", date_from, date_to)
    # The matching documents' rowids in order first (kept by ``memo`` for the next page), then
    # the page's details and counts for its own rows only: counting every document's entities
    # to show 25 of them made a page of a 10,000-document store 10x slower.
    order = " ORDER BY d.published DESC NULLS LAST, d.title, d.id"
    page, total = _ordered_page(
        con,
        memo,
        ("documents", *where.clauses, *where.params),
        f"SELECT d.rowid FROM documents d{where.sql()}{order}",
        where.params,
        offset,
        limit,
        count_sql=f"SELECT count(*) FROM documents d{where.sql()}",
        match_sql=f"SELECT d.rowid FROM documents d{where.sql()}",
        unfiltered_sql=f"SELECT d.rowid FROM documents d{order}",
    )
    if not page:
        return [], total
    columns = (
        "SELECT d.rowid AS _rowid, d.id, d.title, d.source, d.outlet, d.published, d.url, "
        "d.duplicate_of, left(d.text, 240) AS snippet, length(d.text) AS chars FROM documents d"
    )
    kept = _kept_rows(con, memo, "documents", columns)
    if kept is not None:
        found = kept.page(page)
    else:
        found = _by_row_id(con, f"{columns} WHERE d.rowid = ANY(?)", page)
    counts = _annotation_counts(con, [r["id"] for r in found], memo)
    for row in found:
        for table, n in zip(COUNTED, counts.get(row["id"], (0, 0, 0)), strict=True):
            row[f"n_{table}"] = n
    return found, total


COUNTED = ("entities", "quotes", "events")
# Up to this many documents a memo keeps every document's counts and list fields (a few MB);
# beyond, each page counts and joins its own documents.
COUNT_ALL_LIMIT = 200_000


def _annotation_counts(con, ids: list[str], memo: Memo | None) -> dict[str, tuple[int, ...]]:
    """Entities, quotes and events per document: for ``ids`` only, or with a memo for every
    document at once (one pass per table, kept until the store changes)."""

    def count(only: list[str] | None) -> dict[str, tuple[int, ...]]:
        per_doc: dict[str, list[int]] = {}
        for i, table in enumerate(COUNTED):
            where = "" if only is None else " WHERE doc_id = ANY(?)"
            params = [] if only is None else [only]
            for doc_id, n in con.execute(
                f"SELECT doc_id, count(*) FROM {table}{where} GROUP BY doc_id", params
            ).fetchall():
                per_doc.setdefault(doc_id, [0, 0, 0])[i] = n
        return {doc_id: tuple(n) for doc_id, n in per_doc.items()}

    def count_all() -> dict[str, tuple[int, ...]] | None:
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        return count(None) if documents <= COUNT_ALL_LIMIT else None

    every = None if memo is None else memo.remember(("annotation_counts",), count_all)
    return count(ids) if every is None else every


def load_document(con, doc_id: str) -> Document | None:
    """The stored document with every annotation, as :meth:`redline.store.Store.load` gives it."""
    found = rows(con, "SELECT * FROM documents WHERE id = ?", [doc_id])
    if not found:
        return None
    record = found[0]
    meta = record.get("meta")
    record["meta"] = json.loads(meta) if isinstance(meta, str) and meta else (meta or {})
    for name in DOCUMENT_LIST_FIELDS:
        record[name] = list(record.get(name) or [])
    record.pop("coded_at", None)
    for table in ANNOTATION_TABLES:
        record[table] = rows(
            con,
            f"SELECT * EXCLUDE (doc_id, idx) FROM {table} WHERE doc_id = ? ORDER BY idx",
            [doc_id],
        )
    return Document.from_dict(record)


# -- events -------------------------------------------------------------------------------------


ACTOR_MATCH = (
    "Actors match by code prefix or by mention: RUS finds RUS, RUSGOV and RUSMIL (any case), "
    "and a name finds events whose mention text is exactly that name (any case)."
)


@dataclass(frozen=True)
class EventFilter:
    """One set of event filters, with one meaning wherever it is used (``redline events``,
    ``/api/events``, the actor, dyad and timeline views). See :func:`event_filters`."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    code: str | None = None
    root: str | int | None = None
    plover: str | None = None
    quad_class: int | None = None
    speaker: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _actor_side(where: Where, side: str, value: str) -> str:
    where.params.extend([value, value])
    return f"(starts_with(upper(e.{side}_actor), upper(?)) OR lower(e.{side}_text) = lower(?))"


def normalise_root(root: str | int | None) -> str | None:
    """A CAMEO root as stored: two digits ("1" and 1 are "01")."""
    if root is None or root == "":
        return None
    root = str(root).strip()
    return root.zfill(2) if root.isdigit() and len(root) < 2 else root


def event_filters(
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
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
) -> Where:
    """The WHERE clauses for the event filters the API and the query CLI share.

    ``actor`` matches either side of the event, ``source`` and ``target`` one side each (both
    together select a directed dyad); each matches an actor code by prefix, any case (``USA``
    finds ``USAGOV``: CAMEO codes nest, so a country finds its government and military), or the
    mention text exactly, any case. ``code`` matches a CAMEO code and its children ("04" matches
    "042"); ``root`` the two-digit root only; ``speaker`` who reported the event and ``q`` the
    sentence (substrings, any case). Dates are inclusive days and may be partial (``2019``,
    ``2019-10``); an event's day is its own date, else its document's publication day.
    """
    where = Where()
    if actor:
        source_side = _actor_side(where, "source", actor)
        target_side = _actor_side(where, "target", actor)
        where.clauses.append(f"({source_side} OR {target_side})")
    if source:
        where.clauses.append(_actor_side(where, "source", source))
    if target:
        where.clauses.append(_actor_side(where, "target", target))
    if code:
        where.add("starts_with(e.code, ?)", code)
    if normalise_root(root):
        where.add("e.root_code = ?", normalise_root(root))
    if plover:
        where.add("lower(e.plover) = lower(?)", plover)
    if quad_class is not None:
        where.add("e.quad_class = ?", quad_class)
    if speaker:
        where.add(_contains("e.reported_by"), speaker)
    _date_range(where, "coalesce(e.date, d.published)", date_from, date_to)
    if q:
        where.add(_contains("e.text"), q)
    if doc_id:
        where.add("e.doc_id = ?", doc_id)
    if negated is not None:
        where.add("coalesce(e.negated, false) = ?", negated)
    return where


def list_events(
    con, *, limit: int = 50, offset: int = 0, memo: Memo | None = None, **filters: Any
) -> tuple[list[dict[str, Any]], int]:
    """Events matching :func:`event_filters`, by day then document order. The matches' order
    is worked out once (narrow columns only; kept by ``memo``), then the page's rows fetched."""
    where = event_filters(**filters)
    join = "FROM events e JOIN documents d ON d.id = e.doc_id"
    # every event has its document: no join needed to count or match, unless a filter needs it
    needs_join = any(re.search(r"\bd\.", c) for c in where.clauses)
    order = f" ORDER BY {EVENT_DAY} NULLS LAST, e.doc_id, e.idx"
    columns = (
        f"SELECT e.rowid AS _rowid, e.*, {EVENT_DAY} AS day, {SOURCE_KEY} AS source, "
        f"{TARGET_KEY} AS target, d.title AS doc_title, d.published AS doc_published, "
        f"d.outlet AS doc_outlet, d.url AS doc_url {join}"
    )
    match_sql = f"SELECT e.rowid {join if needs_join else 'FROM events e'}{where.sql()}"

    def matches() -> set[int]:
        """The matching rowids; a date range (the one filter that needs the join, for the
        document's day) is tested on the kept rows' ``day`` instead, the same expression."""
        kept = _kept_rows(con, memo, "events", columns) if needs_join else None
        other = event_filters(**(filters | {"date_from": None, "date_to": None}))
        if kept is None or any(re.search(r"\bd\.", c) for c in other.clauses):
            return {r[0] for r in con.execute(match_sql, where.params).fetchall()}
        start = date_bound(filters.get("date_from"))
        stop = date_bound(filters.get("date_to"), end=True)
        at = kept.names.index("day")
        found = {
            rowid
            for rowid, row in kept.by_rowid.items()
            if row[at] is not None
            and (start is None or row[at] >= start)
            and (stop is None or row[at] <= stop)
        }
        if other.clauses:
            sql = f"SELECT e.rowid FROM events e{other.sql()}"
            found &= {r[0] for r in con.execute(sql, other.params).fetchall()}
        return found

    page, total = _ordered_page(
        con,
        memo,
        ("events", *where.clauses, *where.params),
        f"SELECT e.rowid {join}{where.sql()}{order}",
        where.params,
        offset,
        limit,
        count_sql=None if needs_join else f"SELECT count(*) FROM events e{where.sql()}",
        match_sql=match_sql,
        unfiltered_sql=f"SELECT e.rowid {join}{order}",
        matches=matches,
    )
    if not page:
        return [], total
    kept = _kept_rows(con, memo, "events", columns)
    if kept is not None:
        return kept.page(page), total
    documents = _document_fields(con, memo)
    if documents is None:
        return _by_row_id(con, f"{columns} WHERE e.rowid = ANY(?)", page), total
    # The same columns without the join: the documents' fields come from the memo. The join
    # cost a page of events a third of its time.
    items = _by_row_id(
        con,
        f"SELECT e.rowid AS _rowid, e.*, NULL AS day, {SOURCE_KEY} AS source, "
        f"{TARGET_KEY} AS target FROM events e WHERE e.rowid = ANY(?)",
        page,
    )
    for item in items:
        title, published, outlet, url = documents[item["doc_id"]]
        day = item["date"] if item["date"] is not None else published  # EVENT_DAY
        item["day"] = None if day is None else str(day)[:10]
        item |= {"doc_title": title, "doc_published": published}
        item |= {"doc_outlet": outlet, "doc_url": url}
    return items, total


def _document_fields(con, memo: Memo | None) -> dict[str, tuple] | None:
    """Every document's title, publication date, outlet and URL by id, kept by ``memo`` (None
    without one, or for a store larger than COUNT_ALL_LIMIT documents)."""

    def load() -> dict[str, tuple] | None:
        if con.execute("SELECT count(*) FROM documents").fetchone()[0] > COUNT_ALL_LIMIT:
            return None
        found = con.execute("SELECT id, title, published, outlet, url FROM documents").fetchall()
        return {row[0]: row[1:] for row in found}

    return None if memo is None else memo.remember(("document_fields",), load)


def _aggregate_where(**filters: Any) -> Where:
    where = event_filters(**filters)
    where.add("NOT coalesce(e.negated, false)")
    return where


def _sides(coded: bool) -> tuple[str, str]:
    """How an event's two sides are named: the actor code, else (unless ``coded``) the text."""
    return ("e.source_actor", "e.target_actor") if coded else (SOURCE_KEY, TARGET_KEY)


def list_actors(
    con,
    *,
    name: str | None = None,
    coded: bool = False,
    limit: int = 50,
    offset: int = 0,
    **filters: Any,
) -> tuple[list[dict[str, Any]], int]:
    """Every actor in an event, with how often it acts, is acted on, and the mean Goldstein;
    ``name`` matches part of the actor's code or of any mention of it. ``coded`` keeps only
    actors the coder gave a code, leaving out bare mentions such as "the attack"."""
    where = _aggregate_where(**filters)
    source_key, target_key = _sides(coded)
    sides = (
        f"SELECT {source_key} AS actor, e.source_text AS mention, 'source' AS side, e.goldstein "
        f"FROM events e JOIN documents d ON d.id = e.doc_id{where.sql()} "
        "UNION ALL "
        f"SELECT {target_key}, e.target_text, 'target', e.goldstein "
        f"FROM events e JOIN documents d ON d.id = e.doc_id{where.sql()}"
    )
    params = where.params * 2
    having = ""
    if name:
        having = f" HAVING {_contains('actor')} OR bool_or({_contains('mention')})"
        params += [name, name]
    sql = (
        "SELECT actor, count(*) AS events, count(*) FILTER (WHERE side = 'source') AS as_source, "
        "count(*) FILTER (WHERE side = 'target') AS as_target, "
        "round(avg(goldstein), 2) AS goldstein, list_sort(list(DISTINCT mention))[1:5] AS mentions "
        f"FROM ({sides}) WHERE actor IS NOT NULL GROUP BY actor{having}"
    )
    return _page(con, sql, params, "events DESC, actor", limit, offset)


def list_dyads(
    con,
    *,
    min_events: int = 1,
    coded: bool = False,
    limit: int = 50,
    offset: int = 0,
    **filters: Any,
) -> tuple[list[dict[str, Any]], int]:
    """Directed source→target pairs with event counts per QuadClass and the mean Goldstein;
    ``coded`` keeps only pairs of actors with codes (see :func:`list_actors`)."""
    where = _aggregate_where(**filters)
    source_key, target_key = _sides(coded)
    where.add(f"{source_key} IS NOT NULL AND {target_key} IS NOT NULL")
    per_quad = ", ".join(
        f"count(*) FILTER (WHERE e.quad_class = {n}) AS quad_{n}" for n in QUAD_CLASSES
    )
    sql = (
        f"SELECT {source_key} AS source, {target_key} AS target, count(*) AS events, "
        f"round(avg(e.goldstein), 2) AS goldstein, {per_quad}, "
        f"min({EVENT_DAY}) AS first_day, max({EVENT_DAY}) AS last_day "
        f"FROM events e JOIN documents d ON d.id = e.doc_id{where.sql()} "
        "GROUP BY ALL HAVING count(*) >= ?"
    )
    return _page(
        con, sql, [*where.params, min_events], "events DESC, source, target", limit, offset
    )


def timeline(
    con, *, interval: str = "day", limit: int = 1000, offset: int = 0, **filters: Any
) -> tuple[list[dict[str, Any]], int]:
    """Event counts and mean Goldstein per period and QuadClass (events without a day left out)."""
    width = INTERVALS[interval]
    where = _aggregate_where(**filters)
    where.add(f"{EVENT_DAY} IS NOT NULL")
    sql = (
        f"SELECT left({EVENT_DAY}, {width}) AS date, e.quad_class, count(*) AS events, "
        "round(avg(e.goldstein), 2) AS goldstein "
        f"FROM events e JOIN documents d ON d.id = e.doc_id{where.sql()} GROUP BY ALL"
    )
    return _page(con, sql, where.params, "date, quad_class NULLS LAST", limit, offset)


def timeline_totals(con, *, interval: str = "day", **filters: Any) -> list[dict[str, Any]]:
    """One row per period: all events and their mean Goldstein, for the timeline's line."""
    width = INTERVALS[interval]
    where = _aggregate_where(**filters)
    where.add(f"{EVENT_DAY} IS NOT NULL")
    return rows(
        con,
        f"SELECT left({EVENT_DAY}, {width}) AS date, count(*) AS events, "
        "round(avg(e.goldstein), 2) AS goldstein "
        f"FROM events e JOIN documents d ON d.id = e.doc_id{where.sql()} GROUP BY ALL "
        "ORDER BY date",
        where.params,
    )


# -- quotes -------------------------------------------------------------------------------------

SPEAKER = "coalesce(qu.speaker, qu.speaker_text)"


def list_quotes(
    con,
    *,
    speaker: str | None = None,
    q: str | None = None,
    kind: str | None = None,
    actor: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    doc_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Quotations, newest document first.

    ``speaker`` matches the resolved speaker or the text naming them (substring, any case),
    ``q`` the quoted text, ``kind`` is direct/mixed/indirect, ``actor`` the speaker's actor code
    by prefix; dates are the document's publication day.
    """
    where = Where()
    if speaker:
        where.add(
            f"({_contains('qu.speaker')} OR {_contains('qu.speaker_text')})", speaker, speaker
        )
    if q:
        where.add(_contains("qu.text"), q)
    if kind:
        where.add("qu.kind = ?", kind)
    if actor:
        where.add("starts_with(upper(qu.actor), upper(?))", actor)
    if doc_id:
        where.add("qu.doc_id = ?", doc_id)
    _date_range(where, "d.published", date_from, date_to)
    sql = (
        "SELECT qu.*, coalesce(qu.speaker, qu.speaker_text) AS speaker_name, "
        "d.title AS doc_title, d.published AS doc_published, d.outlet AS doc_outlet "
        f"FROM quotes qu JOIN documents d ON d.id = qu.doc_id{where.sql()}"
    )
    return _page(
        con, sql, where.params, "doc_published DESC NULLS LAST, doc_id, idx", limit, offset
    )


def list_speakers(
    con, *, q: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Everyone quoted, with how many quotations and documents."""
    where = Where()
    where.add(f"{SPEAKER} IS NOT NULL")
    if q:
        where.add(_contains(SPEAKER), q)
    sql = (
        f"SELECT {SPEAKER} AS speaker, count(*) AS quotes, count(DISTINCT qu.doc_id) AS documents "
        f"FROM quotes qu{where.sql()} GROUP BY ALL"
    )
    return _page(con, sql, where.params, "quotes DESC, speaker", limit, offset)
