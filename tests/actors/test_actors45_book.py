"""issue #9 actors45, the actor book:

- the European Court of Human Rights as news names it short ("the European rights court", "the
  Strasbourg court", "the Human Rights Court") is the Council of Europe's court, never the home
  country's judiciary a bare "court" gives;
- the Open Society Foundations (and their older name, the Open Society Institute) are a
  non-governmental body of no country, not one of the countries they work in;
- an undated text that titles a person with several posts ("Labour leader Sir Keir Starmer")
  speaks of the post its title names, not of the person's latest one.

Phrases written for these tests in the style of news."""

from __future__ import annotations

import pytest

from redline.actors import load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    "phrase",
    [
        "the European human rights court",
        "the European rights court",
        "the Strasbourg court",
        "the Strasbourg-based court",
        "the Human Rights Court",
        "the European Court of Human Rights",
    ],
)
def test_the_strasbourg_court_is_the_council_of_europe(book, phrase):
    match = book.lookup(phrase)
    assert match is not None, phrase
    assert match.code == "IGOEURCOE", match.rule


def test_a_home_court_stays_the_home_judiciary(book):
    match = book.lookup("the Supreme Court")
    assert match is not None
    assert match.code.endswith("JUD"), match.rule


@pytest.mark.parametrize(
    ("phrase", "code", "title"),
    [
        ("Labour leader Sir Keir Starmer", "GBROPP", "opposition leader"),
        ("Foreign Secretary Boris Johnson", "GBRGOV", "foreign secretary"),
    ],
)
def test_an_undated_title_gives_its_post(book, phrase, code, title):
    match = book.lookup(phrase)
    assert match is not None, phrase
    assert match.code == code, match.rule
    assert f"{title} the post the title" in match.rule, match.rule


def test_an_undated_name_alone_keeps_the_latest_post(book):
    match = book.lookup("Keir Starmer")
    assert match is not None
    assert match.code == "GBRGOV", match.rule


def test_a_dated_title_keeps_the_post_of_the_day(book):
    match = book.lookup("Labour leader Sir Keir Starmer", date="2025-03-01")
    assert match is not None
    assert match.code == "GBRGOV", match.rule


def test_a_former_post_named_undated_is_held_no_more(book):
    match = book.lookup("former Foreign Secretary Boris Johnson")
    assert match is not None
    assert match.code == "GBRELI", match.rule


@pytest.mark.parametrize("phrase", ["the Open Society Foundations", "the Open Society Institute"])
def test_the_open_society_foundations_are_no_country(book, phrase):
    match = book.lookup(phrase)
    assert match is not None, phrase
    assert match.code == "NGO", match.rule
