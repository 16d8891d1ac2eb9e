"""issue #9 actors46, the actor book: a campaign's people ("operatives", "staffers",
"strategists") are the party's (PTY), as a campaign is; an intelligence operative stays the
intelligence service's.

Phrases written for these tests in the style of news."""

from __future__ import annotations

import pytest

from redline.actors import load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    "phrase",
    ["multiple operatives", "campaign staffers", "a Democratic strategist", "the staffer",
     "two Republican operatives"],
)  # fmt: skip
def test_campaign_people_are_the_party(book, phrase):
    match = book.lookup(phrase)
    assert match is not None and match.sector == "PTY", (phrase, match)


def test_an_intelligence_operative_is_not_a_campaign_one(book):
    match = book.lookup("a former intelligence operative")
    assert match is not None and match.sector == "SPY", match
