"""issue #9/#10 read54: names BBC business stories of 2004-05 gave wrong. Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Mikhail Khodorkovsky", "2002-05-01", "RUSBUS"),
        ("Mikhail Khodorkovsky", "2005-01-20", "RUS"),
        ("Khodorkovsky", "2016-03-01", "RUSOPP"),
    ],
)
def test_the_yukos_head_by_date(book, name, date, code):
    match = book.lookup(name, date=date)
    assert match is not None and match.code == code, match


@pytest.mark.model
def test_a_firm_the_book_knows_is_no_person_for_a_lone_word_of_its_name(code_text):
    """ "Deutsche Boerse" tagged an organisation, with "Boerse" alone tagged a person later:
    the book's firm stays a firm (was a person with no actor, "person-shaped")."""
    text = (
        "Talks on the Deutsche Boerse offer stalled on Monday, and analysts said Boerse could "
        "walk away. Deutsche Boerse later criticised the London Stock Exchange."
    )
    doc = code_text(text)
    firms = [m for m in doc.mentions if m.text == "Deutsche Boerse"]
    assert firms and all(m.type == "organisation" and m.actor == "DEUBUS" for m in firms), [
        (m.text, m.type, m.actor, m.rule) for m in doc.mentions
    ]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("a three-judge panel", "---JUD"),
        ("a five-judge bench", "---JUD"),
    ],
)
def test_a_count_hyphened_to_a_role_word_keeps_the_role(book, phrase, code):
    """ "three-judge": the role word after a count's hyphen is read (was no match at all)."""
    match = book.lookup(phrase)
    assert match is not None and match.code == code, match


def test_a_two_state_solution_is_no_actor(book):
    assert book.lookup("a two-state solution") is None
