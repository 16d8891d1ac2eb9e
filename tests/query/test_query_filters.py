"""Query functions over the store: every filter narrows the rows, totals count before paging."""

from __future__ import annotations

import pytest

from redline.enrich.happenings import write_happenings
from redline.errors import RedlineError
from redline.query import (
    date_bound,
    list_documents,
    list_events,
    list_happenings,
    list_quotes,
)
from redline.store import Store


def _codes(found):
    return sorted(r["code"] for r in found)


def test_query_events_unfiltered_lists_all_with_document_fields(con):
    found, total = list_events(con)
    assert total == 5 == len(found)
    assert {"doc_title", "doc_published", "day", "source", "target"} <= set(found[0])


def test_query_events_actor_matches_code_prefix_on_either_side(con):
    found, total = list_events(con, actor="RUS")
    assert _codes(found) == ["130", "163", "190", "195"]  # RUSMIL, RUSGOV, target RUSBUS
    assert total == 4
    found, _ = list_events(con, actor="rusmil")
    assert _codes(found) == ["190", "195"]
    found, _ = list_events(con, actor="Washington")  # mention text, exactly
    assert _codes(found) == ["163"]


def test_query_events_code_prefix_root_plover_quad(con):
    assert _codes(list_events(con, code="19")[0]) == ["190", "195"]
    assert _codes(list_events(con, code="195")[0]) == ["195"]
    assert _codes(list_events(con, root="16")[0]) == ["163"]
    assert _codes(list_events(con, plover="assault")[0]) == ["190", "195"]
    assert _codes(list_events(con, quad_class=3)[0]) == ["122", "130"]


def test_query_events_speaker_date_range_and_text(con):
    assert _codes(list_events(con, speaker="ukrainian OFFICIALS")[0]) == ["195"]
    # undated events take the publication day: 122 on 03-04, 130 on 03-05
    assert _codes(list_events(con, date_from="2024-03-05")[0]) == ["130", "163"]
    assert _codes(list_events(con, date_to="2024-03-04")[0]) == ["122", "190", "195"]
    assert _codes(list_events(con, date_from="2024-03", date_to="2024-03")[0]) == _codes(
        list_events(con)[0]
    )
    assert _codes(list_events(con, q="SANCTIONS")[0]) == ["163"]
    assert list_events(con, q="100%")[1] == 0  # % is text, not a wildcard


def test_query_events_limit_offset_keep_the_total(con):
    first, total = list_events(con, limit=2)
    second, total2 = list_events(con, limit=2, offset=2)
    assert total == total2 == 5
    assert len(first) == len(second) == 2
    assert {(r["doc_id"], r["idx"]) for r in first}.isdisjoint(
        {(r["doc_id"], r["idx"]) for r in second}
    )


def test_query_quotes_speaker_kind_actor_dates(con):
    found, total = list_quotes(con)
    assert total == 2
    assert [r["speaker_name"] for r in list_quotes(con, speaker="petrenko")[0]] == ["Oleh Petrenko"]
    assert [r["kind"] for r in list_quotes(con, kind="indirect")[0]] == ["indirect"]
    assert [r["speaker"] for r in list_quotes(con, actor="USA")[0]] == ["Janet Morrow"]
    assert [r["speaker"] for r in list_quotes(con, date_from="2024-03-05")[0]] == ["Janet Morrow"]
    assert list_quotes(con, q="apartment")[1] == 1


def test_query_documents_text_dates_outlet_duplicates(con):
    found, total = list_documents(con)
    assert total == 3
    assert [r["published"][:10] for r in found] == ["2024-03-06", "2024-03-05", "2024-03-04"]
    assert list_documents(con, q="treasury")[1] == 1
    assert list_documents(con, q="kharkiv")[1] == 2
    assert list_documents(con, q="kharkiv", duplicates=False)[1] == 1
    assert [r["outlet"] for r in list_documents(con, outlet="reut")[0]] == ["Reuters"]
    assert list_documents(con, date_from="2024-03-05", date_to="2024-03-05")[1] == 1
    kharkiv = list_documents(con, outlet="reuters")[0][0]
    assert (kharkiv["n_events"], kharkiv["n_quotes"]) == (2, 1)


