"""Who is who in business news read unseen (issue #10, lead's read52): a plural noun before
two names describes both ("the Irish horseracing tycoons JP McManus and John Magnier"); a
central bank is its state's, creditors are businesses. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import coded_at_any_confidence, events, offsets_hold

pytestmark = pytest.mark.model


def test_a_plural_description_places_both_names(code_text):
    doc = code_text(
        "The bid needs the support of the club's largest shareholders, the Irish businessmen"
        " Dermot Kearney and Fintan Mulcahy. Mr Mulcahy said he would back the offer."
    )
    placed = {m.text: m.actor for m in doc.mentions if m.type == "person"}
    assert (placed.get("Dermot Kearney") or "")[:3] == "IRL", placed
    assert (placed.get("Fintan Mulcahy") or "")[:3] == "IRL", placed
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_a_central_bank_is_the_government(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "Brazil's business groups welcomed the central bank's decision to cut rates on Wednesday.",
    )
    welcomed = [e for e in doc.events if e.trigger_text == "welcomed"]
    assert any((e.target_actor or "").endswith("GOV") for e in welcomed), events(doc)
    offsets_hold(doc)


def test_creditors_are_businesses(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "The creditors of the South Korean card issuer have asked the government to mediate.",
    )
    asked = [e for e in doc.events if e.trigger_text == "asked"]
    assert any((e.source_actor or "").endswith("BUS") for e in asked), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Twenty people have been arrested in the United States after a global operation. US"
        " prosecutors in New Jersey have indicted 19 people. A Russian man was named as one of"
        " the ringleaders. Investigators from 30 law enforcement agencies worldwide spent 15"
        " months looking into the activities of the gang.",
        "Twenty people have been arrested in the United States after a global operation. US"
        " prosecutors in New Jersey have indicted 19 people. A Russian man was named as one of"
        " the ringleaders. Officials from 12 countries spent months investigating the gang.",
    ],
)
def test_a_role_of_many_countries_is_of_none(code_text, text):
    doc = coded_at_any_confidence(code_text, text)
    probes = [e for e in doc.events if e.code.startswith("09")]
    assert probes, events(doc)
    assert all((e.source_actor or "")[:3] in ("---", "") for e in probes), events(doc)
