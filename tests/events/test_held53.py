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


# -- asking for more time appeals to whoever set the deadline ----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "The European Commission set a deadline of June for the new rules. Poland has "
            "requested more time.",
            "requested",
            "IGOEUREEC",
        ),
        ("Poland has requested more time from the European Commission.", "requested", "IGOEUREEC"),
        (
            "The Turkish government set a deadline for the talks. Syria has asked for a "
            "postponement.",
            "asked",
            "TURGOV",
        ),
    ],
)
def test_asking_for_more_time_is_an_appeal(code_text, text, trigger, target):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events and events[0].code == "020", seen(doc)
    assert (events[0].target_actor or "").startswith(target), seen(doc)


def test_needing_more_time_asks_no_one(code_text):
    doc = code_text("Germany needs more time to decide on the new rules.")
    assert not [e for e in doc.events if e.code == "020"], seen(doc)


# -- a court throwing out a deal rejects it, the deal its maker's -------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Vodafone agreed to buy the Auckland operator last year. The deal was thrown out by "
            "the New Zealand High Court on Monday.",
            "thrown",
            "NZLJUD",
            "GBRBUS",
        ),
        (
            "Vodafone agreed to buy the Auckland operator last year, but the New Zealand High "
            "Court threw out the deal on Monday.",
            "threw",
            "NZLJUD",
            "GBRBUS",
        ),
        (
            "The Greek government struck a deal with Siemens in March. The deal was quashed by "
            "the Greek Supreme Court.",
            "quashed",
            "GRCJUD",
            "GRCGOV",
        ),
    ],
)
def test_a_court_throwing_out_a_deal_rejects_it(code_text, text, trigger, source, target):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events and events[0].code == "120", seen(doc)
    assert (events[0].source_actor, events[0].target_actor) == (source, target), seen(doc)


def test_a_deal_struck_is_no_rejection(code_text):
    doc = code_text("Vodafone struck a deal with the Greek government on Monday.")
    assert not [e for e in doc.events if e.code == "120"], seen(doc)
