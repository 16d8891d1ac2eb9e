"""Places in context (issue #10 item 3): regions, alternate names, people not geocoded, and
capitals acting as governments kept out of event places."""

from __future__ import annotations

import pytest

from redline.enrich.places import lookup_place
from redline.model import check_offsets

CANADA = (
    "Prime Minister Mark Carney said on Tuesday that Ontario and Alberta would share the cost of "
    "new pipelines. Carney spoke in Ottawa after meeting provincial premiers.\n\n"
    "Canada has allowed Kyiv to use its armoured vehicles near the front, officials said."
)

WAR = (
    "Russian forces shelled the town of Vovchansk on Sunday, Ukrainian officials said. "
    "Drones also struck an oil depot in the Kursk region, and two people were killed in Kiev."
)


@pytest.fixture(scope="module")
def coded(code_text):
    return {
        "canada": code_text(CANADA, published="2025-06-03"),
        "war": code_text(WAR, published="2024-08-20"),
    }


def places_by_text(doc):
    return {p.text: p for p in doc.places}


def test_places_context_person_surname_is_not_geocoded(coded):
    doc = coded["canada"]
    assert check_offsets(doc) == []
    assert "Carney" not in places_by_text(doc)
    assert any(m.text == "Carney" and m.type == "person" for m in doc.mentions)


def test_places_context_provinces_are_canadian_regions(coded):
    places = places_by_text(coded["canada"])
    for name in ("Ontario", "Alberta"):
        assert places[name].country == "CAN" and places[name].kind == "region", places[name]


def test_places_context_capital_acting_is_not_the_event_place(coded):
    doc = coded["canada"]
    for event in doc.events:
        if "allowed Kyiv" in event.text:
            assert event.place != "Kyiv", event


def test_places_context_region_suffix_and_old_spelling(coded):
    places = places_by_text(coded["war"])
    assert places["Kursk region"].country == "RUS" and places["Kursk region"].kind == "region"
    assert places["Kiev"].name == "Kyiv" and places["Kiev"].country == "UKR"


def test_places_context_described_place_is_kept_without_coordinates(coded):
    doc = coded["war"]
    town = places_by_text(doc).get("Vovchansk")
    assert town is not None, [p.text for p in doc.places]
    if town.kind == "unresolved":
        assert town.latitude is None and town.rule == "named-place-not-in-gazetteer"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Alberta", "CA"), ("Kharkov", "UA"), ("Kursk oblast", "RU"), ("Bavaria", "DE")],
)
def test_places_context_gazetteer_knows_regions_and_old_names(name, country):
    found = lookup_place(name)
    assert found is not None and found[0].country == country


def test_places_context_country_focus_chooses_homonym():
    assert lookup_place("Ontario", frozenset({"CA"}))[0].country == "CA"
