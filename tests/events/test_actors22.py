"""Actors, twenty-second round (issues #9/#10 actors22): the actors of events coded with the
right root. An object pronoun is never its own clause's subject ("Turnbull praised him" is not
Turnbull praising himself); a hospital named after the country that built it stands where it
stands; a Jewish community's Board of Deputies is no legislature; the IOC is a body of its own;
a traveller is not from the place they arrive in; insurers, lenders and airlines are business;
"other nations, including France" is France, "countries such as France and Germany" those two.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_an_object_pronoun_is_not_the_subject_of_its_verb(code_all):
    doc = code_all(
        "JAKARTA (Reuters) - Indonesian President Joko Widodo has pushed through a new fisheries "
        "law. Australian Prime Minister Malcolm Turnbull praised him in a phone call on Tuesday "
        "for the reform.",
        published="2017-11-14",
    )
    praised = first_triggered(doc, "praised")
    assert (praised.source_actor or "")[:3] == "AUS", dyads(doc)
    assert (praised.target_actor or "")[:3] == "IDN", dyads(doc)


def test_an_infinitive_shares_the_subject_the_pronoun_is_not(code_all):
    doc = code_all(
        "HANOI (Reuters) - Chinese President Xi Jinping arrived in Hanoi on Friday for the "
        "regional summit. Japanese Prime Minister Shinzo Abe wants to meet him on the sidelines.",
        published="2017-11-10",
    )
    meet = first_triggered(doc, "meet")
    assert (meet.source_actor or "")[:3] == "JPN", dyads(doc)
    assert (meet.target_actor or "")[:3] == "CHN", dyads(doc)


def test_the_one_asked_is_the_infinitives_subject_not_the_asker(code_all):
    doc = code_all(
        "BEIJING (Reuters) - U.S. President Donald Trump met Chinese President Xi Jinping on "
        "Thursday. Trump wants Xi to support him on North Korea.",
        published="2017-11-09",
    )
    wants = first_triggered(doc, "wants")
    assert (wants.target_actor or "")[:3] == "USA", dyads(doc)


def test_a_hospital_named_after_a_country_stands_where_it_is(code_all):
    doc = code_all(
        "RAFAH, Gaza Strip (Reuters) - An Israeli air strike hit the Kuwaiti Hospital in Rafah on "
        "Sunday, medics said.",
        published="2024-05-12",
    )
    hit = first_triggered(doc, "hit")
    assert (hit.source_actor or "")[:3] == "ISR", dyads(doc)
    assert not (hit.target_actor or "").startswith("KWT"), dyads(doc)
    assert (hit.target_actor or "").startswith("PSE"), dyads(doc)


def test_a_board_of_deputies_is_no_legislature(code_all):
    doc = code_all(
        "LONDON (Reuters) - The Board of Deputies of British Jews criticised the Labour party on "
        "Tuesday.",
        published="2019-11-26",
    )
    criticised = first_triggered(doc, "criticised")
    assert criticised.source_actor == "GBRREL", dyads(doc)


def test_the_olympic_committee_is_a_body_of_its_own(code_all):
    doc = code_all(
        "LONDON (Reuters) - Inspectors from the International Olympic Committee arrived in London "
        "on Tuesday. The IOC team will tour the proposed Olympic sites on Wednesday.",
        published="2005-02-15",
    )
    sources = {e.source_actor for e in doc.events}
    assert any((s or "").startswith("NGO") for s in sources), dyads(doc)
    assert not any((s or "").startswith("GBR") for s in sources), dyads(doc)


def test_a_traveller_is_not_from_where_they_arrive(code_all):
    doc = code_all(
        "PARIS (Reuters) - Farm union chiefs arrived in Berlin on Monday for talks with German "
        "ministers.",
        published="2019-03-04",
    )
    arrived = first_triggered(doc, "arrived")
    assert (arrived.source_actor or "")[:3] == "FRA", dyads(doc)
    assert (arrived.target_actor or "")[:3] == "DEU", dyads(doc)


def test_insurers_are_business(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Health insurers criticized the new rules on Tuesday, saying they "
        "would raise premiums.",
        published="2017-10-17",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USABUS", dyads(doc)


def test_nations_including_one_country_act_as_that_country(code_all):
    doc = code_all(
        "BRUSSELS (Reuters) - Several European governments, including Germany, criticized the "
        "plan on Monday.",
        published="2018-03-05",
    )
    criticized = first_triggered(doc, "criticized")
    assert (criticized.source_actor or "")[:3] == "DEU", dyads(doc)


def test_countries_such_as_two_named_are_those_two(code_all):
    doc = code_all(
        "PARIS (Reuters) - Western countries such as France and Germany have accused Russia of "
        "meddling in their elections.",
        published="2017-12-01",
    )
    accusers = {(e.source_actor or "")[:3] for e in doc.events if e.trigger_text == "accused"}
    assert {"FRA", "DEU"} <= accusers, dyads(doc)
