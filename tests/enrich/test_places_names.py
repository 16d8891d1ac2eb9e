"""Place names among other names (issue #10, own place gold): US states against countries,
countries inside hyphenated compounds, "City, State", place names that begin an organisation's
name, surnames, and countries acting as governments never an event's place."""

from __future__ import annotations

import pytest

from redline.enrich.places import lookup_place
from redline.model import check_offsets

US_STORY = (
    "ATLANTA (Reuters) - Georgia's Republican governor said on Tuesday the state would sue over "
    "the new rules, joining officials in New Jersey who filed a similar complaint last month.\n\n"
    "Hundreds of people clustered around the city of Dover, New Hampshire, on Saturday to "
    "protest the deportations. The company owns properties in New York, Virginia and Florida.\n\n"
    "A U.S. District Court judge in Boston on Friday delayed the removals. Senator Marco Rubio "
    "of Florida said in a letter to Rubio's colleagues that the case was being watched closely "
    "at the White House. The hearing will be held in Washington, D.C., next week.\n\n"
    "Manafort, who lives in Alexandria, Virginia, will be allowed to leave his home in "
    "Alexandria for medical appointments. Most state officials declined to comment."
)

RELATIONS = (
    "WASHINGTON (Reuters) - Michael Flynn discussed U.S. sanctions on Russia with the Russian "
    "ambassador in December, officials said. He had promised to improve U.S.-Russia relations "
    "and investigators are looking at all things Trump-Russia, a person familiar with the inquiry "
    "said."
)


@pytest.fixture(scope="module")
def coded(code_text):
    return {
        "us": code_text(US_STORY, published="2017-12-21"),
        "relations": code_text(RELATIONS, published="2017-12-01"),
    }


def places_at(doc, text):
    return [p for p in doc.places if p.text == text]


def test_places_names_offsets_give_the_text(coded):
    for doc in coded.values():
        assert check_offsets(doc) == []
        for p in doc.places:
            assert doc.text[p.start : p.end] == p.text


def test_places_names_us_states_are_not_countries_in_a_us_story(coded):
    doc = coded["us"]
    georgia = places_at(doc, "Georgia")
    assert georgia and all(p.country == "USA" and p.kind == "region" for p in georgia), georgia
    jersey = places_at(doc, "New Jersey")
    assert jersey and jersey[0].country == "USA" and jersey[0].geonameid == 5101760, jersey
    assert not any(p.country in ("GEO", "JEY") for p in doc.places)


def test_places_names_city_qualified_by_its_state(coded):
    dover = places_at(coded["us"], "Dover")
    assert dover and dover[0].geonameid == 5085520, dover  # Dover, NH, not Dover, Delaware


def test_places_names_new_york_beside_states_is_the_state(coded):
    new_york = places_at(coded["us"], "New York")
    assert new_york and new_york[0].kind == "region" and new_york[0].geonameid == 5128638


def test_places_names_washington_dc_is_one_mention(coded):
    dc = places_at(coded["us"], "Washington, D.C.")
    assert dc and dc[0].geonameid == 4140963, [p.text for p in coded["us"].places]


def test_places_names_not_inside_names_surnames_or_buildings(coded):
    doc = coded["us"]
    texts = [p.text for p in doc.places]
    us = [p for p in doc.places if p.text == "U.S."]
    assert not us, "U.S. in 'U.S. District Court' is part of the court's name"
    assert "Boston" in texts
    assert "Most" not in texts  # "Most state officials": not Most, Czech Republic
    assert "Rubio" not in texts  # the senator, not Rubio, Venezuela
    white_house = places_at(doc, "White House")  # kept by name as a locative, never geocoded
    assert all(p.latitude is None and p.geonameid is None for p in white_house), white_house


def test_places_names_countries_inside_hyphenated_compounds(coded):
    doc = coded["relations"]
    start = doc.text.index("U.S.-Russia")
    spans = {(p.start, p.end): p for p in doc.places}
    assert spans[(start, start + 4)].country == "USA"
    assert spans[(start + 5, start + 11)].country == "RUS"
    trump_russia = doc.text.index("Trump-Russia") + len("Trump-")
    assert spans[(trump_russia, trump_russia + 6)].country == "RUS"
    assert not any(p.text in ("U.S.-Russia", "Trump") for p in doc.places)


def test_places_names_country_as_party_is_never_the_event_place(coded):
    doc = coded["relations"]
    for event in doc.events:
        assert event.place not in ("Russia", "United States"), event


def test_places_names_bare_city_keeps_the_sense_its_state_gave_it(coded):
    alexandria = places_at(coded["us"], "Alexandria")
    assert len(alexandria) == 2 and {p.country for p in alexandria} == {"USA"}, alexandria


def test_places_names_context_does_not_turn_a_world_city_into_a_small_town():
    assert lookup_place("Geneva", frozenset({"US", "RU"}))[0].country == "CH"
    assert lookup_place("Birmingham", frozenset({"US"}))[0].country == "US"  # comparable size
