"""Direct and mixed quotes found in the thirteenth round of quote work (issue #10), tuned on
PolNeAR train and checked on dev. News-like text written here."""

from __future__ import annotations

import pytest
from quote_views import kinds

# (text, how the one direct quote opens, its cue, its speaker)
ONE_DIRECT_QUOTE = [
    # a sentence that is only a speaker and a cue, then the quotation
    (
        "The port authority's spokeswoman, Dana Reyes, said in a statement. \"There are no "
        'records to release. The inspection was a routine one that involved every terminal."'
        "\n\nThe board met again on Friday.",
        '"There are no records',
        "said",
        "Dana Reyes",
    ),
    # the cue sentence ends with its cue after the reported words
    (
        'Or maybe the harbor bill, veteran lobbyist Tom Greer says. "Several members want a '
        'second look at it before the spring session ends."',
        '"Several members',
        "says",
        "Tom Greer",
    ),
    # a news digest's excerpt credited in brackets at the end of its paragraph
    (
        "WHAT'S BREWING.\n\nWHY THE HARBOR STRIKE MATTERS FOR EVERYONE “The strike at the port "
        "has slowed deliveries across three states and raised prices for builders.” [Tribune.]"
        "\n\nCOUNCIL VOTES ON BUDGET The vote was close.",
        "“The strike",
        "[Tribune.]",
        "Tribune",
    ),
    # a full stop inside the marks, then a sentence of only the speaker and the cue
    (
        "The candidate drew gasps on Wednesday.\n\n"
        "“Voters, if you're listening, I hope you will find the ballots that are missing.” "
        "Harmon said.\n\nHis rival called it a stunt.",
        "“Voters",
        "said",
        "Harmon",
    ),
    # a party and state in parentheses between the quotation and its cue
    (
        "The chances of that are slim. (The majority is the largest since 1928.)\n"
        "“He told us that ‘I know the difference between winning the seat and losing it, and I "
        "want it so I will do everything I can,’” Rep. Ann Moody (D-Ore.) said.\n"
        "Rep. Tom Hale (D-Ohio) said the caucus was calm.",
        "“He told us",
        "said",
        "Ann Moody",
    ),
]


@pytest.mark.parametrize(("text", "opens", "cue", "speaker"), ONE_DIRECT_QUOTE)
def test_one_direct_quote(quotes_of, text, opens, cue, speaker):
    (quote,) = kinds(quotes_of(text), "direct")
    assert quote.text.startswith(opens)
    assert (quote.cue, quote.speaker) == (cue, speaker)


# (text, the cue of each direct quote, the first one's speaker when it has a name)
LEXICAL_CUES = [
    # "tweeted" read as an adjective before the speaker
    (
        '"Budget recap," tweeted council spokesman Mark Ellison. "The mayor: \'We did it.\' The '
        "council: 'Not yet.'\"",
        ["tweeted", "tweeted"],
        "Mark Ellison",
    ),
    # a relative clause in the speaker's apposition before the verb
    (
        '"The mayor needs a plan for the waterfront voters," Anna Holt, the analyst who founded '
        'portwatch.org tweeted on Tuesday. "They are drifting away from her."',
        ["tweeted", "tweeted"],
        "Anna Holt",
    ),
    # "states" read as a noun
    (
        '"They know the mayor is the only one tough enough to fix the harbor," a narrator in the '
        'ad states. "She will stand up to the shipping lobby."',
        ["states", "states"],
        None,
    ),
    # the plural "state" between its subject and a preposition
    (
        '"Today, the port is one of the safest in the region and has been working closely with '
        'its neighbors," the harbor commissioners state in the report, which was sent to '
        "lawmakers.",
        ["state"],
        None,
    ),
    # "state" before a title is no cue: the verb after the name is
    (
        '"This is a big night for our next mayor, Carla Diaz!" state Rep. Ellen Park shouted to '
        'the crowd. "The whole city is watching."',
        ["shouted", "shouted"],
        "Ellen Park",
    ),
]


@pytest.mark.parametrize(("text", "cues", "speaker"), LEXICAL_CUES)
def test_a_reporting_verb_form_after_a_quotation(quotes_of, text, cues, speaker):
    quotes = kinds(quotes_of(text), "direct")
    assert [q.cue for q in quotes] == cues
    if speaker is not None:
        assert quotes[0].speaker == speaker


def test_the_cue_sentence_rule_names_itself(quotes_of):
    (quote,) = kinds(quotes_of(ONE_DIRECT_QUOTE[0][0]), "direct")
    assert quote.rule.startswith("direct:cue-sentence-before(say)")


def test_a_cue_sentence_with_quoted_words_of_its_own_does_not_claim_the_next_quotation(
    quotes_of,
):
    quotes = quotes_of(
        'The mayor called the plan "a disgrace" on Monday. "We will see them in court," a '
        "union leader said."
    )
    court = next(q for q in quotes if q.text.startswith('"We will see'))
    assert court.cue == "said"


def test_a_bracket_after_a_quotation_inside_a_sentence_is_no_credit(quotes_of):
    text = 'The council called the budget "a mess" [sic] in its statement.\n\nThe vote was close.'
    assert not [q for q in quotes_of(text) if q.rule.startswith("direct:bracket-credit")]
