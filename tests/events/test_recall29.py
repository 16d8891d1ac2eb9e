"""Recall, twenty-ninth round (issue #9 recall29): predications no lexicon frame matched on
whole articles. Ending the Deferred Action for Childhood Arrivals programme (or the temporary
protections it gave) restricts the immigrants it covered (172, no target: guideline §9.3); a
programme named by no such words is not coded. Saying one had no role or part in an act, or was
not involved in it, denies it (016, the speaker's), not when it foretells ("will have no role in
the future"). A deal reached with no partner named is with each other when two are named, and
among themselves for one party's or legislature's members ("Senate Republicans reached a deal",
coder._among_themselves), not for "negotiators". Paying someone a sum is business with them
(061), not a sum paid to settle a suit nor one paid to no one named. Sanctions or restrictions
proposed on someone are coded as the measure (163 / 172). Declining to answer someone named
rejects their request (120), not "declined to answer questions"; an invitation accepted "by"
someone is their invitation (036, as "from"). Two conjoined objects that two entries of the verb
code ("sanctions and travel restrictions on T") are two events, the second sharing the first's
preposition (coder._conjoined_measures). Sentences written for the test
in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "the DACA programme ended": (
        "WASHINGTON (Reuters) - The president ended the Deferred Action for Childhood Arrivals "
        "program in September, leaving lawmakers to find a fix.",
        "172",
        "end|terminate|rescind+daca",
        ("USA", ""),
    ),
    "DACA rescinded": (
        "WASHINGTON (Reuters) - The administration rescinded DACA on Tuesday, giving Congress "
        "six months to act.",
        "172",
        "end|terminate|rescind+daca",
        ("USA", ""),
    ),
    "temporary protections eliminated": (
        "WASHINGTON (Reuters) - The White House has eliminated the temporary protections that "
        "shielded thousands of young immigrants from deportation.",
        "172",
        "end|terminate|rescind+daca",
        ("USA", ""),
    ),
    "another programme ended is no restriction": (
        "WASHINGTON (Reuters) - The Pentagon ended the training program last year after a "
        "review of its costs.",
        "172",
        "end|terminate|rescind+daca",
        None,
    ),
    "no role in a decision denied": (
        "BERLIN (Reuters) - A government spokesman said the minister had no role in awarding "
        "the contract to the company.",
        "016",
        "have|play+role",
        ("DEU", ""),
    ),
    "not involved denied": (
        "BEIJING (Reuters) - The company said in a statement that its charity fund was not "
        "involved in the firm's commercial activities.",
        "016",
        "involve+in",
        ("CHN", ""),
    ),
    "a role played is no denial": (
        "BERLIN (Reuters) - A government spokesman said the minister played a role in awarding "
        "the contract.",
        "016",
        "have|play+role",
        None,
    ),
    "no role in the future foretells": (
        "BERLIN (Reuters) - The militia's leaders will have no role in the future of the "
        "country, the German foreign minister said on Monday.",
        "016",
        "have|play+role",
        None,
    ),
    "two named reach a deal": (
        "WASHINGTON (Reuters) - The congressman and his former aide reached a settlement "
        "agreement in 2015, his office said.",
        "057",
        "reach|strike|clinch",
        ("USA", "USA"),
    ),
    "a party's members reach a deal among themselves": (
        "WASHINGTON (Reuters) - Senate Republicans reached a deal on the budget bill on Tuesday, "
        "clearing the way for a vote.",
        "057",
        "among themselves",
        ("USA", "USA"),
    ),
    "negotiators reach a deal with someone unnamed": (
        "WASHINGTON (Reuters) - Negotiators reached a deal early on Sunday after talks that "
        "lasted through the night.",
        "057",
        "among themselves",
        None,
    ),
    "a firm paid a sum": (
        "WASHINGTON (Reuters) - The senator's campaign paid a consulting firm $6 million for its "
        "work last year, election records show.",
        "061",
        "pay+million",
        ("USA", "USA"),
    ),
    "a sum paid to settle is no business": (
        "WASHINGTON (Reuters) - The bank paid the government $6 million to settle the lawsuit, "
        "the Justice Department said.",
        "061",
        "pay+million",
        None,
    ),
    "fines paid name no one paid": (
        "WASHINGTON (Reuters) - The bank paid $5 million in fines last year, regulators said.",
        "061",
        "pay+million",
        None,
    ),
    "sanctions proposed on someone": (
        "WASHINGTON (Reuters) - Two senators proposed targeted sanctions on Venezuelan military "
        "officials on Thursday over the crackdown.",
        "163",
        "propose|recommend+sanction",
        ("USA", "VEN"),
    ),
    "restrictions proposed on someone": (
        "BRUSSELS (Reuters) - EU lawmakers proposed travel restrictions on Belarusian officials "
        "on Tuesday.",
        "172",
        "propose|recommend+restriction",
        ("IGO", "BLR"),
    ),
    "declined to answer someone": (
        "BERLIN (Reuters) - The former justice minister said she declined to answer Chancellor "
        "Angela Merkel when she asked about the inquiry.",
        "120",
        "to answer",
        ("DEU", "DEU"),
    ),
    "declined to answer questions names no one asked": (
        "BERLIN (Reuters) - Chancellor Angela Merkel declined to answer questions from reporters "
        "about the inquiry on Tuesday.",
        "120",
        "to answer",
        None,
    ),
    "an invitation accepted by whom it was made": (
        "OTTAWA (Reuters) - The prime minister accepted an invitation by the U.S. Congress to "
        "address a joint session next month.",
        "036",
        "accept+invitation+by",
        ("CAN", "USA"),
    ),
    "two measures on one target: the sanctions": (
        "LONDON (Reuters) - Britain imposed sanctions and travel restrictions on six Russian "
        "officials on Monday.",
        "163",
        "impose",
        ("GBR", "RUS"),
    ),
    "two measures on one target: the restrictions": (
        "LONDON (Reuters) - Britain imposed sanctions and travel restrictions on six Russian "
        "officials on Monday.",
        "172",
        "impose",
        ("GBR", "RUS"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall29(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-10-04")
    assert_pair_coded(doc, code, rule, pair)
