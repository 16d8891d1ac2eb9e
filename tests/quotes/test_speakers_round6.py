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
