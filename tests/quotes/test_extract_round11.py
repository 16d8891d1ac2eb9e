"""Quotes found in the eleventh round of quote work (issue #10): excerpts of articles credited to
their byline, and an interrupted clause the parser runs on into the next sentence's quotation.
News-like text written here."""

from __future__ import annotations

from quote_views import kinds


def test_a_digest_excerpt_after_its_byline_is_no_quote(quotes_of):
    quotes = quotes_of(
        'CLOSING TIME - "Old harbor bakery to shut its doors," by Gazette\'s Mara Lind: "The '
        "bakery, which fed the docks for forty years, will close in March, its owners said on "
        'Monday." http://example.com/x1.'
    )
    assert not [q for q in kinds(quotes, "direct", "mixed") if "bakery, which fed" in q.text]


def test_a_post_quoting_another_outlet_after_its_byline_is_no_quote(quotes_of):
    quotes = quotes_of(
        "The mayor answered his critics.\n\nFrom Tom Reyes writing at The Harbor Times:\n\n"
        '"The council met for six hours on Tuesday and could not agree on the budget for the '
        'new bridge."'
    )
    assert not kinds(quotes, "direct", "mixed")


def test_a_colon_quote_after_a_speakers_name_is_still_a_quote(quotes_of):
    quotes = quotes_of(
        'The governor was blunt about the budget. Governor Lena Hart: "We will not raise the '
        'fuel tax this year, whatever the council wants."'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "direct"
    assert quote.text.startswith('"We will not raise')


def test_a_mixed_quote_ends_before_the_writers_which_clause(quotes_of):
    quotes = quotes_of(
        'Mr. Dole said he would gladly debate the "tax man," which critics of the plan use to '
        "describe the governor."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == 'he would gladly debate the "tax man,"'


def test_a_which_clause_after_a_quotation_closed_without_a_comma_stays(quotes_of):
    quotes = quotes_of(
        'Mr. Dole said the plan was "a tax on thrift" which nobody in the party would back.'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text.endswith("would back")


def test_an_interrupted_clause_stops_before_the_next_sentences_quotation(quotes_of):
    quotes = quotes_of(
        "Money, Ms. Harlow said, was never the problem at the mill. ''We had plenty of it,'' "
        "she said. ''What we lacked was time.''"
    )
    reported = [q for q in quotes if q.text.startswith("Money")]
    assert reported and all("plenty" not in q.text for q in reported)
    plenty = [q for q in quotes if "plenty" in q.text]
    assert plenty and plenty[0].kind == "direct"
    assert plenty[0].speaker_text == "she"


def test_a_quotation_with_no_cue_of_its_own_goes_on_with_the_clause(quotes_of):
    quotes = quotes_of(
        "Money, Ms. Harlow said, was never the problem at the mill. ''We had plenty of it.'' "
        "Then the orders stopped."
    )
    said = [q for q in kinds(quotes, "direct", "mixed") if "plenty" in q.text]
    assert said and said[0].speaker_text == "Ms. Harlow"


def test_a_bare_short_scare_quote_as_a_verbs_object_is_the_writers(quotes_of):
    quotes = quotes_of('Mayor Ortiz showed "restraint" toward the protesters all week.')
    assert not kinds(quotes, "direct", "mixed")


def test_a_scare_quote_with_the_writers_words_around_it_is_still_mixed(quotes_of):
    quotes = quotes_of(
        'At the rally, Senator Hale denounced the "rigged little game" of the bankers in town.'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.rule.startswith("mixed:scare-quote(denounce)")


def test_a_topic_verbs_object_of_a_quoted_term_is_no_direct_quote(quotes_of):
    assert not kinds(quotes_of('The historian referred to the "Iron Decade."'), "direct", "mixed")
    quotes = quotes_of('Rebels were warning of a "bloody winter" if the talks failed.')
    assert not kinds(quotes, "direct", "mixed")


def test_a_topic_verbs_longer_quotation_is_still_direct(quotes_of):
    quotes = quotes_of(
        'The mayor talked about "keeping every school open for the children," and the crowd '
        "cheered."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "direct"
