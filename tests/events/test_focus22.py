"""Actors, issue #9/#10 focus22: an office the United States has not (a prime minister, a
minister of any kind, a parliament) in a U.S.-datelined story is not the home's: it takes the
country the passage names (the nearest before it in its own sentence, else the one other
country of a sentence before), else no country.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_a_prime_minister_in_a_washington_story_is_the_passage_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. officials voiced concern on Tuesday over arrests in Hungary. "
        "Vice President Mike Pence met Prime Minister Laszlo Varga at the White House.",
        published="2017-11-20",
    )
    met = first_triggered(doc, "met")
    assert met.target_actor == "HUNGOV", dyads(doc)
    assert "an office the home has not" in met.rule


def test_a_minister_with_no_country_named_is_not_the_home(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The U.S. trade representative said on Monday talks had gone well. "
        "The minister criticized the tariffs.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert not (criticized.source_actor or "").startswith("USA"), dyads(doc)


def test_a_senator_stays_at_home(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Talks with Canada on trade resumed on Monday. "
        "A senator criticized the tariffs.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert (criticized.source_actor or "").startswith("USA"), dyads(doc)


def test_the_prime_minister_named_again_keeps_the_passage_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. officials voiced concern on Tuesday over arrests in Hungary. "
        "Vice President Mike Pence met Prime Minister Laszlo Varga at the White House. "
        "Varga criticized the tariffs.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "HUNGOV", dyads(doc)
