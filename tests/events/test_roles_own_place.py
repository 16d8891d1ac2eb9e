"""A country-less role placed by a place named with it, before the dateline (issue #9, helper
roles34): the role's own "in PLACE", its clause's place (any town the gazetteer knows), and
for people of no state where they acted; a venue or a place a role was taken to is not theirs.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

WASHINGTON = "WASHINGTON (Reuters) - The Senate passed the bill on Monday. "
TOKYO = "TOKYO (Reuters) - Japan's prime minister met business leaders on Monday. "


def _event(doc, trigger: str):
    return next(e for e in doc.events if e.trigger_text == trigger)


def test_police_in_a_town_abroad_are_that_towns_not_the_datelines(code_all):
    doc = code_all(WASHINGTON + "Police in Leeds arrested two men on Tuesday over the stabbing.")
    arrest = _event(doc, "arrested")
    assert arrest.source_actor == "GBRCOP", arrest.rule
    assert "place in its own phrase 'Leeds' -> GBR" in arrest.rule


def test_the_clauses_town_places_the_police_and_the_protesters(code_all):
    doc = code_all(
        WASHINGTON + "Riot police detained dozens of protesters at a march in Lyon on Saturday."
    )
    detained = _event(doc, "detained")
    assert (detained.source_actor, detained.target_actor) == ("FRACOP", "FRACVL"), detained.rule


def test_a_gunman_is_placed_where_he_opened_fire(code_all):
    doc = code_all(
        TOKYO + "He also sent his condolences to the families of a gunman who shot nine people "
        "at a school in Oregon."
    )
    condolences = next(e for e in doc.events if e.code == "018")
    assert condolences.target_actor.startswith("USA"), condolences.rule


def test_people_detained_abroad_are_not_of_the_place_they_were_held(code_all):
    doc = code_all(TOKYO + "He praised the two students who were detained in Ohio last month.")
    praise = _event(doc, "praised")
    assert not praise.target_actor.startswith("USA"), praise.rule


def test_a_conference_town_is_a_venue_not_the_speakers_country(code_all):
    doc = code_all(
        WASHINGTON + "Officials said at a conference in Lyon that they would criticize the plan."
    )
    criticism = next(e for e in doc.events if e.code == "111")
    assert criticism.source_actor == "USAGOV", criticism.rule
