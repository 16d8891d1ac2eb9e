"""issue #9 health29: a unit every body has ("division") is the body's that owns it, named
before it with a possessive: a company's division is a business, not the military; a hotel
named with a role word ("Premier Inn") is no government. The phrases are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("the company's cable division", "---BUS"),
        ("the bank's lending division", "---BUS"),
        ("the firms' retail divisions", "---BUS"),
        ("the police's fraud division", "---COP"),
    ],
)
def test_a_bodys_division_is_the_bodys(book, phrase, code):
    match = book.lookup(phrase, date="2024-03-01")
    assert match is not None and match.code == code, match and match.rule


@pytest.mark.parametrize(
    "phrase",
    [
        "the 3rd Infantry Division",
        "a Russian tank division",
        "Russia's 5th division",
        "a company of the 82nd Airborne Division",
    ],
)
def test_an_army_division_stays_military(book, phrase):
    match = book.lookup(phrase, date="2024-03-01")
    assert match is not None and match.code.endswith("MIL"), match and match.rule


@pytest.mark.parametrize("phrase", ["Premier Inn", "the Premier Inn chain", "the President Hotel"])
def test_a_hotel_named_with_a_role_word_is_no_government(book, phrase):
    match = book.lookup(phrase, date="2024-03-01")
    assert match is None or not match.code.endswith("GOV"), match.rule


def test_a_premier_is_still_the_government(book):
    match = book.lookup("the Chinese premier", date="2024-03-01")
    assert match is not None and match.code == "CHNGOV", match and match.rule
