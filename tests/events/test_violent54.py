"""Material conflict the coder missed (issue #9, helper violent54, session 42): vehicle attacks
on a crowd, navies sunk, fighters pushed back, the attacker of an attack noun that caused a
killing (who claimed it, never the place it struck), and terror attacks named by the place they
struck. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import offsets_hold, seen

pytestmark = pytest.mark.model


def _coded(doc, code: str) -> list:
    return [e for e in doc.events if e.code == code]


@pytest.mark.parametrize(
    ("text", "code", "trigger", "source", "target"),
    [
        (
            "JERUSALEM (Reuters) - A Palestinian rammed a bulldozer into Israelis at a bus stop "
            "in the city on Monday, police said.",
            "180",
            "rammed",
            "PSE",
            "ISR",
        ),
        (
            "In 1991 the United States sank the Iraqi navy in two days.",
            "190",
            "sank",
            "USA",
            "IRQ",
        ),
        (
            "BEIRUT (Reuters) - Syrian troops pushed Islamic State back from the city of Deir "
            "al-Zor on Sunday.",
            "190",
            "pushed",
            "SYR",
            "IMGMUSISI",
        ),
    ],
)
def test_violent54_new_frames(code_all, text, code, trigger, source, target):
    doc = code_all(text)
    found = [e for e in _coded(doc, code) if e.trigger_text == trigger]
    assert found, seen(doc)
    assert (found[0].source_actor or "")[: len(source)] == source, seen(doc)
    assert (found[0].target_actor or "").startswith(target), seen(doc)
    offsets_hold(doc)


@pytest.mark.parametrize(
    "text",
    [
        "A car crashed into a tree on the highway outside Lyon on Sunday.",
        "Lawmakers sank the bill in a late-night vote on Thursday.",
        "Mexico pushed back on demands by the Trump administration on Friday.",
        "The Senate pushed back the vote on the bill to next week.",
    ],
)
def test_violent54_no_attack_in_other_senses(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code[:2] in ("18", "19")], seen(doc)


def test_violent54_crowd_run_down(code_all):
    doc = code_all("The driver plowed through a crowd of shoppers at a market in Stockholm.")
    assert [e for e in _coded(doc, "180") if e.trigger_text == "plowed"], seen(doc)
    doc = code_all("The gunman mowed down worshippers at a mosque in the city.")
    assert [e for e in _coded(doc, "180") if e.trigger_text == "mowed"], seen(doc)


def test_violent54_attack_place_is_not_the_attacker(code_all):
    doc = code_all(
        "Five French tourists and a Belgian woman were killed in Tuesday's attack in Tunis."
    )
    killed = [e for e in doc.events if e.trigger_text == "killed"]
    assert killed, seen(doc)
    assert all(not (e.source_actor or "").startswith("TUN") for e in killed), seen(doc)


def test_violent54_attack_claimed_by_is_the_attacker(code_all):
    doc = code_all(
        "The attacks in Brussels, which were claimed by the Islamic State, killed 32 people."
    )
    killed = [e for e in doc.events if e.trigger_text == "killed"]
    assert killed, seen(doc)
    assert killed[0].source_actor == "IMGMUSISI", seen(doc)
    assert "attack claimed by" in killed[0].rule, seen(doc)


def test_violent54_attack_named_by_nationality_keeps_its_attacker(code_all):
    doc = code_all("Three soldiers were killed in an Israeli attack near the border on Sunday.")
    killed = [e for e in doc.events if e.trigger_text == "killed"]
    assert killed, seen(doc)
    assert (killed[0].source_actor or "").startswith("ISR"), seen(doc)


def test_violent54_terror_attack_place_clears_the_filter(code_text):
    from redline.events.filter import IMPLIED_ATTACKER_FLOOR

    doc = code_text(
        "After the terrorist attacks in Paris, security became the main issue of the campaign."
    )
    found = [e for e in _coded(doc, "180") if e.trigger_text == "attacks"]
    assert found, seen(doc)
    assert found[0].source_actor is None
    assert found[0].target_actor == "FRA"
    assert found[0].confidence >= IMPLIED_ATTACKER_FLOOR


def test_violent54_attack_that_killed_is_not_its_places_act(code_all):
    doc = code_all(
        "Lawmakers called on Thursday for hearings on an attack in Niger that killed four U.S. "
        "soldiers."
    )
    killed = [e for e in doc.events if e.trigger_text == "killed"]
    assert all(not (e.source_actor or "").startswith("NER") for e in killed), seen(doc)


def test_violent54_attacks_carried_out_by_a_subject_get_no_floor(code_text):
    from redline.events.filter import IMPLIED_ATTACKER_FLOOR

    doc = code_text(
        "The council sanctioned the Shabab, the militant group that has carried out hundreds of "
        "terrorist attacks in Somalia and Kenya."
    )
    floored = [
        e
        for e in doc.events
        if e.trigger_text == "attacks" and (e.confidence or 0) >= IMPLIED_ATTACKER_FLOOR
    ]
    assert not floored, seen(doc)
