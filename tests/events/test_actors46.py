"""issue #9 actors46: actors left unresolved or wrong under a right root.

- a relative clause on a noun that only describes someone named in its own clause acts for the
  one named: the subject of "be" the noun is the complement of ("X regularly attacks the
  government and is a fierce critic who has accused ..."), or the name it is in apposition to
  ("Tom Hardwick, a retired engineer who has accused ..."); not a quantity ("double the number
  who ...") nor a denied description ("he is not just a protest candidate who ...");
- a legal action brought at an international court named as a court ("filed a lawsuit at the
  European Court of Human Rights") is before that court, not the home country's judiciary.

Sentences written for these tests in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import first_with_trigger

pytestmark = pytest.mark.model


PUBLISHED = "2017-03-10"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "LONDON (Reuters) - Tom Hardwick, a retired engineer who has accused the ministry "
            "of ignoring safety warnings, spoke to reporters on Tuesday.",
            "GBR",
        ),
        (
            "PARIS (Reuters) - Jean Dupont regularly attacks the government and is a fierce "
            "critic who has accused Germany of bullying its neighbours.",
            "FRA",
        ),
    ],
)
def test_a_relative_clause_on_a_description_acts_for_the_one_named(code_text, text, country):
    doc = code_text(text, published=PUBLISHED)
    event = first_with_trigger(doc, "accused")
    assert event.source_actor == country, (event.source_actor, event.rule)
    assert "describes" in (event.rule or ""), event.rule
    assert doc.text[event.source_start : event.source_end] == event.source_text


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Smith says he is not just a protest candidate who criticizes "
        "Washington.",
        "WASHINGTON (Reuters) - Turnout was double the number who criticized Congress in 2014.",
    ],
)
def test_no_description_in_a_denial_or_a_quantity(code_text, text):
    doc = code_text(text, published=PUBLISHED)
    for event in doc.events:
        assert "describes" not in (event.rule or ""), event.rule


def test_a_suit_at_an_international_court_is_before_that_court(code_text):
    # the court is the Council of Europe's (IGOEURCOE), not the home judiciary (GBRJUD)
    doc = code_text(
        "LONDON (Reuters) - The families of two soldiers have filed a lawsuit at the European "
        "Court of Human Rights, their lawyer said on Tuesday.",
        published=PUBLISHED,
    )
    event = first_with_trigger(doc, "filed")
    assert event.target_actor == "IGOEURCOE", (event.target_actor, event.rule)
    assert doc.text[event.target_start : event.target_end] == event.target_text


def test_a_suit_with_no_court_named_stays_at_home(code_text):
    doc = code_text(
        "LONDON (Reuters) - The families of two soldiers filed a lawsuit on Tuesday, their "
        "lawyer said.",
        published=PUBLISHED,
    )
    event = first_with_trigger(doc, "filed")
    assert event.target_actor == "GBRJUD", (event.target_actor, event.rule)
