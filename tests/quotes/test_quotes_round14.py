"""Direct and mixed quotes found in the fourteenth round of quote work (issue #10), tuned on
PolNeAR train and checked on dev. News-like text written here."""

from __future__ import annotations

import pytest
from quote_views import kinds

# (text, the one direct or mixed quote's text, its kind): a credit the parser hung inside the
# reported clause stays out of the quote
CREDIT_LEFT_OUT = [
    # the speaker and a title before a cue that comes after them
    (
        "The harbor board met on Monday. “Yes, we back the new pier,” Dana Reyes, chair of the "
        "Waterfront Council, tells the Tribune in an interview.",
        "“Yes, we back the new pier,”",
        "direct",
    ),
    # a second reporting verb with a subject of its own after the quotation
    (
        "Asked how the vote would go, the mayor said: “There will be no surprises,” the "
        "Gazette reported.",
        "“There will be no surprises,”",
        "direct",
    ),
    # a verb before its subject, then the speaker's title and another cue
    (
        "The station sent its answer to the council. “Not this year,” replied Omar Hale, "
        "director of Harbor Radio, said briefly.",
        "“Not this year,”",
        "direct",
    ),
    # the writer's next clause, joined by "and"
    (
        "Reyes wrote to her 9,000 followers, “It is time to end the toll for good,” and "
        "shared a link to her petition.",
        "“It is time to end the toll for good,”",
        "direct",
    ),
    # ", according to …" closing a reported clause with quoted words
    (
        'On Tuesday, the mayor said she was "glad to see" that the pier had reopened, '
        "according to the Gazette.",
        'she was "glad to see" that the pier had reopened',
        "mixed",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "kind"), CREDIT_LEFT_OUT)
def test_a_credit_inside_the_clause_is_left_out(quotes_of, text, quoted, kind):
    (quote,) = kinds(quotes_of(text), "direct", "mixed")
    assert (quote.text, quote.kind) == (quoted, kind)


def test_what_the_speaker_did_next_stays_in_the_quote(quotes_of):
    # "stopped responding": a reporting verb inside what he did, not a second credit
    text = (
        'The mayor answered "You tell me," repeatedly, before he stopped responding to the '
        "reporter."
    )
    (quote,) = kinds(quotes_of(text), "direct", "mixed")
    assert quote.text == '"You tell me," repeatedly, before he stopped responding to the reporter'


def test_called_someone_something_after_an_apposition(quotes_of):
    # "called" parsed as a participle of the noun before it, with one complement
    text = "Gomez, a Reyes ally, called Ohio’s rules “weak.”"
    (quote,) = kinds(quotes_of(text), "mixed")
    assert (quote.text, quote.cue, quote.speaker) == ("Ohio’s rules “weak.”", "called", "Gomez")


def test_a_name_given_in_quotation_marks_is_no_quote(quotes_of):
    text = "The money went to a group called the “Harbor Friends Foundation” last year."
    assert not kinds(quotes_of(text), "direct", "mixed")


# (text, the mixed quote): where the words were said closes the quote at its last mark
MEDIUM_LEFT_OUT = [
    ("Hale called the system “rigged” in a tweet Tuesday.", "the system “rigged”"),
    ("Mayor Hale called Reyes a “clown” on his radio show.", "Reyes a “clown”"),
    (
        "The mayor said her campaign doesn’t want “that mess,” in an interview with WXRT on "
        "Sunday.",
        "her campaign doesn’t want “that mess,”",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), MEDIUM_LEFT_OUT)
def test_the_medium_after_a_mixed_quote_is_left_out(quotes_of, text, quoted):
    (quote,) = kinds(quotes_of(text), "mixed")
    assert quote.text == quoted


def test_a_phrase_after_the_quoted_words_that_is_no_medium_stays(quotes_of):
    text = "Hale called the plan a “reckless” giveaway to the shipping lobby."
    (quote,) = kinds(quotes_of(text), "mixed")
    assert quote.text.endswith("giveaway to the shipping lobby")


def test_a_short_cry_right_after_its_verb_is_a_direct_quote(quotes_of):
    # the parser made "yelled" a participle of "man" and the cry a verb of the main clause
    text = (
        "Some in the hall booed, and when Hale thanked Dayton and said it was great to be "
        "back, a man yelled “Stay there!”\n\nThe boos got louder."
    )
    (quote,) = kinds(quotes_of(text), "direct")
    assert (quote.text, quote.cue) == ("“Stay there!”", "yelled")


