"""Recall, twenty-eighth round (issue #9 recall28): talks that name no party but a pact whose
members the book knows (data/events/pacts.tsv) are talks among its members ("a new round of
talks to update NAFTA"); talks naming neither a party nor a known pact stay uncoded. Sentences
written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model

PACT_RULE = "talk|negotiation|dialogue[NONE]"


def _pact_pairs(doc) -> set[frozenset[str]]:
    """The country pairs of the pact-talks events (either direction)."""
    return {
        frozenset(((e.source_actor or "")[:3], (e.target_actor or "")[:3]))
        for e in doc.events
        if e.code == "046" and PACT_RULE in (e.rule or "")
    }


MEMBERS = {frozenset(p) for p in (("USA", "CAN"), ("USA", "MEX"), ("CAN", "MEX"))}


@pytest.mark.parametrize(
    "text",
    [
        "MONTREAL (Reuters) - A new round of talks to update NAFTA opened in Montreal on Tuesday.",
        "WASHINGTON (Reuters) - Farm-state senators said NAFTA talks would resume next month.",
    ],
)
def test_talks_on_a_known_pact_are_among_its_members(code_all, text):
    doc = code_all(text)
    assert _pact_pairs(doc) == MEMBERS, seen(doc)


def test_talks_naming_no_known_pact_are_not_coded(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Talks on the spending bill have dragged on for months, aides said."
    )
    assert not _pact_pairs(doc), seen(doc)
