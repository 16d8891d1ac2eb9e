"""Quotes found in the tenth round of quote work (issue #10): the writer's words after an object
complement, an active "called" the parser reads as a participle, a title described after its
quotation, and a mixed quote that runs on to the next quoted words. News-like text written here."""

from __future__ import annotations

from quote_views import kinds

from redline.model import Document
from redline.quotes import extract_quotes
from redline.quotes.extract import (
    Draft,
    _take_in_next_quoted_words,
    _TokenIndex,
    find_marked_spans,
)


def test_an_object_complement_ends_before_the_writers_participle(quotes_of):
    quotes = quotes_of(
        'In another post, the governor called his rival the "ultimate hypocrite," linking to a '
        "story about his donors."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == 'his rival the "ultimate hypocrite,"'
    assert quote.rule.startswith("mixed:object(call)")
    assert quote.speaker_text == "the governor"


def test_an_active_call_read_as_a_participle_names_its_noun_as_speaker(quotes_of):
    quotes = quotes_of(
        'The assembly debated the tax; one deputy called Weber "the loud king of empty '
        'promises." But the bill failed.'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.kind == "mixed"
    assert quote.text == 'Weber "the loud king of empty promises."'
    assert quote.rule.startswith("mixed:named-object(call)")
    assert quote.speaker_text == "one deputy"


def test_a_name_given_with_one_complement_is_still_no_quote(quotes_of):
    quotes = quotes_of('The town runs a program called "Safe Streets" for children.')
    assert not kinds(quotes, "direct", "mixed")


def test_a_clause_describing_a_quoted_title_does_not_say_it(quotes_of):
    quotes = quotes_of(
        'Fishermen met at the pier, as in the film "River of Ashes," which recounts the escape '
        "of a pilot."
    )
    assert not kinds(quotes, "direct", "mixed")
    quotes = quotes_of(
        'The town staged a comedy called "Brokers," written by a local troupe, that mocks the rich.'
    )
    assert not kinds(quotes, "direct", "mixed")


def test_a_speaker_after_the_quotation_still_says_it(quotes_of):
    quotes = quotes_of('"We will win this state," the senator, who spoke for an hour, said.')
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == '"We will win this state,"'
    assert quote.speaker_text == "the senator"


def test_a_mixed_quote_runs_on_to_the_next_quoted_words(quotes_of):
    quotes = quotes_of('At the rally she described the mayor as "kind" with a "big heart."')
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == 'the mayor as "kind" with a "big heart."'
    assert quote.rule.startswith("mixed:frame(describe)")
    quotes = quotes_of(
        'Critics mocked the plan as "a gift to landlords" while tenants would "foot the bill" '
        "for years."
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == ('the plan as "a gift to landlords" while tenants would "foot the bill"')


def test_a_mixed_quote_closed_by_a_comma_does_not_run_on(quotes_of):
    quotes = quotes_of('At the rally she described the mayor as "kind," with a "big heart."')
    assert [q.text for q in kinds(quotes, "mixed")][:1] == ['the mayor as "kind,"']


def test_the_run_on_takes_in_a_scare_quote_of_the_next_clauses_subject(nlp):
    text = 'Jones mocked the plan as "a gift" and Smith "laughed it off" on Monday.'
    parsed = nlp(text)
    marks = [m for m in find_marked_spans(text) if m.end - m.start > 2]
    first, second = marks
    smith = next(t for t in parsed if t.text == "Smith")
    frame = Draft(text.index("the plan"), first.end, "mixed", None, "mixed:as-frame(mock)")
    scare = Draft(second.start, second.end, "mixed", None, "mixed:scare-quote(laugh)", smith)
    drafts = [frame, scare]
    _take_in_next_quoted_words(drafts, marks, text, _TokenIndex(parsed, text), {})
    assert drafts == [frame]
    assert text[frame.start : frame.end] == 'the plan as "a gift" and Smith "laughed it off"'
    # a scare quote said by the first clause's own subject is another statement: left alone
    jones = parsed[0]
    frame = Draft(text.index("the plan"), first.end, "mixed", None, "mixed:as-frame(mock)")
    scare = Draft(second.start, second.end, "mixed", None, "mixed:scare-quote(laugh)", jones)
    drafts = [frame, scare]
    _take_in_next_quoted_words(drafts, marks, text, _TokenIndex(parsed, text), {})
    assert drafts == [frame, scare]
    assert frame.end == first.end


def test_offsets_hold_on_a_whole_document(nlp):
    text = (
        'The assembly debated the tax; one deputy called Weber "the loud king of empty promises."'
        "\n\n"
        'At the rally she described the mayor as "kind" with a "big heart."'
    )
    doc = Document(text=text)
    doc.parsed = nlp(text)
    extract_quotes(doc)
    assert [q.kind for q in doc.quotes] == ["mixed", "mixed"]
