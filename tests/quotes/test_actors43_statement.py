"""issue #9/#10 actors43: a quotation said to be "the statement"'s ('“…,” the statement
added') is the body that spoke "in a statement" just before, not an unnamed speaker; never
when someone else spoke in between.

Sentences written for these tests in the style of wire news (invented bodies and people)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _quotes(code_text, text: str):
    doc = code_text(text, published="2017-11-08")
    return doc, [(q.speaker, q.actor, q.rule) for q in doc.quotes]


def test_the_statement_is_the_body_that_spoke_before(code_text):
    text = (
        'PARIS (Reuters) - "We will not give in," Alstom said in a statement on Monday. '
        '"We urge the government to reconsider," the statement said.'
    )
    doc, quotes = _quotes(code_text, text)
    assert len(quotes) == 2, quotes
    assert quotes[1][0] == "Alstom" and "statement->" in quotes[1][2], quotes
    urged = [e for e in doc.events if "urge" in (e.trigger_text or "")]
    assert urged and urged[0].source_actor == "FRABUS", [
        (e.trigger_text, e.source_actor, e.rule) for e in doc.events
    ]


def test_another_speaker_between_breaks_it(code_text):
    text = (
        'PARIS (Reuters) - "We will not give in," Alstom said in a statement on Monday. '
        'Later on Monday, Mr. Dupont, the union leader, told reporters "it is over". '
        '"We urge the government to reconsider," the statement said.'
    )
    _, quotes = _quotes(code_text, text)
    assert quotes[-1][0] != "Alstom", quotes


def test_the_statement_of_a_person_who_spoke_in_a_statement(code_text):
    text = (
        'WASHINGTON (Reuters) - "I will not resign," Senator Tom Harlan said in a statement on '
        'Monday. "I urge my colleagues to reject these false claims," the statement said.'
    )
    _, quotes = _quotes(code_text, text)
    assert quotes[-1][0] == "Tom Harlan" and "statement->" in quotes[-1][2], quotes


def test_no_statement_before_names_no_one(code_text):
    text = (
        'WASHINGTON (Reuters) - "I will not resign," Senator Tom Harlan told reporters on '
        'Monday. "I urge my colleagues to reject these false claims," the statement said.'
    )
    _, quotes = _quotes(code_text, text)
    assert quotes[-1][0] is None, quotes
