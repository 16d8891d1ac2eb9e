"""Found in the lead's held-out reading of eight unseen BBC business pages (read51z, scored
before these fixes): an event noun the object of a verb under a modal is hypothetical ("feared
Microsoft would issue patent lawsuits"); meeting earnings projections or estimates is no
meeting; a pension scheme or an industry taken control of is run, no territory seized. The
sentences are our own."""

from __future__ import annotations

import pytest
from event_views import coded_at_any_confidence, events

pytestmark = pytest.mark.model


def test_an_event_noun_under_a_modal_verb_is_conditional(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "Rivals fear that the software giant Oracle would issue a series of patent lawsuits next"
        " year.",
    )
    suits = [e for e in doc.events if e.code.startswith("11")]
    assert suits, events(doc)
    assert all(e.conditional for e in suits), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The finance chief said he had cut costs to meet Wall Street earnings projections.",
        "The bank cut jobs to meet analysts' profit estimates for the third quarter.",
    ],
)
def test_meeting_projections_is_no_meeting(code_text, text):
    doc = coded_at_any_confidence(code_text, text)
    assert not [e for e in doc.events if e.code.startswith("03") or e.code.startswith("04")], (
        events(doc)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Its latest move came last week when it took control of the pilots' pension scheme at"
        " Delta Air Lines.",
    ],
)
def test_control_of_a_scheme_or_an_industry_is_no_territory(code_text, text):
    doc = coded_at_any_confidence(code_text, text)
    assert not [e for e in doc.events if e.code == "192"], events(doc)


def test_control_of_a_city_is_still_seized(code_text):
    doc = coded_at_any_confidence(
        code_text, "Rebel fighters took control of the northern city of Kidal."
    )
    assert [e for e in doc.events if e.code == "192"], events(doc)


def test_a_former_officer_of_an_international_body_is_not_that_body(code_text):
    doc = coded_at_any_confidence(code_text, "A former UN official criticised the plan on Tuesday.")
    assert all(not (e.source_actor or "").startswith("IGO") for e in doc.events), events(doc)


def test_a_serving_officer_still_is(code_text):
    doc = coded_at_any_confidence(code_text, "A senior UN official criticised the plan on Tuesday.")
    assert any((e.source_actor or "").startswith("IGOUNO") for e in doc.events), events(doc)
