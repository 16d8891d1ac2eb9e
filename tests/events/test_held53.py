"""What held53 fixed from last round's held-out reading (issues #9 and #10): phrasings a reader
of unseen articles saw coded wrong or missed. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


# -- an arrest by a country's police told after other phrases ("by" hung on their noun) ------


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "A British businessman was arrested on Tuesday in connection with the fraud by "
            "Singapore police.",
            "arrested",
            "SGPCOP",
        ),
        (
            "The banker was detained in Frankfurt on suspicion of fraud by German police.",
            "detained",
            "DEUCOP",
        ),
        (
            "The activist was convicted of contempt in a short trial by a Moscow court.",
            "convicted",
            "RUSJUD",
        ),
    ],
)
def test_a_stray_by_phrase_names_the_police_or_court(code_text, text, trigger, source):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events and events[0].source_actor == source, seen(doc)
    event = events[0]
    assert doc.text[event.source_start : event.source_end] == event.source_text


def test_a_stray_by_phrase_of_another_act_stays_that_acts(code_text):
    doc = code_text(
        "Two Americans were detained at the airport over an attack by Syrian militants."
    )
    assert not [
        e for e in by_trigger(doc, "detained") if (e.source_actor or "").startswith("SYR")
    ], seen(doc)


# -- "the move" after the act was told in a saying verb's clause ------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Vodafone said on Tuesday it would close its call centre in Newbury. Unions "
            "criticised the move.",
            "criticised",
            "GBRBUS",
        ),
        (
            "Vodafone announced it would cut 500 jobs at its Newbury offices. Unions condemned "
            "the decision.",
            "condemned",
            "GBRBUS",
        ),
        (
            "Local papers reported that Vodafone would close its call centre in Newbury. "
            "Unions criticised the possible move.",
            "criticised",
            "GBRBUS",
        ),
    ],
)
def test_the_move_told_in_a_said_clause_is_its_makers(code_text, text, trigger, target):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events and events[0].target_actor == target, seen(doc)
