"""A meeting noun that is the subject of its own happening still to come ("a meeting between A
and B is due to take place") is on the calendar: an intent to meet (036), not a meeting held
(issue #9; read53's held-out reading, the guideline's §9.7). The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A meeting between French President Jacques Chirac and German Chancellor Gerhard "
            "Schroeder is due to take place in Berlin next week.",
            "meeting",
        ),
        (
            "Talks between French President Jacques Chirac and German Chancellor Gerhard "
            "Schroeder are scheduled to take place in Berlin on Monday.",
            "Talks",
        ),
        (
            "A summit between French President Jacques Chirac and German Chancellor Gerhard "
            "Schroeder is expected to be held in Berlin in April.",
            "summit",
        ),
    ],
)
def test_a_meeting_still_to_take_place_is_an_intent_to_meet(code_text, text, trigger):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    assert {e.code for e in events} == {"036"}, seen(doc)
    event = events[0]
    assert (event.source_actor, event.target_actor) == ("FRAGOV", "DEUGOV"), seen(doc)
    assert doc.text[event.start : event.end] == event.text


def test_a_meeting_that_took_place_is_a_meeting(code_text):
    doc = code_text(
        "A meeting between French President Jacques Chirac and German Chancellor Gerhard "
        "Schroeder took place in Berlin on Monday."
    )
    codes = {e.code[:2] for e in by_trigger(doc, "meeting")}
    assert codes == {"04"}, seen(doc)
