"""Lexicon entries, word senses and an actor alias for wordings with no entry or coded with
another root at the trigger on whole articles (issue #9 lex27, docgold_misses.py "no entry" /
"other root"). A country's annexation or occupation of a territory seizes it (192), Crimea
being Ukraine's; a vehicle driven into people, killing them, is unconventional violence (180),
no armed force; a member expelled by a legislature or a party, or forced out of an office, is
sanctioned (172), no expulsion of diplomats (166); fines against someone sanction them (172); a
lawmaker's vote against a bill rejects it (120), a voter's vote against a candidate is no
event; a proposal barred is rejected (120); a report or a characterization disputed is denied
(016); a court agreeing to hear a case grants the appeal (080). Sentences written for the test
in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "annexation of Crimea": (
        "KIEV (Reuters) - Moscow's annexation of Crimea in 2014 led to a wave of Western "
        "sanctions against Russian banks.",
        "192",
        "annexation|occupation",
        ("RUS", "UKR"),
    ),
    "occupation of Crimea": (
        "WASHINGTON (Reuters) - The secretary of state said Russia's occupation of Crimea would "
        "not be recognized.",
        "192",
        "annexation|occupation",
        ("RUS", "UKR"),
    ),
    "a van driven into a crowd": (
        "BARCELONA (Reuters) - A Moroccan man drove a van into a crowd of tourists on Thursday, "
        "killing 13 people, police said.",
        "180",
        "kill",
        ("MAR", "ESP"),
    ),
    "troops driving into a town: still armed force": (
        "JERUSALEM (Reuters) - Israeli troops drove into the town on Tuesday, killing three "
        "Palestinian militants.",
        "190",
        "kill",
        ("ISR", "PSE"),
    ),
    "the Senate expels a member": (
        "WASHINGTON (Reuters) - If he wins, the U.S. Senate should vote to expel Senator Bob "
        "Menendez, a Republican senator said on Monday.",
        "172",
        "expel",
        ("USA", "USA"),
    ),
    "a judge forced out of his position": (
        "MONTGOMERY, Ala. (Reuters) - The state's judicial ethics court forced Judge Roy Moore "
        "out of his position as chief justice in 2003.",
        "172",
        "force",
        ("USA", "USA"),
    ),
    "diplomats expelled: still 166": (
        "LONDON (Reuters) - Britain expelled 23 Russian diplomats on Wednesday over the poisoning "
        "of a former spy.",
        "166",
        "expel",
        ("GBR", "RUS"),
    ),
    "fines against banks": (
        "WASHINGTON (Reuters) - The U.S. Treasury issued fines against two Chinese banks on "
        "Tuesday for dealings with North Korea.",
        "172",
        "fine",
        ("USA", "CHN"),
    ),
    "senators vote against a bill": (
        "WASHINGTON (Reuters) - Republican Senator Susan Collins voted against the health bill on "
        "Friday, dooming its passage.",
        "120",
        "vote+that",
        ("USA", "USA"),
    ),
    "voters vote against a candidate: no rejection": (
        "WASHINGTON (Reuters) - Voters in suburban districts voted against the Republican "
        "candidate in large numbers on Tuesday.",
        "120",
        "vote",
        None,
    ),
    "a proposal barred": (
        "WASHINGTON (Reuters) - The Senate parliamentarian barred Senator Bob Corker's budget "
        "proposal on procedural grounds on Friday.",
        "120",
        "sense: 'bar'",
        ("USA", "USA"),
    ),
    "lawmakers barred from a base: still 172": (
        "ANKARA (Reuters) - Turkey barred German lawmakers from visiting the Incirlik air base "
        "on Monday.",
        "172",
        "ban|bar",
        ("TUR", "DEU"),
    ),
    "a report disputed": (
        "MOSCOW (Reuters) - The Kremlin on Monday disputed the British government's account of "
        "the poisoning.",
        "016",
        "sense: 'dispute'",
        ("RUS", "GBR"),
    ),
    "a court agrees to hear a case": (
        "WASHINGTON (Reuters) - The U.S. Supreme Court agreed on Monday to hear Texas's "
        "challenge to the federal immigration program.",
        "080",
        "sense: 'agree",
        ("USA", "USA"),
    ),
    "leaders agree to hold talks: still 030": (
        "BEIJING (Reuters) - China and Japan agreed on Monday to hold talks on the disputed "
        "islands next month, a court official said.",
        "080",
        "sense: 'agree",
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_lex27(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)