def test_a_cue_after_a_speaker_the_parser_tagged_an_adjective(quotes_of):
    text = (
        "That did not sit well with the editors of The Gazette, who aimed their Sunday "
        "editorial at the mayor.\n\n“If she wants to be mayor again, Ann Hale should act like "
        "one, and come to the harbor,” the editorial read.\n\nThe paper said the damage was "
        "extensive."
    )
    (quote,) = kinds(quotes_of(text), "direct")
    assert quote.text.startswith("“If she wants") and quote.cue == "read"


def test_a_cry_after_its_own_verb_inside_another_cue_clause_is_its_own_quote(quotes_of):
    text = 'He told the crowd "Hale will build the pier" as the crowd chanted "Build the pier!"'
    quotes = kinds(quotes_of(text), "direct", "mixed")
    assert [(q.text, q.cue, q.kind) for q in quotes] == [
        ('"Hale will build the pier"', "told", "direct"),
        ('"Build the pier!"', "chanted", "direct"),
    ]


def test_a_quotation_after_a_relative_clause_cue_stays_with_the_outer_cue(quotes_of):
    # "in which Lee said: “…”" inside what the blogger reported: one mixed quote in PolNeAR
    text = (
        "A local blogger reported this week that she had obtained video of Lee at a dinner in "
        'Dayton on May 2, in which Lee said: "Hale is a builder. I am a builder. Why not?"'
    )
    quotes = kinds(quotes_of(text), "direct", "mixed")
    assert [q.cue for q in quotes] == ["reported"]


def test_a_quotation_after_a_dash_before_its_cue_leaves_the_writers_lead_out(quotes_of):
    text = (
        "Neither man was impressed by the mayor - ''Born with a silver spoon in her mouth,'' "
        "Mr. Dole said - but they could not bring themselves to back her rival."
    )
    (quote,) = kinds(quotes_of(text), "direct", "mixed")
    assert (quote.text, quote.kind) == ("''Born with a silver spoon in her mouth,''", "direct")


def test_a_quotation_interrupted_by_a_dash_aside_stays_whole(quotes_of):
    text = (
        '"I don\'t think the old wisdom" -- that the mayor is seen as a nanny-state liberal '
        '-- "is going to last," he says.'
    )
    quotes = kinds(quotes_of(text), "direct", "mixed")
    assert quotes[0].text.startswith('"I don\'t think the old wisdom"')


def test_a_participle_after_an_according_to_quotation_is_the_writers(quotes_of):
    text = (
        "According to the magazine, Hale was “incognito,” sparking a wave of speculation as "
        "to the reason for the visit."
    )
    (quote,) = kinds(quotes_of(text), "mixed")
    assert quote.text == "Hale was “incognito,”"


def test_interject_is_a_reporting_verb(quotes_of):
    text = "Hale stood up and interjected, “Ladies and gentlemen, the next mayor of Dayton!”"
    (quote,) = kinds(quotes_of(text), "direct")
    assert quote.cue == "interjected" and quote.text.startswith("“Ladies")


# (text, the direct quote, its cue): the quotation after "chants of" is what the crowd cried
CHANTS = [
    (
        "But their chants of “Hale! Hale! Hale!” were cut short when the feeds shifted.",
        "“Hale! Hale! Hale!”",
        "chants of",
    ),
    (
        'There were near-constant calls of "Save the pier" and "Love you, Ann" as she passed.',
        '"Save the pier" and "Love you, Ann"',
        "calls of",
    ),
]


def test_the_quotation_after_chants_of_is_a_direct_quote(quotes_of):
    for text, quoted, cue in CHANTS:
        quotes = kinds(quotes_of(text), "direct", "mixed")
        assert [(q.text, q.kind, q.cue) for q in quotes] == [(quoted, "direct", cue)]


def test_a_one_word_chant_is_no_quote(quotes_of):
    text = "The delegates erupted in booing and loud chants of “no.”"
    assert not kinds(quotes_of(text), "direct", "mixed")


def test_a_that_clause_after_an_adjunct_parsed_as_a_relative_clause(quotes_of):
    text = (
        "Mayor Ann Hale, a candidate for governor, predicted at the last county debate that "
        'Democrats will take "every seat" if Reyes wins the nomination.'
    )
    (quote,) = kinds(quotes_of(text), "mixed")
    assert quote.text.startswith('that Democrats will take "every seat"')
    assert quote.cue == "predicted"


def test_a_true_relative_clause_after_an_adjunct_is_no_content(quotes_of):
    assert not quotes_of("The mayor spoke at the debate that voters watched on Friday.")
