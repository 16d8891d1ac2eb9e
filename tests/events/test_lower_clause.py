"""issue #9 lead21: an event of a lower clause than the sentence's own is left to the learned
filter, marked in its rule, and kept only from ``LOWER_CLAUSE_FLOOR`` up."""

from __future__ import annotations

import pytest

from redline.events.coder import LOWER_CLAUSE_FLOOR, LOWER_CLAUSE_NOTE, clears
from redline.model import Event


def _event(confidence: float, rule: str = "lexicon:190 kill[DOBJ]") -> Event:
    return Event(
        start=0, end=10, text="x", code="190", root_code="19", name="use force",
        rule=rule, confidence=confidence,
    )  # fmt: skip


def test_a_main_clause_event_needs_the_threshold_only():
    assert clears(_event(0.40), 0.34)
    assert not clears(_event(0.30), 0.34)


def test_a_lower_clause_event_needs_the_floor_too():
    lower = "lexicon:190 kill[DOBJ]" + LOWER_CLAUSE_NOTE
    assert not clears(_event(LOWER_CLAUSE_FLOOR - 0.05, lower), 0.34)
    assert clears(_event(LOWER_CLAUSE_FLOOR + 0.05, lower), 0.34)
    # the filter's examples are every candidate: no floor while collecting them
    assert clears(_event(LOWER_CLAUSE_FLOOR - 0.05, lower), 0.34, floor=False)
    assert clears(_event(0.9, lower), 0.95) is False  # a higher threshold still rules


EGYPT_AND_ISRAEL = (
    "UNITED NATIONS (Reuters) - Egypt called for a vote on the draft resolution on Thursday, "
    "prompting Israel to urge Washington to veto the text."
)


def _candidates(text: str) -> list:
    """Every candidate the coder scores in ``text``, with its filter features."""
    from redline.clean import clean_document
    from redline.events.filter import candidate_pipeline
    from redline.ingest.raw import RawDocument

    collected: list = []
    pipeline = candidate_pipeline(features_out=collected)
    pipeline(clean_document(RawDocument(source="<test>", text=text, published="2017-06-01")))
    return collected


@pytest.mark.model
def test_a_lower_clause_event_is_marked_and_follows_the_sentences_own(nlp):
    collected = _candidates(EGYPT_AND_ISRAEL)
    coded = [(e.code, e.source_actor, e.target_actor, e.rule or "", f) for e, f in collected]
    own = [i for i, row in enumerate(coded) if LOWER_CLAUSE_NOTE not in row[3]]
    lower = [i for i, row in enumerate(coded) if LOWER_CLAUSE_NOTE in row[3]]
    # Egypt's call is the sentence's own event; Israel's appeal to Washington sits in the
    # participle clause: once dropped, now a candidate marked for the filter, after the own
    assert own and lower, coded
    assert ("020", "ISR", "USA") in [coded[i][:3] for i in lower], coded
    assert all(i > max(own) for i in lower), coded
    assert all(coded[i][4].get("lower_clause") == 1.0 for i in lower), coded


@pytest.mark.model
def test_a_lower_clause_confidence_scores_its_final_features(nlp):
    # session 27 (filter27): the lower-clause flags were added to the features after the event
    # was scored, so the filter was trained on features inference never scored
    from redline.events.filter import load_filter

    collected = _candidates(EGYPT_AND_ISRAEL)
    model = load_filter()
    lower = [(e, f) for e, f in collected if LOWER_CLAUSE_NOTE in (e.rule or "")]
    assert lower, collected
    for event, features in lower:
        assert features.get("lower_clause") == 1.0
        assert event.confidence == model.confidence(features), (event.rule, event.confidence)
