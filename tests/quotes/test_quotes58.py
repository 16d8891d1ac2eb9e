"""issue #10 quotes58: names of rules in quotes, "who they say they are", "according to" a law,
unclosed quotation marks, transcript labels and an indefinite role before a body's name.
Texts written for these tests."""

from __future__ import annotations

import pytest
from quote_views import quote_with

pytestmark = pytest.mark.model


def _quotes(doc):
    return [(q.text, q.speaker, q.rule) for q in doc.quotes]


def test_quoted_name_of_a_rule_is_nobodys_words(code_text):
    doc = code_text(
        "The carrier was rescued by the state in 2001. Brussels bars a second rescue under what "
        'is known as the "first time, last time" rule for ailing firms.'
    )
    assert not [q for q in doc.quotes if "last time" in q.text], _quotes(doc)


def test_words_after_so_called_are_the_writers_term(code_text):
    doc = code_text(
        'The bill would end the so-called "revolving door" between office and lobbying.'
    )
    assert not [q for q in doc.quotes if "revolving door" in q.text], _quotes(doc)


def test_quoted_words_of_a_speaker_in_a_that_clause_stay(code_text):
    """The name rule needs a rule-like noun after the quote or "known as" before it."""
    doc = code_text('Ms Ortiz warned that the reform would be "a gift to the banks" if passed.')
    assert [q for q in doc.quotes if "gift to the banks" in q.text], _quotes(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The hard part is to check whether a caller is who they say they are before money moves.",
        "Shoppers will have to show they are who they claim to be.",
        "The court heard that he was not what he said he was.",
    ],
)
def test_who_they_say_they_are_reports_nothing(code_text, text):
    doc = code_text(text)
    assert not [q for q in doc.quotes if q.speaker_text in ("they", "he")], _quotes(doc)


def test_what_he_said_he_would_do_is_still_reported(code_text):
    doc = code_text("Mr Grant said he would cut taxes, and voters believed he would.")
    assert [q for q in doc.quotes if "cut taxes" in q.text], _quotes(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The merger will be judged according to Ruritania's competition law, officials added.",
        "According to the rules, each club may sign only three foreign players a season.",
        "According to the statute, the board must meet twice a year.",
    ],
)
def test_a_law_or_rule_is_no_source_of_according_to(code_text, text):
    doc = code_text(text)
    assert not [q for q in doc.quotes if q.rule.startswith("indirect:according-to")], _quotes(doc)


def test_according_to_a_body_still_speaks(code_text):
    quote = quote_with(
        code_text, "According to the Federal Trade Commission, the merger would raise prices.",
        "raise prices",
    )  # fmt: skip
    assert quote.speaker == "Federal Trade Commission", (quote.speaker, quote.rule)


def test_an_unclosed_mark_stops_before_the_writers_next_cue(code_text):
    doc = code_text(
        'The mayor said the scheme was "a disaster for the town. He added that it would cost '
        "hundreds of jobs.\n\nShop owners were not convinced."
    )
    first = quote_with(lambda t: doc, "", "disaster")
    assert "He added" not in first.text, _quotes(doc)
    assert [q for q in doc.quotes if q.speaker_text == "He" and "jobs" in q.text], _quotes(doc)


def test_an_unclosed_mark_stops_before_a_named_speakers_cue(code_text):
    doc = code_text(
        "The nurses' leader, Jo Marsh, said the offer was \"an insult to every nurse. Ms Marsh "
        "said the union would ballot its members next week."
    )
    first = quote_with(lambda t: doc, "", "insult")
    assert "ballot" not in first.text, _quotes(doc)


def test_a_closed_quotation_with_he_inside_is_untouched(code_text):
    quote = quote_with(
        code_text,
        'Ms Marsh said: "The minister came to see us. He said he would listen. He did not."',
        "He did not",
    )
    assert quote.text.startswith('"The minister'), (quote.text, quote.rule)


TRANSCRIPT = (
    "Anna Reyes spoke to Governor Paul Becker and the lawyer Ruth Okafor on Sunday.\n\n"
    "REYES: Governor, will you sign the bill?\n\n"
    "BECKER: I will sign it if the budget adds up.\n\n"
    "REYES: And the courts?\n\n"
    "MS. OKAFOR: The courts will decide that, not the governor."
)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("will you sign", "Anna Reyes"),
        ("budget adds up", "Paul Becker"),
        ("courts will decide", "Ruth Okafor"),
    ],
)
def test_transcript_labels_name_the_article_s_full_name(code_text, words, speaker):
    quote = quote_with(code_text, TRANSCRIPT, words)
    assert quote.speaker == speaker, (quote.speaker, quote.speaker_text, quote.rule)


def test_a_transcript_label_of_no_known_surname_stays_unnamed(code_text):
    text = (
        "The panel met on Monday.\n\nHOST: Welcome to the programme.\n\n"
        "GUEST: Thank you for having me."
    )
    doc = code_text(text)
    assert all(q.speaker in (None, "HOST", "GUEST") for q in doc.quotes), _quotes(doc)


@pytest.mark.parametrize(
    "text",
    [
        "A former DNC chairman says the party must change its primary calendar.",
        "A Goldman Sachs banker said the bank had misled its clients.",
    ],
)
def test_an_indefinite_role_before_a_body_is_a_person_not_the_body(code_text, text):
    doc = code_text(text)
    assert doc.quotes, _quotes(doc)
    assert doc.quotes[0].speaker not in ("DNC", "Goldman Sachs"), _quotes(doc)


def test_a_body_s_spokesman_still_speaks_for_the_body(code_text):
    quote = quote_with(
        code_text, "A Barclays spokesman said the bank would appeal.", "would appeal"
    )
    assert quote.speaker and "Barclays" in quote.speaker, (quote.speaker, quote.rule)


def test_an_unclosed_mark_stops_before_a_noun_subjects_cue(code_text):
    doc = code_text(
        'Marchers carried banners reading "No to the dam. The police said the march was peaceful.'
    )
    assert not [q for q in doc.quotes if "No to the dam" in q.text and "police" in q.text], _quotes(
        doc
    )
    assert [q for q in doc.quotes if q.speaker_text == "The police"], _quotes(doc)
