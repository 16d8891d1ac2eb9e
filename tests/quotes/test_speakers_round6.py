"""Quote speakers, round 6 of issue #10: sentences written here in news phrasing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_an_untagged_subject_of_a_reporting_verb_is_named(quotes_of):
    # the recogniser tags nothing on "de Blasio": the whole subject, a particle and a
    # capitalised proper noun, is a person's name
    quotes = quotes_of(
        "The council met again on Monday.\n\n"
        "“We have waited long enough for this bridge,” de Blasio tweeted."
    )
    (quote,) = [q for q in quotes if "bridge" in q.text]
    assert quote.speaker == "de Blasio"
    assert quote.rule.endswith("+speaker:untagged-propn")


def test_an_untagged_subject_with_a_determiner_is_not_a_name(quotes_of):
    quotes = quotes_of("“Prices will rise again,” the Treasury said on Tuesday.")
    assert all("untagged-propn" not in (q.rule or "") for q in quotes)


def test_a_colon_quote_is_said_by_the_subject_of_the_sentence_not_of_a_clause(quotes_of):
    # the verb nearest the colon is "was" in "what was wrong …", whose subject is "what": the
    # speaker is the one who spelled it out
    quotes = quotes_of(
        "Former governor Tom Reyes spelled out exactly what was wrong with the flyer to a local "
        "radio station: “It was careless. Nobody on the staff checked it.”"
    )
    (quote,) = quotes
    assert quote.rule.startswith("direct:speaker-colon")
    assert quote.speaker == "Tom Reyes"


def test_a_name_inside_the_quote_is_not_the_speakers(quotes_of):
    # issue #10: the parse hangs the second quotation on "release" as an apposition; the
    # speaker's phrase ends at the quotation mark, so the press release speaks, not the man
    # named at the end of the quote
    quotes = quotes_of(
        '"He was loved by everyone here", reads a company press release, "a mentor and a '
        'kind soul, far from his role as Mr. Brodie Lee."'
    )
    assert quotes and all(q.speaker != "Brodie Lee" for q in quotes), [q.speaker for q in quotes]
    assert all('"' not in (q.speaker_text or "") for q in quotes)