def test_query_bad_date_is_a_user_error(con):
    with pytest.raises(RedlineError) as exc:
        list_events(con, date_from="last week")
    assert exc.value.code == "E601"


def test_query_date_bound_fills_partial_dates():
    assert date_bound("2024") == "2024-01-01"
    assert date_bound("2024", end=True) == "2024-12-31"
    assert date_bound("2024-02", end=True) == "2024-02-31"
    assert date_bound(None) is None


def test_query_happenings_empty_until_written_then_listed(fresh_store_path):
    with Store(fresh_store_path) as store:
        assert list_happenings(store.con) == ([], 0)
        write_happenings(store)
        found, total = list_happenings(store.con)
        assert total == 3  # shelling (2 articles), condemnation, sanctions; negated one left out
        assert (found[0]["root_code"], found[0]["mentions"], found[0]["articles"]) == ("19", 2, 1)
        assert list_happenings(store.con, actor="USA")[1] == 1
        assert list_happenings(store.con, root=19)[1] == 1
        assert list_happenings(store.con, date_from="2024-03-05")[1] == 1


@pytest.mark.parametrize("q", ["KHARKIV", "apartment blocks", "%", "k_arkiv", "Kh.rkiv", "\\E"])
def test_query_text_search_is_literal_and_any_case(con, q):
    """Same rows as Python's case-folded substring test: no wildcards, no regex syntax."""
    stored = con.execute("SELECT id, title, text, source FROM documents").fetchall()
    expected = {
        doc_id for doc_id, *values in stored if any(q.lower() in (v or "").lower() for v in values)
    }
    found, total = list_documents(con, q=q, limit=500)
    assert {r["id"] for r in found} == expected and total == len(expected)
    if q in ("KHARKIV", "apartment blocks"):
        assert expected


@pytest.mark.parametrize(
    ("lister", "filters"),
    [
        (list_events, {}),
        (list_events, {"actor": "RUS"}),
        (list_events, {"date_from": "2024-03-05"}),
        (list_events, {"date_from": "2024-03", "date_to": "2024-03-04"}),
        (list_events, {"actor": "RUS", "date_to": "2024-03-05", "negated": False}),
        (list_documents, {}),
        (list_documents, {"q": "kharkiv"}),
        (list_documents, {"duplicates": False}),
    ],
)
def test_query_pages_with_a_memo_are_the_pages_without(con, lister, filters):
    """The web app keeps each list's order and the documents' counts in a memo per store
    version; every page must be the page the CLI (no memo) gets."""
    from redline.web.state import VersionMemo

    memo = VersionMemo()
    whole, total = lister(con, limit=500, **filters)
    for offset in range(total + 1):
        page = lister(con, limit=2, offset=offset, memo=memo, **filters)
        assert page == (whole[offset : offset + 2], total)
    assert memo.kept  # the order was computed once and kept


@pytest.mark.parametrize("limit", [0, 10_000])
@pytest.mark.parametrize("lister", [list_events, list_documents])
def test_query_pages_from_kept_rows_or_past_the_limit_are_the_same(con, monkeypatch, lister, limit):
    """With a memo a page is built from every row kept once per store version; past
    ROWS_ALL_LIMIT rows the memo keeps no rows and each page is fetched: the same pages."""
    from redline.query import core
    from redline.web.state import VersionMemo

    monkeypatch.setattr(core, "ROWS_ALL_LIMIT", limit)
    memo = VersionMemo()
    whole, total = lister(con, limit=500)
    for offset in range(total + 1):
        assert lister(con, limit=3, offset=offset, memo=memo) == (whole[offset : offset + 3], total)
    kept = [v for k, v in memo.kept.items() if k[0] == "rows"]
    assert len(kept) == 1 and (kept[0] is None) == (limit == 0)
