"""issue #9 actors49: bodies named "Congress" that are no legislature. A union federation ("the
Trade Unions Congress", "the Nigeria Labour Congress") is labour; the African National Congress
and India's Congress party are parties. "Congress" alone and a country's Congress stay the
legislature. Phrases written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("The Trade Unions Congress", "---LAB"),
        ("the Trade Union Congress", "---LAB"),
        ("the Nigeria Labour Congress", "NGALAB"),
        ("the Congress of Trade Unions", "---LAB"),
        ("the African National Congress", "ZAFPTY"),
        ("the ANC", "ZAFPTY"),
        ("the Indian National Congress", "INDPTY"),
        ("India's ruling Congress party", "INDPTY"),
    ],
)
def test_a_union_or_party_named_congress_is_no_legislature(book, phrase, code):
    match = book.lookup(phrase, date="2005-03-01")
    assert match is not None and match.code == code, match and match.rule


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Congress", "---LEG"), ("the US Congress", "USALEG"), ("the Peruvian Congress", "PERLEG")],
)
def test_the_legislature_named_congress_stays_one(book, phrase, code):
    match = book.lookup(phrase, date="2005-03-01")
    assert match is not None and match.code == code, match and match.rule
