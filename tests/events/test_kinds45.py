"""Wrong kinds of event, fifth round (issue #9, helper kinds45): a legislature funding "the
government" read as aid, a candidate who "beat" a rival read as an assault, the vote an
investigated act took place in read as a party to the investigation, one "surrounded by"
officials read as besieged. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _at(doc, *triggers):
    return [e for e in doc.events if e.trigger_text in triggers]


def _countries(evs):
    return {(e.target_actor or "")[:3] for e in evs}


# -- "fund the government": a budget, no aid ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The House approved legislation funding the government until mid-December, averting a "
        "shutdown.",
        "The Senate passed a stopgap measure funding the government through March 3.",
    ],
)
def test_funding_the_government_is_no_aid(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "funding") if e.code == "071"], events(doc)


def test_funding_another_countrys_government_stays_aid(code_all):
    doc = code_all("Washington funded the Afghan government for two decades.")
    assert [e for e in _at(doc, "funded") if e.code == "071"], events(doc)


# -- a rival beaten at the polls ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jensen, a former investment banker, beat Republican Lieutenant Governor Kim Hale, who "
        "lagged in fundraising.",
        "Turning to the general election, he said he was best suited to draw support from "
        "independents and beat Hillary Clinton.",
    ],
)
def test_a_rival_beaten_in_a_sentence_of_a_campaign_is_no_assault(code_all, text):
    doc = code_all(text)
    assert not _at(doc, "beat"), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Police beat the protesters with batons outside the parliament.",
        # an armed word keeps the assault in a sentence of an election
        "After the disputed election, police beat opposition supporters in the capital.",
    ],
)
def test_a_beating_stays_an_assault(code_all, text):
    doc = code_all(text)
    assert [e for e in _at(doc, "beat") if e.code.startswith("18")], events(doc)


# -- the vote meddled in is no party to the investigation ---------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "meddler"),
    [
        (
            "Federal investigators probing Russian interference in the 2016 U.S. election "
            "charged the lobbyist with money laundering on Monday.",
            "probing",
            "RUS",
        ),
        (
            "The senator said the indictments do not change his panel's investigation of "
            "potential Russian meddling in the 2016 U.S. election.",
            "investigation",
            "RUS",
        ),
        (
            "A House committee investigating suspected Iranian interference in Iraq's "
            "elections summoned the ambassador.",
            "investigating",
            "IRN",
        ),
    ],
)
def test_the_vote_meddled_in_is_no_party(code_all, text, trigger, meddler):
    doc = code_all(text)
    assert _countries(_at(doc, trigger)) == {meddler}, events(doc)


def test_an_act_joined_to_the_vote_is_still_investigated(code_all):
    doc = code_all(
        "The charges stem from the special counsel's probe of Russian interference in the "
        "2016 presidential election and possible collusion with the Trump campaign."
    )
    assert _countries(_at(doc, "probe")) == {"RUS", "USA"}, events(doc)


# -- surrounded by officials: company, no siege -------------------------------------------------


def test_surrounded_by_officials_is_no_siege(code_all):
    doc = code_all(
        "The president signed the bill at a ceremony in the White House surrounded by "
        "high-ranking defense officials."
    )
    assert not _at(doc, "surrounded"), events(doc)


def test_troops_surrounding_a_town_besiege_it(code_all):
    doc = code_all("Government troops surrounded the rebel-held town of Idlib on Friday.")
    assert [e for e in _at(doc, "surrounded") if e.code.startswith("19")], events(doc)
