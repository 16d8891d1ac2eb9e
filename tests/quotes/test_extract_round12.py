"""Quotes found in the twelfth round of quote work (issue #10), tuned on PolNeAR train and checked
on dev. News-like text written here."""

from __future__ import annotations

from quote_views import kinds


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


def test_a_shows_title_after_a_preposition_is_not_the_next_cues_quote(quotes_of):
    quotes = quotes_of(
        'In an interview with "Morning Report," the governor pointed to the state budget as the '
        "main problem."
    )
    assert not kinds(quotes, "direct", "mixed")


def test_a_books_title_set_off_after_its_noun_is_not_the_next_cues_quote(quotes_of):
    quotes = quotes_of(
        'In his memoir, "A Life in the Harbor," published in 2015, the senator described how '
        "he changed his name."
    )
    assert not kinds(quotes, "direct", "mixed")


def test_a_short_answer_before_its_cue_is_still_a_quote(quotes_of):
    quotes = quotes_of('The reporter asked whether the port would close. "Absolutely," he said.')
    assert [q.text for q in kinds(quotes, "direct")] == ['"Absolutely,"']


def test_a_paragraph_opening_with_narration_is_not_the_last_quotation_going_on(quotes_of):
    quotes = quotes_of(
        '"I had nothing to do with that company. That is pure invention," the mayor replied.\n\n'
        "The moderator seemed taken aback and noted that the mayor's photo had been on its "
        'website. "Does that not speak to your judgment?"'
    )
    first = next(q for q in quotes if q.text.startswith('"I had nothing'))
    assert all(q.cue_start != first.cue_start for q in quotes if q.text.startswith('"Does'))


def test_a_quotation_opening_the_next_paragraph_still_goes_on(quotes_of):
    quotes = quotes_of(
        '"We will rebuild the pier before summer," the mayor said.\n\n'
        '"And we will pay for it without a new tax."'
    )
    first, going_on = kinds(quotes, "direct")
    assert going_on.cue_start == first.cue_start
