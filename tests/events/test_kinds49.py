"""Wrong kinds of event, eighth round (issue #9, helper kinds49): a border visited read as a
visit to the country that names it, a candidate who "hits" a rival with words read as an armed
attack (also beside a "long-shot" campaign or "gun registration"), the other side's act in a
threat's if-clause read as done, and one who "came to the Senate" (took a seat) read as visiting
it. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _at(doc, *triggers):
    return [e for e in doc.events if e.trigger_text in triggers]


# -- a border visited is a place, not the country whose name qualifies it -------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The congressman visited the U.S.-Mexico border near El Paso last week.", "visited"),
        ("The pope made a visit to the border of Guatemala and Mexico on Sunday.", "made"),
        (
            "The president's attempt to make a surprise visit to the heavily fortified border "
            "separating North and South Korea was called off because of fog.",
            "make",
        ),
    ],
)
def test_a_border_visited_is_no_visit_to_a_country(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in _at(doc, trigger) if e.code.startswith("04")], events(doc)


def test_a_visit_to_a_capital_stays(code_all):
    doc = code_all("The Mexican foreign minister visited Washington on Monday.")
    assert [e for e in _at(doc, "visited") if e.code == "042"], events(doc)


def test_a_border_city_visited_stays_a_visit(code_all):
    doc = code_all("The Japanese prime minister visited the Chinese border city of Dandong.")
    assert [e for e in _at(doc, "visited") if e.code == "042"], events(doc)


# -- a person who "hits" a rival on an issue criticises -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton hit Bernie Sanders on guns at a rally in Ohio on Monday.",
        "Hillary Clinton on Monday hit Bernie Sanders on immigration, she hit him on guns, and "
        "she said his campaign was anxious.",
    ],
)
def test_a_rival_hit_on_an_issue_is_criticised(code_all, text):
    doc = code_all(text)
    hits = _at(doc, "hit")
    assert hits and all(e.code == "111" for e in hits), events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Hillary Clinton on Monday hit Bernie Sanders on immigration and mocked the Vermont "
            "senator's long-shot campaign.",
            "hit",
        ),
        (
            "She used to be for gun registration in New York, then she attacked President Obama "
            "in 2008 for being too tough on guns.",
            "attacked",
        ),
    ],
)
def test_a_long_shot_or_gun_registration_arms_no_one(code_all, text, trigger):
    doc = code_all(text)
    hits = _at(doc, trigger)
    assert hits and all(e.code == "111" for e in hits), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The gunman attacked the school in the morning.",
        "Israeli jets hit Hamas positions in Gaza on Sunday.",
        "Rebel fighters hit the convoy with rockets near the border.",
    ],
)
def test_an_armed_hit_stays_an_attack(code_all, text):
    doc = code_all(text)
    assert [e for e in _at(doc, "hit", "attacked") if e.code.startswith("19")], events(doc)


# -- the other side's act in a threat's if-clause -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The president has warned he would totally destroy North Korea if it threatened "
            "the United States or its allies.",
            "threatened",
        ),
        (
            "Turkey threatened to cut ties with Israel if it recognised Jerusalem as its capital.",
            "recognised",
        ),
        (
            "Tehran threatened to expel the inspectors if Washington imposed new sanctions on "
            "Iran.",
            "imposed",
        ),
    ],
)
def test_the_act_a_threat_is_conditioned_on_is_no_event(code_all, text, trigger):
    doc = code_all(text)
    assert not _at(doc, trigger), events(doc)


def test_the_threat_itself_stays(code_all):
    doc = code_all(
        "The president has warned he would totally destroy North Korea if it threatened the "
        "United States or its allies."
    )
    assert [e for e in _at(doc, "warned") if e.code.startswith("13")], events(doc)


def test_a_condition_told_by_no_threat_stays(code_all):
    doc = code_all(
        "Legal experts said if Trump pressured Comey to end the investigation, that could "
        "amount to obstruction."
    )
    assert [e for e in _at(doc, "pressured") if e.code == "100"], events(doc)


# -- one who came to the Senate took a seat there -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator ran a comedy club before she came to the Senate in 2009.",
        "Franken came to the Senate refusing most media interviews.",
    ],
)
def test_coming_to_the_senate_is_no_visit(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "came") if e.code.startswith("04")], events(doc)


def test_coming_to_a_capital_stays_a_visit(code_all):
    doc = code_all("The Chinese premier came to Berlin for talks with the chancellor.")
    assert [e for e in _at(doc, "came") if e.code == "042"], events(doc)
