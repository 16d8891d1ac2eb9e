"""issue #10 read21: "it said" after a body named as the speaker just before is that body
("… the Commons science and technology committee added. … it said"), not a speaker left as "it";
a person or an unnamed speaker in between stops it. Sentences written for these tests."""

from __future__ import annotations


def _with(quotes, words: str):
    return next(q for q in quotes if words in q.text)


def test_it_said_after_a_committee_is_the_committee(quotes_of):
    quotes = quotes_of(
        "Recruitment of engineers is in crisis, the Commons science and technology committee "
        'added. "Serious problems" are expected over the next decade, it said.'
    )
    quote = _with(quotes, "Serious problems")
    assert quote.speaker == "Commons science and technology committee"
    assert "the body that spoke before" in quote.rule


def test_it_said_after_a_company_is_the_company(quotes_of):
    quotes = quotes_of(
        "Shell said quarterly profits rose by a fifth. It said it would raise its dividend."
    )
    assert _with(quotes, "raise its dividend").speaker == "Shell"


def test_an_unnamed_speaker_in_between_stops_it(quotes_of):
    quotes = quotes_of(
        "Shell said quarterly profits rose by a fifth. The ministry said the figures were wrong on "
        "Tuesday and announced a review. It said the review would take a year."
    )
    assert _with(quotes, "take a year").speaker != "Shell"


def test_a_person_in_between_stops_it(quotes_of):
    quotes = quotes_of(
        "Shell said quarterly profits rose by a fifth. Analyst Jane Porter said the figures "
        "were flattered by prices. It said it would raise its dividend."
    )
    assert _with(quotes, "raise its dividend").speaker != "Shell"
