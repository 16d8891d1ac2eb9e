"""issue #10 read56: a slogan in quotes and an "according to" that opens the next clause.
Texts written for these tests."""

from __future__ import annotations

import pytest
from quote_views import quote_with

pytestmark = pytest.mark.model


def test_a_slogan_before_campaign_is_nobodys_words(code_text):
    doc = code_text(
        'Ms Lopez oversaw the airline\'s "Fly the friendly way" advertising campaign and '
        "introduced cheaper fares."
    )
    assert not [q for q in doc.quotes if "friendly way" in q.text], [
        (q.text, q.rule) for q in doc.quotes
    ]


def test_a_judgement_of_three_words_in_a_clause_is_still_quoted(code_text):
    """The slogan rule needs a campaign-like noun right after the quote."""
    doc = code_text('Ms Lopez called the plan "a costly mistake" on Monday.')
    assert [q for q in doc.quotes if "costly mistake" in q.text], [
        (q.text, q.rule) for q in doc.quotes
    ]


def test_according_to_after_and_is_not_the_source_of_the_first_clause(code_text):
    text = (
        'Mr Lee took over the bank in 2002. He had promised not to let the firm get "slow, '
        'soft and lazy," and, according to Reuters, once told analysts that he would buy any '
        "rival that faltered."
    )
    quote = quote_with(code_text, text, "slow, soft")
    assert quote.speaker == "Lee", (quote.speaker, quote.rule)


def test_according_to_on_the_cue_still_credits_its_source(code_text):
    quote = quote_with(
        code_text, '"We will not back down," Mr Lee said, according to Reuters.', "back down"
    )
    assert quote.speaker == "Reuters", (quote.speaker, quote.rule)


def test_the_noun_of_an_absolute_with_phrase_speaks(code_text):
    text = (
        "The outlook for the resort is gloomy, with analysts predicting that bookings will fall "
        "sharply this winter."
    )
    quote = quote_with(code_text, text, "bookings will fall")
    assert quote.speaker_text == "analysts", (quote.speaker_text, quote.rule)


def test_foreign_speakers_do_not_take_the_articles_country(code_text):
    text = (
        "The Federal Reserve in Washington kept rates on hold. Many foreign banks had complained "
        "that the US rules were too strict. The American regulators said they would review the "
        "rules."
    )
    quote = quote_with(code_text, text, "too strict")
    assert quote.actor == "---BUS", (quote.actor, quote.rule)
