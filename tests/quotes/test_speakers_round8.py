"""Speaker names fixed in the eighth round (issue #10): a surname with a curly apostrophe that
the tagger reads as a common noun, and a speaker's phrase that ran back over a paragraph break.
News-like text written here."""

from __future__ import annotations


def test_a_surname_with_a_curly_apostrophe_is_a_name(quotes_of):
    quotes = quotes_of(
        "Brett O’Donnell, the campaign's chief strategist, spoke on Monday.\n\n"
        "“It’s taxing on campaign resources,” O’Donnell said. “Big time.”"
    )
    first = next(q for q in quotes if q.kind == "direct")
    assert first.speaker_text == "O’Donnell"
    assert first.speaker == "Brett O’Donnell"
    assert "untagged-propn" in first.rule


def test_a_speaker_phrase_does_not_reach_back_over_a_paragraph_break(quotes_of):
    # a scraped embed's markup closes the paragraph before: it is no part of the speaker
    quotes = quotes_of(
        '<tweet tweet-id="677669901075656708"><tweet/>.\n\n'
        "D’Souza told Beck that he is making a movie about the “secret history” of the party."
    )
    (quote,) = [q for q in quotes if q.kind == "mixed"]
    assert quote.speaker_text == "D’Souza"
    assert quote.speaker == "D’Souza"
