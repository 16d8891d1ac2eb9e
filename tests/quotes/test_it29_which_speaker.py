"""issue #10 it29: a "which" clause on a name that is no body or people (and "which" is never a
person's) and that the actor book does not know reports nothing: on an unseen BBC article a
piece of software became a speaker through "which threatens to ...". Sentences written for
these tests."""

from __future__ import annotations


def _speakers(quotes) -> list[str]:
    return [q.speaker or "" for q in quotes]


def test_software_named_before_which_is_no_speaker(quotes_of):
    quotes = quotes_of(
        "Server makers are turning to Linux, which threatens to overtake the older systems in "
        "Europe."
    )
    assert "Linux" not in _speakers(quotes), quotes


def test_a_currency_named_before_which_is_no_speaker(quotes_of):
    quotes = quotes_of(
        "The bank is losing customers to Bitcoin, which threatens to undermine its payments "
        "business."
    )
    assert "Bitcoin" not in _speakers(quotes), quotes


def test_a_country_named_before_which_still_speaks(quotes_of):
    quotes = quotes_of("The ministry criticised China, which said it would retaliate.")
    assert "China" in _speakers(quotes), quotes


def test_a_company_named_before_which_still_speaks(quotes_of):
    quotes = quotes_of(
        "Shares fell after a profit warning from Unilever, which said demand would slow."
    )
    assert "Unilever" in _speakers(quotes), quotes
