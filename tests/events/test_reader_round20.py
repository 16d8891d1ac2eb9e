"""Wrong outputs read on twelve unseen BBC politics and business articles (issue #9 read20),
fixed for the phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Detaining migrants without trial breaks European law, the court has ruled.", "Detaining"),
        (
            "Bombing civilian targets is a war crime, the United Nations inquiry found on Monday.",
            "Bombing",
        ),
        ("Arresting journalists for their reporting is illegal, the judges ruled.", "Arresting"),
    ],
)
def test_a_fronted_gerund_is_not_the_reporters_act(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in doc.events if e.trigger_text == trigger and e.source_actor], events(doc)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Visiting troops in Iraq, the American president praised the Iraqi army, "
            "the White House said.",
            "Visiting",
            "USA",
        ),
        (
            "Speaking to reporters in Kyiv, the Ukrainian president accused Russia of war crimes.",
            "accused",
            "UKR",
        ),
    ],
)
def test_an_opening_participle_stays_the_subjects(code_all, text, trigger, source):
    doc = code_all(text)
    hits = [e for e in doc.events if e.trigger_text == trigger]
    assert hits and (hits[0].source_actor or "").startswith(source), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Women hold only a quarter of the seats in parliament and a fifth of cabinet jobs.",
        "Women hold less than a tenth of the top positions in banks, the police and the unions.",
        "Foreign investors hold a majority of the shares in the Indian firm.",
    ],
)
def test_offices_and_shares_held_are_no_detention(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "173"], events(doc)


def test_people_held_stay_detained(code_all):
    doc = code_all("Israeli police held three Palestinian protesters at the station for hours.")
    assert [e for e in doc.events if e.code == "173"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition MPs bombarded the foreign minister with questions about the deal.",
        "Voters bombarded the French embassy with a barrage of requests for visas.",
    ],
)
def test_bombarding_with_words_is_no_shelling(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "194"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces bombarded the Ukrainian city of Kharkiv despite calls for a ceasefire.",
        "Syrian artillery bombarded rebel positions with rockets on Sunday.",
    ],
)
def test_shelling_stays(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "194"], events(doc)


def test_treatment_withdrawn_from_a_patient_is_no_yielding(code_all):
    doc = code_all("French doctors withdrew treatment from the British patient after the ruling.")
    assert not [e for e in doc.events if e.code == "080"], events(doc)


def test_another_first_name_before_a_known_surname_is_someone_else(code_all):
    doc = code_all(
        "Jack McConnell, Scotland's first minister, praised the Scottish police on Wednesday."
    )
    praised = [e for e in doc.events if e.trigger_text == "praised"]
    assert not [e for e in praised if (e.source_actor or "").startswith("USA")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Mitch McConnell praised the Scottish police on Wednesday.",
        "Senator McConnell praised the Scottish police on Wednesday.",
        "Joseph Biden praised the Scottish police on Wednesday.",
    ],
)
def test_the_persons_own_name_or_title_stays(code_all, text):
    doc = code_all(text)
    praised = [e for e in doc.events if e.trigger_text == "praised"]
    assert [e for e in praised if (e.source_actor or "").startswith("USA")], events(doc)
