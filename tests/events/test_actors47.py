"""issue #9 actors47: actors left unresolved or wrong under a right root: the leaders of
al-Qaeda and the Islamic State named in a story years after their deaths act for their groups,
not as persons of the article's country.

Sentences written for these tests in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _with_trigger(doc, word: str):
    found = [e for e in doc.events if word in (e.trigger_text or "")]
    assert found, seen(doc)
    return found[0]


def test_a_dead_militant_leader_acts_for_his_group(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Osama bin Laden declared war on the United States two decades "
        "before the election, the senator told a campaign rally on Monday.",
        published="2016-10-03",
    )
    event = _with_trigger(doc, "declared")
    assert event.source_actor == "IMGMUSALQ", (event.source_actor, event.rule)
    assert doc.text[event.source_start : event.source_end] == event.source_text
