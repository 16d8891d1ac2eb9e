"""Patterns added in the fourth round of quote work (issue #10): where direct and mixed quotes
end, on news-like text written here."""

from __future__ import annotations


def kinds(quotes, *wanted: str):
    return [q for q in quotes if q.kind in wanted]


def test_unquoted_clause_after_cue_is_not_the_quotation(quotes_of):
    quotes = quotes_of(
        '"We never agreed to that deal," the mayor said as reporters gathered outside city hall.'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == '"We never agreed to that deal,"'
    assert not any("reporters gathered" in q.text for q in quotes)


def test_quoted_clause_after_cue_still_joins_the_quotation(quotes_of):
    quotes = quotes_of(
        '"The danger," said Maria Lopez, an economist at the state university, "is that '
        'prices keep rising faster than wages."'
    )
    pieces = kinds(quotes, "direct", "mixed")
    assert [q.text[:11] for q in pieces] == ['"The danger', '"is that pr']
    assert all(q.speaker == "Maria Lopez" for q in pieces)


def test_participle_after_closing_mark_leaves_the_mixed_quote(quotes_of):
    quotes = quotes_of(
        'The senator said the plan was "a disaster," pointing to rising costs in rural hospitals.'
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.text == 'the plan was "a disaster,"'


def test_writers_label_for_the_statement_leaves_the_mixed_quote(quotes_of):
    quotes = quotes_of(
        'The governor said that residents would pay "a little more" for water, a concession '
        "that his opponents quickly seized on."
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.text == 'that residents would pay "a little more" for water'
