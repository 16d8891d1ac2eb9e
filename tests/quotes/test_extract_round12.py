"""Quotes found in the twelfth round of quote work (issue #10), tuned on PolNeAR train and checked
on dev. News-like text written here."""

from __future__ import annotations


def kinds(quotes, *wanted: str):
    return [q for q in quotes if q.kind in wanted]


def test_a_quotation_goes_on_with_the_direct_quote_not_the_cues_own_scare_quote(quotes_of):
    quotes = quotes_of(
        '"Every option is open," the harbor master told reporters on Monday after hinting that '
        '"big changes" could come. "We are looking at the whole port. Nothing is ruled out."'
    )
    first = next(q for q in quotes if q.text.startswith('"Every option'))
    going_on = next(q for q in quotes if q.text.startswith('"We are looking'))
    assert first.kind == going_on.kind == "direct"
    assert going_on.cue_start == first.cue_start  # one quotation in two pieces, by "told"


def test_a_relative_clause_with_its_own_cue_is_its_speakers_quote(quotes_of):
    quotes = quotes_of(
        "The senator said she has backed a bill that would curb the power of the licensing "
        'boards, which she called "a cartel for the building trades."'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == 'which she called "a cartel for the building trades."'
    (reported,) = kinds(quotes, "indirect")
    assert reported.text.endswith("the licensing boards")


def test_a_relative_clause_inside_the_reported_clause_stays_in_it(quotes_of):
    quotes = quotes_of(
        'The mayor said the plan, which critics called "a boondoggle," would go ahead in March.'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text.startswith("the plan, which critics")
