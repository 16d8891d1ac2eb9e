"""Whole web pages, the genre of check19 (issue #9, helper web48): a speaker placed by the
advocacy body or international organisation he works at, a visit to a border one's own country
shares. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events, offsets_hold

pytestmark = pytest.mark.model


def _at(doc, *triggers):
    return [e for e in doc.events if e.trigger_text in triggers]


# -- the body a speaker works "at" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        (
            '"The government must free the jailed reporters," said Maria Olsen, a researcher at'
            " Amnesty International.",
            "free",
            "NGOHRIAMN",
        ),
        (
            '"The police must stop beating protesters," said Omar Haddad, Gulf director at Human'
            " Rights Watch.",
            "stop",
            "NGOHRI",
        ),
        (
            '"The army must end these attacks on villages," said Paul Kerr, Deputy Director for'
            " Europe and Central Asia at Amnesty International.",
            "end",
            "NGOHRIAMN",
        ),
    ],
)
def test_a_speaker_is_placed_by_the_ngo_he_works_at(code_all, text, trigger, code):
    doc = code_all(text)
    found = [e for e in doc.events if trigger in e.trigger_text]
    assert found and all(e.source_actor == code for e in found), events(doc)
    offsets_hold(doc)


@pytest.mark.parametrize(
    "text",
    [
        '"Investors should sell now," said Dana Webb, head of wealth planning at Wells Fargo.',
        "Li Wei, a doctoral candidate at the Georgia Institute of Technology, urged Chinese"
        " students not to rush to judgment.",
    ],
)
def test_a_company_or_a_university_places_no_speaker(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if (e.source_actor or "").startswith(("NGO", "IGO", "GEO"))]
    assert not [e for e in doc.events if e.source_actor == "USABUS" and "Webb" in text]


# -- a border one's own country shares ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Cruz visited the U.S.-Mexico border near El Paso on Friday.",
        "President Trump toured the U.S.-Mexico border wall in California.",
        "Indian Prime Minister Narendra Modi visited the India-Pakistan border on Monday.",
    ],
)
def test_a_visit_to_ones_own_border_is_no_visit_abroad(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "visited", "toured") if e.code.startswith("04")], events(doc)


def test_a_border_visited_names_no_host_country(code_all):
    # kinds49's sense rule (merged after web48): a border visited is a place, so not even a
    # third country's visitor is read as visiting the country its name ends with
    doc = code_all("German Chancellor Angela Merkel visited the Turkey-Syria border on Monday.")
    assert not [e for e in _at(doc, "visited") if e.target_actor == "SYR"], events(doc)


# -- charges faced "in" a country -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "court", "target"),
    [
        (
            "LONDON (Reuters) - The Australian activist faces 18 criminal charges in the United"
            " States.",
            "USAJUD",
            "AUS",
        ),
        ("MADRID (Reuters) - The former minister faces fraud charges in Portugal.", "PRTJUD", ""),
    ],
)
def test_charges_faced_in_a_country_are_its_courts(code_all, text, court, target):
    doc = code_all(text)
    found = [e for e in _at(doc, "charges") if e.code == "173"]
    assert found and all(e.source_actor == court for e in found), events(doc)
    assert all((e.target_actor or "").startswith(target) for e in found), events(doc)
    assert not [e for e in found if e.target_actor in ("USA", "PRT")], events(doc)
    offsets_hold(doc)


def test_charges_with_no_country_named_stay_the_articles(code_all):
    doc = code_all("MADRID (Reuters) - The former minister faces charges of fraud.")
    assert [e for e in _at(doc, "charges") if e.source_actor == "ESPJUD"], events(doc)


# -- the place an unnamed site is in --------------------------------------------------------------


def test_a_site_visited_in_a_territory_is_a_visit_to_it(code_all):
    doc = code_all(
        "Netanyahu visited the Gush Etzion settlement bloc in the West Bank south of Jerusalem"
        " on Tuesday."
    )
    assert [e for e in _at(doc, "visited") if e.code == "042" and e.target_actor == "PSE"], events(
        doc
    )
    offsets_hold(doc)
