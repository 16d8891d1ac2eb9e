"""Patterns added in the fourth round of quote work (issue #10): where direct and mixed quotes
end, on news-like text written here."""

from __future__ import annotations

from quote_views import kinds


def test_unquoted_clause_after_cue_is_not_the_quotation(quotes_of):
    quotes = quotes_of(
        '"We never agreed to that deal," the mayor said as reporters gathered outside city hall.'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == '"We never agreed to that deal,"'
    assert not any("reporters gathered" in q.text for q in quotes)


def test_quoted_clause_after_cue_still_joins_the_quotation(quotes_of):
    quotes = quotes_of(
        '"The danger," said Maria Lopez, an economist at the state university, "is that '
        'prices keep rising faster than wages."'
    )
    pieces = kinds(quotes, "direct", "mixed")
    assert [q.text[:11] for q in pieces] == ['"The danger', '"is that pr']
    assert all(q.speaker == "Maria Lopez" for q in pieces)


def test_participle_after_closing_mark_leaves_the_mixed_quote(quotes_of):
    quotes = quotes_of(
        'The senator said the plan was "a disaster," pointing to rising costs in rural hospitals.'
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.text == 'the plan was "a disaster,"'


def test_writers_label_for_the_statement_leaves_the_mixed_quote(quotes_of):
    quotes = quotes_of(
        'The governor said that residents would pay "a little more" for water, a concession '
        "that his opponents quickly seized on."
    )
    (quote,) = kinds(quotes, "mixed")
    assert quote.text == 'that residents would pay "a little more" for water'


def test_quoted_words_hang_on_the_cue_before_them(quotes_of):
    quotes = quotes_of(
        'The governor called the proposal "reckless" and said he would veto it next week.'
    )
    framed = [q for q in quotes if "reckless" in q.text]
    assert [q.text for q in framed] == ['the proposal "reckless"']
    assert framed[0].kind == "mixed" and framed[0].cue == "called"


def test_a_later_cue_keeps_its_own_quotation(quotes_of):
    quotes = quotes_of(
        'The singer sang to the crowd before asking them, "Who will come back next year?"'
    )
    (quote,) = kinds(quotes, "direct", "mixed")
    assert quote.text == '"Who will come back next year?"' and quote.cue == "asking"


def test_quoted_complement_of_an_earlier_verb_is_not_the_next_cues(quotes_of):
    quotes = quotes_of(
        'The chairman defended his deputy as a "very decent man" and argued that the '
        "complaints against him were politically motivated."
    )
    assert not any(q.text == '"very decent man"' and q.cue == "argued" for q in quotes)
    argued = next(q for q in quotes if q.cue == "argued")
    assert argued.text.startswith("that the complaints")


def test_quotation_signed_on_the_next_line(quotes_of):
    text = (
        "Here are the claims we checked after the debate.\n\n"
        '"Nine out of ten new jobs created last year went to people born abroad."\n\n'
        "- Maria Delgado.\n\n"
        "The figure comes from a report that counted only one region."
    )
    (quote,) = kinds(quotes_of(text), "direct", "mixed")
    assert quote.text.startswith('"Nine out of ten') and quote.speaker == "Maria Delgado"
    assert quote.rule.startswith("direct:dash-speaker-line")


def test_hyphen_inside_a_line_is_no_signature(quotes_of):
    text = 'Voters were told "the plan costs nothing at all" - Mr Reyes disputed that.'
    assert not any("dash-speaker" in (q.rule or "") for q in quotes_of(text))


def test_one_word_answer_right_after_its_cue(quotes_of):
    text = 'Asked whether the council would raise taxes again, Ms Okafor said, "Unlikely."'
    (quote,) = kinds(quotes_of(text), "direct", "mixed")
    assert quote.text == '"Unlikely."' and quote.cue == "said"


def test_one_quoted_word_further_from_a_cue_is_not_a_quotation(quotes_of):
    text = 'Ms Okafor said the council had "reviewed" the budget twice this year.'
    assert not kinds(quotes_of(text), "direct")


def test_quotations_run_on_after_a_name_and_colon_share_its_cue(quotes_of):
    text = (
        "The questions put to the commander ranged from polite to pointed. Senator Ruth "
        'Galloway: "Is it time for your strategy to change?" . . . "Have you misjudged how '
        'long this will take?"'
    )
    pieces = kinds(quotes_of(text), "direct")
    assert len(pieces) == 2
    assert {(q.cue, q.cue_start, q.speaker_start) for q in pieces} == {
        (":", text.index(":"), pieces[0].speaker_start)
    }
    assert pieces[1].rule.startswith("direct:continues-previous")


def test_according_to_closing_a_paragraph_is_not_in_the_quote(quotes_of):
    text = (
        'Food prices rose "sharply and unexpectedly" in March, according to figures from the '
        "central bank.\n\nThe bank meets again next month."
    )
    (quote,) = kinds(quotes_of(text), "mixed")
    assert quote.text == 'Food prices rose "sharply and unexpectedly" in March'
    assert quote.cue == "according to"
