"""Actors before events: datelines are never actors, surnames find their fuller mention, U.S.
political roles take the United States (issue #9)."""

from __future__ import annotations

import pytest

from redline.model import check_offsets

pytestmark = pytest.mark.model


def test_document_actors_dateline_is_never_an_actor(code_text):
    doc = code_text(
        "CANBERRA (Reuters) - Australia summoned China's ambassador on Tuesday after a Chinese "
        "warship fired a laser at an Australian patrol plane.",
        published="2022-02-22",
    )
    assert check_offsets(doc) == []
    assert doc.events, "the summons should be coded"
    # The dateline is out of the text (kept in doc.dateline), so it cannot be an actor's span.
    assert doc.dateline and doc.dateline.upper().startswith("CANBERRA")
    assert not doc.text.startswith("CANBERRA")
    for event in doc.events:
        spans = f"{event.source_text or ''} {event.target_text or ''}"
        assert "CANBERRA" not in spans, event.rule


def test_document_actors_dateline_subject_leaves_the_source_empty(code_all):
    doc = code_all(
        "UNITED NATIONS (Reuters) - Admitted on Friday that talks had failed, diplomats said."
    )
    assert all(e.source_actor != "IGOUNO" for e in doc.events), [e.rule for e in doc.events]


def test_document_actors_surname_takes_the_fuller_mention(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Former U.S. Defense Secretary Robert Halvorsen said on Monday "
        "the talks would go on. Halvorsen also criticized Iran for its missile tests.",
        published="2017-12-01",
    )
    criticisms = [e for e in doc.events if e.root_code == "11"]
    assert criticisms, [(e.code, e.rule) for e in doc.events]
    assert criticisms[0].source_actor.startswith("USA"), criticisms[0].rule
    assert criticisms[0].target_actor == "IRN"
    assert "person again" in criticisms[0].rule


def test_document_actors_us_political_role_takes_the_united_states(code_text):
    doc = code_text(
        "Republican Senator Mark Delaney accused the Iranian government of funding militias "
        "in Iraq.",
        published="2017-12-01",
    )
    accusations = [e for e in doc.events if e.code.startswith("112")]
    assert accusations and accusations[0].source_actor == "USALEG", [e.rule for e in doc.events]


def test_document_actors_role_takes_the_datelines_country(code_text):
    doc = code_text(
        "BEIRUT (Reuters) - Lawmakers criticized Israel on Monday for the air strikes.",
        published="2017-12-01",
    )
    criticism = [e for e in doc.events if e.root_code == "11"]
    assert criticism and criticism[0].source_actor == "LBNLEG", [e.rule for e in doc.events]
    assert "dateline's country" in criticism[0].rule


def test_document_actors_barred_from_entering_is_the_entered_countrys_act(code_all):
    doc = code_all(
        "Travellers from Chad, Iran and Libya are barred from entering the United States "
        "under the new order."
    )
    bans = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "172"}
    assert bans >= {("USA", "TCD"), ("USA", "IRN"), ("USA", "LBY")}, bans


def test_document_actors_politician_unknown_to_the_book_keeps_the_us_side(code_text):
    doc = code_text(
        "Republican Representative Dale Whitcombe said on Tuesday he would resign. Whitcombe "
        "criticized Iran over the missile test.",
        published="2017-12-01",
    )
    criticism = [e for e in doc.events if e.root_code == "11"]
    assert criticism and criticism[0].source_actor == "USALEG", [e.rule for e in doc.events]


def test_document_actors_an_order_acts_for_whoever_signed_it(code_all):
    doc = code_all(
        "Putin replaced it with a decree barring citizens of Latvia from entering Russia.",
        published="2024-09-13",
    )
    bans = [e for e in doc.events if e.code == "172"]
    assert bans and bans[0].source_actor.startswith("RUS"), [e.rule for e in doc.events]
