"""Places geocoded offline, disambiguated by the article's context; the dateline; event places."""

from __future__ import annotations

from redline.enrich import geocode_places, lookup_place
from redline.model import Entity, check_offsets


def places_by_text(doc):
    return {p.text: p for p in doc.places}


def test_places_alternate_spelling_is_the_same_city(parse):
    doc = geocode_places(parse("Explosions were heard in Kiev and later in Kharkov."))
    places = places_by_text(doc)
    assert places["Kiev"].name == "Kyiv"
    assert places["Kiev"].country == "UKR"
    assert places["Kharkov"].name == "Kharkiv"
    assert places["Kiev"].kind == "city"
    assert 50 < places["Kiev"].latitude < 51 and 30 < places["Kiev"].longitude < 31
    assert check_offsets(doc) == []


def test_places_washington_beside_us_is_the_capital(parse):
    doc = geocode_places(parse("U.S. officials in Washington rejected the offer."))
    washington = places_by_text(doc)["Washington"]
    assert washington.country == "USA"
    assert washington.kind == "city"
    assert 38 < washington.latitude < 39.5  # D.C., not the state on the Pacific


def test_places_context_decides_between_country_and_us_state(parse):
    us_text = "Voters in Atlanta, Georgia, waited for hours, U.S. media said."
    us_doc = geocode_places(parse(us_text))
    assert places_by_text(us_doc)["Georgia"].country == "USA"
    assert places_by_text(us_doc)["Georgia"].kind == "region"
    doc = geocode_places(parse("Protesters in Tbilisi demanded that Georgia join the EU."))
    assert places_by_text(doc)["Georgia"].country == "GEO"
    assert places_by_text(doc)["Georgia"].kind == "country"


def test_places_actor_codes_count_as_context():
    alone = lookup_place("Birmingham")
    assert alone is not None and alone[0].country == "GB"
    american = lookup_place("Birmingham", frozenset({"US"}))
    assert american is not None and american[0].country == "US"


def test_places_actor_code_on_an_entity_gives_context(parse):
    doc = parse("Birmingham police arrested two men, the Pentagon said.")
    doc.entities = [
        e if e.text != "Pentagon" else Entity(e.start, e.end, e.text, e.label, actor="USAMIL")
        for e in doc.entities
    ]
    if not any(e.actor for e in doc.entities):  # the parse may not tag "the Pentagon"
        start = doc.text.index("Pentagon")
        doc.entities.append(Entity(start, start + 8, "Pentagon", "ORG", actor="USAMIL"))
    doc = geocode_places(doc)
    assert places_by_text(doc)["Birmingham"].country == "USA"


def test_places_regions_and_countries(parse):
    text = "Shelling hit the Donetsk region, and sirens sounded in Crimea and across Ukraine."
    doc = geocode_places(parse(text))
    places = places_by_text(doc)
    assert places["Crimea"].kind == "region" and places["Crimea"].country == "UKR"
    assert places["Ukraine"].kind == "country"
    donetsk = lookup_place("Donetsk region")
    assert donetsk is not None and donetsk[0].kind == "region" and donetsk[0].country == "UA"


def test_places_region_word_after_a_city_entity(parse):
    doc = parse("Fighting continued in the Kherson region.")
    start = doc.text.index("Kherson")
    doc.entities = [Entity(start, start + 7, "Kherson", "GPE")]
    doc = geocode_places(doc)
    assert [(p.text, p.kind, p.country) for p in doc.places] == [
        ("Kherson region", "region", "UKR")
    ]


def test_places_dateline_in_text(parse):
    doc = geocode_places(parse("KYIV, Ukraine (AP) — Drones struck a power plant overnight."))
    assert doc.meta["dateline_place"]["name"] == "Kyiv"
    assert doc.places[0].text == "KYIV" and doc.places[0].start == 0


def test_places_dateline_header_not_in_text_goes_to_meta(parse):
    doc = parse("Drones struck a power plant overnight.", dateline="ODESSA, Ukraine")
    doc = geocode_places(doc)
    assert doc.meta["dateline_place"]["name"] == "Odesa"
    assert doc.meta["dateline_place"]["in_text"] is False
    assert all(p.text != "ODESSA, Ukraine" for p in doc.places)


def test_places_event_place_prefers_locative_phrase(parse, sentence_event):
    doc = parse("Russia launched drones at targets in Odesa.")
    doc.events = [sentence_event(doc, 0, "launched")]
    doc = geocode_places(doc)
    assert doc.events[0].place == "Odesa"
    assert doc.meta["event_places"][0]["rule"].startswith("locative")


def test_places_event_without_a_place_keeps_none(parse, sentence_event):
    doc = parse("The minister resigned. Crowds gathered in Nairobi.")
    doc.events = [sentence_event(doc, 0, "resigned")]
    doc = geocode_places(doc)
    assert doc.events[0].place is None
