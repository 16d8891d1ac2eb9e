"""Direct and mixed quotes found in the thirteenth round of quote work (issue #10), tuned on
PolNeAR train and checked on dev. News-like text written here."""

from __future__ import annotations

from quote_views import kinds


def test_a_quotation_after_a_sentence_that_is_only_a_cue_is_its_speakers(quotes_of):
    quotes = quotes_of(
        "The port authority's spokeswoman, Dana Reyes, said in a statement. \"There are no "
        'records to release. The inspection was a routine one that involved every terminal."'
        "\n\nThe board met again on Friday."
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.text.startswith('"There are no records')
    assert quote.rule.startswith("direct:cue-sentence-before(say)")
    assert quote.speaker == "Dana Reyes"


def test_the_cue_sentence_may_end_with_its_cue_after_the_reported_words(quotes_of):
    quotes = quotes_of(
        'Or maybe the harbor bill, veteran lobbyist Tom Greer says. "Several members want a '
        'second look at it before the spring session ends."'
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.text.startswith('"Several members')
    assert quote.speaker == "Tom Greer"


def test_a_cue_sentence_with_quoted_words_of_its_own_does_not_claim_the_next_quotation(
    quotes_of,
):
    quotes = quotes_of(
        'The mayor called the plan "a disgrace" on Monday. "We will see them in court," a '
        "union leader said."
    )
    court = next(q for q in quotes if q.text.startswith('"We will see'))
    assert court.cue == "said"


def test_a_tweeted_quotation_whose_verb_the_parser_misreads(quotes_of):
    quotes = quotes_of(
        '"Budget recap," tweeted council spokesman Mark Ellison. "The mayor: \'We did it.\' The '
        "council: 'Not yet.'\""
    )
    first, second = kinds(quotes, "direct")
    assert first.text == '"Budget recap,"'
    assert first.cue == second.cue == "tweeted"
    assert first.speaker == "Mark Ellison"


def test_a_cue_after_a_speaker_with_a_relative_clause(quotes_of):
    quotes = quotes_of(
        '"The mayor needs a plan for the waterfront voters," Anna Holt, the analyst who founded '
        'portwatch.org tweeted on Tuesday. "They are drifting away from her."'
    )
    first, second = kinds(quotes, "direct")
    assert first.cue == second.cue == "tweeted"
    assert first.speaker == "Anna Holt"


def test_states_after_a_quotation_is_a_verb(quotes_of):
    quotes = quotes_of(
        '"They know the mayor is the only one tough enough to fix the harbor," a narrator in the '
        'ad states. "She will stand up to the shipping lobby."'
    )
    assert [q.cue for q in kinds(quotes, "direct")] == ["states", "states"]


def test_a_plural_subject_and_state(quotes_of):
    quotes = quotes_of(
        '"Today, the port is one of the safest in the region and has been working closely with '
        'its neighbors," the harbor commissioners state in the report, which was sent to '
        "lawmakers."
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.cue == "state"


def test_state_before_a_title_is_no_cue(quotes_of):
    quotes = quotes_of(
        '"This is a big night for our next mayor, Carla Diaz!" state Rep. Ellen Park shouted to '
        'the crowd. "The whole city is watching."'
    )
    assert {q.cue for q in kinds(quotes, "direct")} == {"shouted"}


def test_a_digest_excerpt_credited_in_brackets(quotes_of):
    quotes = quotes_of(
        "WHAT'S BREWING.\n\nWHY THE HARBOR STRIKE MATTERS FOR EVERYONE “The strike at the port "
        "has slowed deliveries across three states and raised prices for builders.” [Tribune.]"
        "\n\nCOUNCIL VOTES ON BUDGET The vote was close."
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.text.startswith("“The strike")
    assert quote.cue == "[Tribune.]"
    assert quote.speaker == "Tribune"


def test_a_bracket_after_a_quotation_inside_a_sentence_is_no_credit(quotes_of):
    quotes = quotes_of(
        'The council called the budget "a mess" [sic] in its statement on Monday.\n\nThe vote '
        "was close."
    )
    assert not kinds(quotes, "direct")


def test_a_full_stop_inside_the_marks_then_only_speaker_and_cue(quotes_of):
    quotes = quotes_of(
        "The candidate drew gasps on Wednesday.\n\n"
        "“Voters, if you're listening, I hope you will find the ballots that are missing.” "
        "Harmon said.\n\nHis rival called it a stunt."
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.cue == "said"
    assert quote.speaker == "Harmon"


def test_a_party_and_state_in_parentheses_between_quotation_and_cue(quotes_of):
    quotes = quotes_of(
        "The chances of that are slim. (The majority is the largest since 1928.)\n"
        "“He told us that ‘I know the difference between winning the seat and losing it, and I "
        "want it so I will do everything I can,’” Rep. Ann Moody (D-Ore.) said.\n"
        "Rep. Tom Hale (D-Ohio) said the caucus was calm."
    )
    (quote,) = kinds(quotes, "direct")
    assert quote.cue == "said"
    assert quote.speaker == "Ann Moody"
