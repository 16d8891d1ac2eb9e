"""An event is not placed on a country the sentence names as an actor (issue #10, places in
context): the event's own source ("U.S. accusations"), the nationality of its source or of the
person it acts on ("met U.S. Secretary of State ..."), the misread subject of a time clause
("after Turkey in March blocked ..."), or a country someone has ties to. Sentences are our own,
in wire-copy phrasing."""

from __future__ import annotations

import pytest


def _places(doc, trigger: str) -> list[str | None]:
    return [e.place for e in doc.events if e.trigger_text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the event's source is the country: "U.S. accusations that ..."
        ("Lawmakers opened hearings into U.S. accusations that China hacked the agency's "
         "servers.", "accusations"),
        # "after Turkey in March blocked": a clause's subject the parser reads as after's object
        ("The minister said the two leaders discussed a trade programme after Turkey in March "
         "blocked imports of Greek olive oil.", "discussed"),
        # the nationality of the person met
        ("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken on "
         "Thursday.", "met"),
        # the nationality of a subject named in the sentence
        ("Lawmakers complained about why former U.S. Attorney General Eric Holder did not recuse "
         "himself from the case after he met the defendant.", "complained"),
        # who someone has ties to
        ("Prosecutors charged the businessman on Friday over his ties to Iran.", "charged"),
        # where people come from, however long the list
        ("The court ruled that the ministry could deny visas to students from Chad, Mali, Niger, "
         "Sudan, Libya and Yemen.", "deny"),
    ],
)  # fmt: skip
def test_event_places_actor_country_is_not_the_place(code_all, text, trigger):
    places = _places(code_all(text), trigger)
    assert places, "the sentence codes no event on its trigger"
    assert places == [None] * len(places)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Police arrested two men in Kabul on Sunday after Pakistan closed the border crossing.",
         "arrested", "Kabul"),
        # the target struck is the site, also as the modifier of a thing
        ("Russian forces shelled Kharkiv overnight, the governor said.", "shelled", "Kharkiv"),
        ("Militants attacked a Kabul market on Sunday, police said.", "attacked", "Kabul"),
    ],
)  # fmt: skip
def test_event_places_actor_sites_stay(code_all, text, trigger, place):
    assert _places(code_all(text), trigger)[:1] == [place]
