"""issue #10 read58: a deal's partner after the words that value it, charges filed in a court
against someone. Texts written for these tests."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _coded(doc, code):
    return [e for e in doc.events if e.code == code]


@pytest.mark.parametrize(
    "text",
    [
        "Qantas agreed a deal worth $2bn with Boeing last week.",
        "Toyota signed a contract worth $1bn with Tata Motors on Monday.",
    ],
)
def test_a_deals_partner_after_its_value(code_text, text):
    doc = code_text(text)
    events = _coded(doc, "057")
    assert events, seen(doc)
    assert all(e.target_actor for e in events), seen(doc)


def test_charges_filed_in_a_court_against_someone(code_text):
    doc = code_text(
        "The US Securities and Exchange Commission filed civil fraud charges in a Boston "
        "federal court against Goldman Sachs on Friday."
    )
    events = _coded(doc, "173")
    assert events, seen(doc)
    assert events[0].target_actor == "USABUS", seen(doc)
