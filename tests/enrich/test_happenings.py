"""Happenings: events from many articles clustered by dyad, root code and date window."""

from __future__ import annotations

from datetime import date

import pytest

from redline.enrich.happenings import (
    cluster_events,
    event_day,
    has_happenings,
    source_name,
    write_happenings,
)
from redline.model import Document, Event, Sentence
from redline.store import Store


def _doc(text: str, events: list[dict], **kw) -> Document:
    """A document whose whole text is one sentence carrying the given events."""
    doc = Document(text=text, **kw)
    doc.sentences = [Sentence(0, len(text))]
    doc.events = [
        Event(0, len(text), text, e["code"], e["code"][:2], e.get("name", "event"), **e["extra"])
        for e in events
    ]
    return doc


def _ev(code: str, src: str | None, tgt: str | None, day: str | None, **extra) -> dict:
    return {"code": code, "extra": {"source_actor": src, "target_actor": tgt, "date": day, **extra}}


SHELLING = "Russian forces shelled Kharkiv overnight, Ukrainian officials said on Monday."
SHELLING_AP = "Russian artillery hit residential areas of Kharkiv, the regional governor said."
SHELLING_REPOST = SHELLING + " Share this story."
SHELLING_LATER = "Russian troops launched a new assault on Kharkiv region on Tuesday."
SANCTIONS = "Washington imposed sanctions on Russian banks on Tuesday."
NOT_SANCTIONS = "The European Union did not impose new sanctions on Moscow, diplomats said."


@pytest.fixture()
def store(tmp_path):
    wire = _doc(
        SHELLING,
        [_ev("190", "RUSMIL", "UKR", "2024-03-04")],
        source="a.txt",
        outlet="Reuters",
        published="2024-03-04",
    )
    docs = [
        wire,
        _doc(
            SHELLING_AP,
            [_ev("195", "RUSMIL", "UKR", None)],
            source="b.txt",
            outlet="AP",
            published="2024-03-06T08:00:00",
        ),
        _doc(
            SHELLING_REPOST,
            [_ev("190", "RUSMIL", "UKR", "2024-03-04")],
            source="c.html",
            url="https://www.worldnewsdaily.example/kharkiv",
            published="2024-03-05",
            duplicate_of=wire.id,
        ),
        _doc(
            SHELLING_LATER,
            [_ev("190", "RUSMIL", "UKR", "2024-03-12")],
            source="d.txt",
            outlet="Reuters",
            published="2024-03-12",
        ),
        _doc(
            SANCTIONS + " " + NOT_SANCTIONS,
            [
                _ev("163", "USA", "RUSBUS", "2024-03-05"),
                _ev("163", "IGOEUREEC", "RUS", "2024-03-05", negated=True),
                _ev("163", None, None, "2024-03-05"),
            ],
            source="e.txt",
            outlet="AP",
            published="2024-03-05",
        ),
    ]
    with Store(tmp_path / "r.duckdb") as s:
        s.write(docs)
        yield s


def test_happenings_cluster_same_dyad_root_within_window(store):
    happenings = cluster_events(store.con, window_days=3)
    fights = [h for h in happenings if h.root_code == "19"]
    assert [(h.first_date, h.last_date) for h in fights] == [
        (date(2024, 3, 4), date(2024, 3, 6)),
        (date(2024, 3, 12), date(2024, 3, 12)),
    ]
    first = fights[0]
    assert (first.source_actor, first.target_actor) == ("RUSMIL", "UKR")
    assert first.mentions == 3
    assert first.articles == 2  # the repost counts with its original
    assert first.sources == 3  # Reuters, AP and the repost's host
    assert len(first.events) == 3


def test_happenings_skip_negated_and_actorless_events(store):
    happenings = cluster_events(store.con)
    coerce = [h for h in happenings if h.root_code == "16"]
    assert [(h.source_actor, h.target_actor, h.mentions) for h in coerce] == [("USA", "RUSBUS", 1)]


def test_happenings_read_a_group_at_a_time_whatever_the_fetch_size(store, monkeypatch):
    """Rows are read in chunks and clustered a group at a time (a long run's update held every
    event of the run at once): groups cut across chunks must give the same happenings."""
    import redline.enrich.happenings as happenings

    whole = cluster_events(store.con)
    monkeypatch.setattr(happenings, "_FETCH_ROWS", 1)
    assert cluster_events(store.con) == whole
    monkeypatch.setattr(happenings, "_FETCH_ROWS", 2)
    assert cluster_events(store.con) == whole
    assert sum(h.mentions for h in whole) == 5 and len(whole) == 3


def test_happenings_narrow_window_splits_clusters(store):
    wide = [h for h in cluster_events(store.con, window_days=30) if h.root_code == "19"]
    narrow = [h for h in cluster_events(store.con, window_days=0) if h.root_code == "19"]
    assert [h.mentions for h in wide] == [4]
    assert [h.mentions for h in narrow] == [2, 1, 1]


def test_happenings_write_tables_and_rewrite_replaces(store):
    assert not has_happenings(store.con)
    written = write_happenings(store)
    assert has_happenings(store.con)
    rows = store.con.execute(
        "SELECT happening_id, mentions, articles, sources, first_date FROM happenings "
        "ORDER BY first_date, happening_id"
    ).fetchall()
    assert len(rows) == len(written) == 3
    links = store.con.execute("SELECT count(*) FROM event_happenings").fetchone()[0]
    assert links == sum(h.mentions for h in written) == 5
    write_happenings(store)
    again = store.con.execute(
        "SELECT happening_id, mentions, articles, sources, first_date FROM happenings "
        "ORDER BY first_date, happening_id"
    ).fetchall()
    assert again == rows  # ids are stable and nothing is doubled


def test_happenings_event_day_falls_back_to_publication():
    assert event_day(None, "2024-03-06T08:00:00") == date(2024, 3, 6)
    assert event_day("2024-03", None) == date(2024, 3, 1)
    assert event_day("sometime", None) is None


def test_happenings_source_name_prefers_outlet_then_host():
    assert source_name("Reuters ", None, "a.txt") == "reuters"
    assert source_name(None, "https://www.example.org/x", "a.txt") == "example.org"
    assert source_name(None, None, "a.txt") == "a.txt"
