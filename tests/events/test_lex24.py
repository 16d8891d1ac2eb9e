"""Lexicon entries and word senses for wordings with no entry or coded with another root at the
trigger on whole articles (issue #9 lex24, docgold_misses.py "no entry" / "other root").
Agreeing to change, keep or drop something gives in (0832), not a bare commitment (030);
agreeing to a deal or a contract makes it (057), no yielding to a demand (083); concerns about
someone named by the noun criticize them (111); working out a bill or a deal between two sides
negotiates it (046); switching diplomatic recognition recognizes the one (054) or, with only the
one left named, cuts ties with it (161); kneeling in protest is a demonstration (140);
questioning someone about something interviews them (040; 036 when wanted), investigators
investigate (09); a court siding with a party rules against the other side (120). Sentences
written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "agreed to change a provision": (
        "WASHINGTON (Reuters) - Senate Republican leaders agreed on Tuesday to change a provision "
        "on business expensing to win the support of two wavering senators.",
        "0832",
        "agree to change|retain|drop",
        ("USA", "USA"),
    ),
    "agreed to retain a deduction": (
        "WASHINGTON (Reuters) - Republican Representative Kevin Brady has agreed to retain the "
        "deduction for medical expenses, a House aide said.",
        "0832",
        "agree to change|retain|drop",
        ("USA", "USA"),
    ),
    "agreed to expand a program: still a commitment": (
        "WASHINGTON (Reuters) - Republican Representative Kevin Brady has agreed to expand the "
        "child tax credit, a House aide said.",
        "0832",
        "agree to change|retain|drop",
        None,
    ),
    "agreed to a plea agreement": (
        "WASHINGTON (Reuters) - The former campaign aide has agreed to a plea agreement with "
        "Special Counsel Robert Mueller, his lawyer said on Friday.",
        "057",
        "sense: 'agree",
        ("USA", "USA"),
    ),
    "acceded to demands: still yielding": (
        "ATHENS (Reuters) - The Greek government acceded to the demands of the European Union on "
        "Friday.",
        "083",
        "accede|agree|bow",
        ("GRC", "IGO"),
    ),
    "a senator's concerns about a contract": (
        "WASHINGTON (Reuters) - Senator John McCain's concerns about the Pentagon's contract with "
        "the shipbuilder delayed the vote on Thursday.",
        "111",
        "concern",
        ("USA", "USA"),
    ),
    "reconciled their versions": (
        "WASHINGTON (Reuters) - The Senate and the House of Representatives reconciled their "
        "versions of the defense bill on Wednesday.",
        "046",
        "reconcile",
        ("USA", "USA"),
    ),
    "hammered out a deal with": (
        "BRUSSELS (Reuters) - The Irish prime minister hammered out a deal with the British prime "
        "minister on the border late on Thursday.",
        "046",
        "iron|hammer|work+out",
        ("IRL", "GBR"),
    ),
    "questioned a witness about": (
        "WASHINGTON (Reuters) - Senate Democrats want to question the attorney general about his "
        "meetings with the Russian ambassador, a committee aide said.",
        "036",
        "question+about",
        ("USA", "USA"),
    ),
    "investigators questioned a witness about": (
        "WASHINGTON (Reuters) - FBI agents questioned the former campaign adviser about his "
        "contacts with the Russian ambassador, his lawyer said.",
        "091",
        "question+about",
        ("USA", "USA"),
    ),
    "a judge sided with a party": (
        "WASHINGTON (Reuters) - A federal judge sided with the Justice Department on Tuesday in "
        "its dispute over the consumer agency.",
        "120",
        "sense: 'side'",
        ("USA", "USA"),
    ),
    "a senator sided with a party: still backing": (
        "WASHINGTON (Reuters) - The senator sided with the Justice Department on Tuesday in its "
        "dispute over the consumer agency.",
        "051",
        "side+with",
        ("USA", "USA"),
    ),
    "switched recognition to Beijing": (
        "PANAMA CITY (Reuters) - Panama switched diplomatic recognition from Taiwan to China in "
        "June.",
        "054",
        "switch|shift|transfer",
        ("PAN", "CHN"),
    ),
    "switched recognition from Taipei": (
        "PANAMA CITY (Reuters) - Panama switched diplomatic recognition from Taiwan in June.",
        "161",
        "switch|shift|transfer",
        ("PAN", "TWN"),
    ),
    "knelt during the anthem": (
        "NEW YORK (Reuters) - Several American football players knelt during the national anthem "
        "on Sunday to protest police violence.",
        "140",
        "kneel",
        ("USA", ""),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_lex24(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)
