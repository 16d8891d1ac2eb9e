"""What the lead saw reading unseen articles in the thirty-eighth round (issue #9): "leveled
greater criticism at Biden" coded as demolition; rioters left with no actor; "criticized the
commutation" with no one behind the commutation; a "Salute to America" held read as an arrest;
"received a settlement" read as a visit; an image provided read as aid; "has not been
straightforward in attacking the party" with no attacker. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code", "target"),
    [
        (
            "President Donald Trump leveled sharp criticism at Joe Biden on Sunday.",
            "leveled",
            "111",
            "USA",
        ),
        (
            "German Chancellor Angela Merkel directed a rare broadside against Russia.",
            "directed",
            "111",
            "RUS",
        ),
        (
            "Ukraine's president leveled corruption charges against Russia's defence ministry.",
            "leveled",
            "112",
            "RUS",
        ),
    ],
)
def test_criticism_and_charges_aimed_at_someone(code_text, text, trigger, code, target):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    event = events[0]
    assert event.code == code, event
    assert (event.target_actor or "").startswith(target), event
    assert doc.text[event.start : event.end] == text


def test_rioters_are_people_of_the_story(code_text):
    doc = code_text(
        "President Donald Trump visited Ohio on Friday. He condemned rioters who toppled "
        "statues in several cities."
    )
    condemned = by_trigger(doc, "condemned")
    assert condemned, seen(doc)
    # people: their country is the story's when the story names one
    assert (condemned[0].target_actor or "").endswith("CVL"), condemned[0]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "President Donald Trump commuted the prison sentence of an old friend on Friday. "
            "Democrats criticized the commutation as an abuse of power.",
            "USAGOV",
        ),
        (
            "Russia annexed Crimea in 2014. The Ukrainian government condemned the annexation.",
            "RUS",
        ),
    ],
)
def test_an_act_told_by_its_verb_first_is_its_doers(code_text, text, target):
    doc = code_text(text)
    judged = by_trigger(doc, "criticized") + by_trigger(doc, "condemned")
    assert judged, seen(doc)
    event = judged[0]
    assert event.target_actor == target, event
    assert "made by" in event.rule


def test_a_named_event_held_is_no_arrest(code_all):
    doc = code_all(
        'President Donald Trump held a Fourth of July "Salute to America" in Washington '
        "on Saturday."
    )
    assert not [e for e in doc.events if e.code == "173"], seen(doc)


def test_someone_held_is_still_an_arrest(code_text):
    doc = code_text("Police in Ohio held the two protesters for three hours on Monday.")
    held = by_trigger(doc, "held")
    assert held and held[0].code == "173", seen(doc)


def test_a_settlement_received_is_no_visit(code_all):
    doc = code_all(
        "Nicholas Sandmann, a former high school student who received a settlement from CNN, "
        "spoke on the second night."
    )
    assert not [e for e in doc.events if e.code in ("042", "043")], seen(doc)


def test_a_head_of_state_received_is_still_a_visit(code_text):
    doc = code_text("King Abdullah received the French president at the palace in Amman.")
    received = by_trigger(doc, "received")
    assert received and {e.code for e in received} & {"042", "043"}, seen(doc)


def test_an_image_provided_to_a_newspaper_is_no_aid(code_all):
    doc = code_all(
        "The campaign manager would not provide The New York Times with an image of the letter."
    )
    assert not [e for e in doc.events if e.code.startswith(("07", "033"))], seen(doc)


def test_the_one_not_straightforward_in_attacking_attacked(code_text):
    doc = code_text(
        "British MEP Robert Kilroy-Silk quit the UK Independence Party on Monday. Party "
        'officials argue Mr Kilroy-Silk has not been "straightforward" in attacking the '
        "UK Independence Party."
    )
    attacking = by_trigger(doc, "attacking")
    assert attacking, seen(doc)
    event = attacking[0]
    assert event.source_actor.startswith("GBR"), event
    assert "pcomp^acomp^" in event.rule
