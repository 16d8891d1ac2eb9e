"""Recall, twenty-second round (issue #9 recall22): the right root with an actor unresolved.
An active verb joined to a passive one shares its subject ("was briefed ... and urged"); a
clause after "by", "after", "before", "while", "in" ... is the act of the subject of the verb it
hangs on, not of that verb's object ("stalled the talks by demanding"), while "stopped X from
doing" and "joined X in doing" keep their object; colleagues are of the body of whose they are
(the possessor, or the clause's subject: "urged colleagues to ..."); "called for his
resignation" aims at the one the pronoun names; a company told again by the first word of its
name is the company placed before ("Zolotov Holdings Ltd, a Russian-controlled company ...
Zolotov asked"); "Thank you President X" in posted statements is their author's thanks.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen, triggered_pairs

pytestmark = pytest.mark.model


# (text, trigger, a piece of the rule, the country pair; None: no event of that trigger whose
# rule has that piece)
CASES = {
    "an active verb joined to a passive one shares its subject": (
        "MADRID (Reuters) - Spanish Prime Minister Mariano Rajoy was briefed on the vote on "
        "Monday and urged French President Emmanuel Macron to back Madrid.",
        "urged",
        "conj^nsubjpass",
        ("ESP", "FRA"),
    ),
    "a passive participle joined to a passive verb is no act of its subject": (
        "PARIS (Reuters) - French businessman Jean Dupont was arrested on Monday and charged "
        "with fraud by German prosecutors.",
        "charged",
        "source:conj^nsubjpass",  # as the one charged (the target) it is right
        None,
    ),
    "by doing: the subject's act, not the object's": (
        "BERLIN (Reuters) - German Chancellor Angela Merkel stalled the coalition talks on "
        "Thursday by accusing French President Emmanuel Macron of delaying the budget.",
        "accusing",
        "pcomp^nsubj",
        ("DEU", "FRA"),
    ),
    "after doing: the subject's act": (
        "ATHENS (Reuters) - Greek Prime Minister Alexis Tsipras lost a parliamentary vote after "
        "criticizing German Finance Minister Wolfgang Schaeuble.",
        "criticizing",
        "pcomp^nsubj",
        ("GRC", "DEU"),
    ),
    "stopped from doing keeps its object": (
        "WARSAW (Reuters) - The European Union stopped Poland from cutting the forest.",
        "cutting",
        "pcomp^nsubj",
        None,
    ),
    "colleagues urged: the subject's": (
        "CANBERRA (Reuters) - Australian Foreign Minister Julie Bishop urged colleagues on "
        "Tuesday to reject the bill.",
        "reject",
        "whose colleagues they are",
        ("AUS", "AUS"),
    ),
    "someone's colleagues pressing": (
        "CANBERRA (Reuters) - Australian Senator Sam Dastyari faced new questions on Monday over "
        "his ties to China. Some of Dastyari’s colleagues in the Senate are pressing Prime "
        "Minister Malcolm Turnbull to act.",
        "pressing",
        "whose colleagues it is",
        ("AUS", "AUS"),
    ),
    "called for his resignation": (
        "LONDON (Reuters) - British Defence Secretary Michael Fallon faced new allegations on "
        "Monday. Opposition lawmakers called for his resignation.",
        "called",
        "owner of 'resignation'",
        ("GBR", "GBR"),
    ),
    "a company told again by the first word of its name": (
        "NEW YORK (Reuters) - Lawyer Anna Smirnova represented Zolotov Holdings Ltd, a "
        "Russian-controlled company, which in May agreed to pay $6 million to settle a U.S. case. "
        "In its letter, Zolotov asked the court to delay the hearing.",
        "asked",
        "short name of 'Zolotov Holdings Ltd'",
        ("RUS", "USA"),
    ),
    "a person's surname is no company's short name": (
        "NEW YORK (Reuters) - Zolotov Holdings Ltd, a Russian-controlled company, hired Anna "
        "Zolotov last year. Zolotov criticized the court on Monday.",
        "criticized",
        "short name of",
        None,
    ),
    "the author thanking no one placed is no event of the author's": (
        "The following statements were posted to the verified Twitter accounts of U.S. "
        "President Donald Trump, @realDonaldTrump and @POTUS. The opinions expressed are his "
        "own. Reuters has not edited the statements or confirmed their accuracy. "
        "@realDonaldTrump : - Thank you for a great evening! [0701 EST]",
        "Thank",
        "the document's author",
        None,
    ),
    "the author of posted statements thanks": (
        "The following statements were posted to the verified Twitter accounts of U.S. "
        "President Donald Trump, @realDonaldTrump and @POTUS. The opinions expressed are his "
        "own. Reuters has not edited the statements or confirmed their accuracy. "
        "@realDonaldTrump : - Thank you President Emmanuel Macron of France for a great "
        "dinner! [0701 EST]",
        "Thank",
        "the document's author",
        ("USA", "FRA"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall22(code_all, case):
    text, trigger, rule, pair = CASES[case]
    found = triggered_pairs(doc := code_all(text), trigger, rule)
    assert (pair in found) if pair is not None else not found, seen(doc)
