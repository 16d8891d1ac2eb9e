"""issue #9 prec30: wrong events on long campaign articles (train10), fixed for the phrasing;
the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "WASHINGTON - President Obama used his State of the Union address to call out the "
            "Republican candidates over their budget plans.",
            "call",
        ),
        (
            "WASHINGTON - The senator called out his rival on Tuesday for his remarks about "
            "veterans.",
            "called",
        ),
    ],
)
def test_calling_out_a_rival_criticises(code_all, text, trigger):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert found and all(e.code == "111" for e in found), events(doc)


def test_a_telephone_call_stays_a_call(code_all):
    doc = code_all(
        "WASHINGTON - President Obama called the Turkish president on Friday to discuss the border."
    )
    assert [e for e in doc.events if e.code == "041"], events(doc)


def test_hitting_back_at_a_critic_criticises(code_all):
    doc = code_all(
        "WASHINGTON - Jeb Bush hit back at Donald Trump on Monday, calling him a chaos candidate."
    )
    assert not [e for e in doc.events if e.code.startswith("19")], events(doc)
    assert [e for e in doc.events if e.trigger_text == "hit" and e.code == "111"], events(doc)


def test_hitting_back_with_rockets_stays_armed(code_all):
    doc = code_all(
        "DAMASCUS - Rebel fighters hit back at the army convoy with rockets near the border."
    )
    assert [e for e in doc.events if e.code.startswith("19")], events(doc)


def test_reporters_held_back_are_not_arrested(code_all):
    doc = code_all(
        "DES MOINES - Campaign staff used ropes to hold back reporters at the rally on Saturday."
    )
    assert not [e for e in doc.events if e.code == "173"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - Ignoring the experts, he bested 16 rivals and captured his party's "
        "presidential nomination.",
        "COLUMBIA - The senator captured the state's delegates with a late surge on Saturday.",
    ],
)
def test_a_nomination_captured_is_no_arrest(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "173"], events(doc)


def test_a_fugitive_captured_is_arrested(code_all):
    doc = code_all("MEXICO CITY - Mexican marines captured the drug lord Joaquin Guzman on Friday.")
    assert [e for e in doc.events if e.code == "173"], events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "MIAMI - The network's best-known face is the famous Mexican-American reporter Carlos "
            "Mendez. When he interviewed Clinton last year, Mendez asked about the private email "
            "server.",
            "interviewed",
        ),
        (
            "BOSTON - Irish-American businessman Tom Kelly hosted a fundraiser on Friday. Later "
            "he praised Senator Elizabeth Warren.",
            "praised",
        ),
    ],
)
def test_a_heritage_american_is_american(code_all, text, trigger):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert found and all((e.source_actor or "").startswith("USA") for e in found), events(doc)


def test_a_mexican_official_stays_mexican(code_all):
    doc = code_all(
        "WASHINGTON - The Mexican Foreign Minister Luis Videgaray met Senator Chuck Schumer on "
        "Friday. Later he praised Schumer."
    )
    found = [e for e in doc.events if e.trigger_text == "praised"]
    assert found and found[0].source_actor == "MEXGOV", events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - The group's release of emails from the party's headquarters exposed the "
        "phone numbers of donors.",
        "WASHINGTON - The senator's release of documents from the State Department angered the "
        "White House.",
    ],
)
def test_documents_released_are_no_prisoners_freed(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "0841"], events(doc)


def test_prisoners_released_stay_freed(code_all):
    doc = code_all("TEHRAN - Iran's release of the British sailors eased tensions with London.")
    assert [e for e in doc.events if e.code == "0841"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - Donald Trump said on Monday he would win Florida. \u201cBut why?\u201d "
        "reporter Ann Lee asked him.",
        'WASHINGTON - "Will you release your tax returns?" the moderator asked Donald Trump on '
        "Monday.",
    ],
)
def test_an_interviewers_quoted_question_is_no_appeal(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.trigger_text == "asked"], events(doc)


def test_a_jurys_quoted_question_still_asks(code_all):
    doc = code_all(
        'TRENTON - "Can we see the testimony again?" the jury asked the judge in a note on '
        "Thursday."
    )
    assert [e for e in doc.events if e.trigger_text == "asked" and e.code == "020"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - The candidate rejected the notion that the episode should be forgotten.",
        "WASHINGTON - The lawyer rejected suggestions that the former campaign chairman had fled "
        "abroad.",
    ],
)
def test_a_view_rejected_is_no_denial(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "016"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW - The Kremlin rejected the allegations of meddling on Monday.",
        "MOSCOW - The Kremlin denied any suggestion of meddling on Monday.",
        "WASHINGTON - The finance minister rejected a suggestion that he had misled the board.",
    ],
)
def test_a_charge_rejected_or_denied_stays_a_denial(code_all, text):
    # a suggestion about the one who rejects it is a charge denied (tests/events/test_graph22.py)
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "016"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - Donald Trump said on Wednesday that he doesn't want to kill the families of "
        "terrorists.",
        "WASHINGTON - Donald Trump insisted on Wednesday that he never said he wanted to kill the "
        "families of terrorists.",
    ],
)
def test_a_wish_denied_is_no_threat(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith(("13", "18", "19"))], events(doc)


def test_a_wish_spoken_of_stays_a_threat(code_all):
    doc = code_all(
        "WASHINGTON - Donald Trump said on Wednesday that he wanted to kill the families of "
        "terrorists."
    )
    assert [e for e in doc.events if e.code.startswith("13")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - During a press call with reporters on Wednesday, the Sanders campaign said "
        "it would look into a recount.",
        "WASHINGTON - In a conference call with journalists, Senator Ted Cruz said he would vote "
        "against the bill.",
    ],
)
def test_a_press_call_is_no_telephone_call(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "041"], events(doc)


def test_a_phone_call_with_a_leader_stays_a_call(code_all):
    doc = code_all("BERLIN - Merkel had a phone call with Macron on Sunday.")
    assert [e for e in doc.events if e.code == "041"], events(doc)
