"""issue #9 drops21: a background noun event ("..., prompting fresh U.N. sanctions against
Pyongyang") is left to the learned filter like a lower clause's event, marked so and fed the
``background_noun`` feature; a background agreement or cooperation noun stays dropped."""

from __future__ import annotations

import pytest

from redline.events.coder import LOWER_CLAUSE_NOTE, STANDING_TIE_ROOTS


def _candidates(text: str) -> list:
    from redline.clean import clean_document
    from redline.events.filter import candidate_pipeline
    from redline.ingest.raw import RawDocument

    collected: list = []
    pipeline = candidate_pipeline(features_out=collected)
    pipeline(clean_document(RawDocument(source="<test>", text=text, published="2017-06-01")))
    return [
        (e.code, e.source_actor, e.target_actor, e.trigger_text, e.rule or "", f)
        for e, f in collected
    ]


def test_standing_ties_are_agreements_and_cooperation():
    assert STANDING_TIE_ROOTS == ("05", "06")


@pytest.mark.model
def test_a_background_noun_event_is_left_to_the_filter(nlp):
    coded = _candidates(
        "SEOUL (Reuters) - North Korea tested a long-range missile on Sunday, prompting a new "
        "round of U.S. sanctions on Pyongyang."
    )
    background = [row for row in coded if row[5].get("background_noun") == 1.0]
    assert [row[:4] for row in background] == [("163", "USA", "PRK", "sanctions")], coded
    for row in background:
        assert LOWER_CLAUSE_NOTE in row[4], row
        assert row[5].get("lower_clause") == 1.0, row
    # the sentence's own event is still coded unmarked
    assert any(LOWER_CLAUSE_NOTE not in row[4] for row in coded), coded


@pytest.mark.model
def test_a_background_agreement_noun_stays_dropped(nlp, monkeypatch):
    text = (
        "Lawmakers let the deadline pass on Tuesday, leaving the 2015 deal between Iran and six "
        "world powers in place."
    )
    assert not [row for row in _candidates(text) if row[3] == "deal"]
    # the exception is what keeps it out: with no standing ties the deal would be a candidate
    monkeypatch.setattr("redline.events.coding.sentence.STANDING_TIE_ROOTS", ())
    assert [row for row in _candidates(text) if row[3] == "deal"]


@pytest.mark.model
def test_talks_whose_pact_is_named_by_the_purpose_infinitive(nlp):
    # "were finishing a round of talks to overhaul NAFTA": the parser hangs the infinitive on
    # the verb, not on the talks; its object still names the pact the members talk about
    coded = _candidates(
        "OTTAWA (Reuters) - Trade officials were finishing a sixth round of talks to overhaul "
        "NAFTA on Wednesday, with deep rifts over dairy and autos."
    )
    pairs = {(row[1], row[2]) for row in coded if row[0] == "046"}
    assert {("USA", "MEX"), ("CAN", "MEX"), ("USA", "CAN")} <= pairs, coded


@pytest.mark.model
def test_an_exercise_with_a_partner_is_held_by_the_clauses_subject(nlp):
    # "sailed home after a naval exercise with India": like "after a meeting with X", the
    # subject of the verb the noun's time phrase hangs on held the exercise with X
    coded = _candidates(
        "CANBERRA (Reuters) - Two Australian warships sailed home on Sunday after a week-long "
        "naval exercise with India in the Bay of Bengal."
    )
    pairs = {(row[0][:2], row[1], row[2]) for row in coded if row[3] == "exercise"}
    assert ("06", "AUSMIL", "IND") in pairs, coded
