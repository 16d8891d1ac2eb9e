"""Second acts and code choices for gold events whose root the coder gave to another event of
the same actors (issue #9 taken28, docgold_misses.py "right tuple coded, matched to another
gold event"). Opposing a bill, a measure or a nomination is announced opposition, a rejection
(120), where plain "oppose" stays disapproval (110); so is opposition announced or signaled
(voiced, it stays 110) and a hold placed on a bill. An invitation to come, to visit or to
address a body, or one extended to someone, asks the guest to meet (026). Holding off on trade
actions against a country yields to it (080); appearing before a committee testifies (040).
A second clause
whose subject the parser hangs on the first clause's object ("criticized Russia and China
praised the deal") is that subject's act, and the name no second object of the first verb.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded, coded_pairs, seen

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "a senator opposes the tax bill": (
        "WASHINGTON (Reuters) - Republican Senator Jeff Flake said on Tuesday he would oppose the "
        "tax bill unless party leaders address the deficit.",
        "120",
        "oppose+bill",
        ("USA", "USA"),
    ),
    "lawmakers opposed the nominee": (
        "WASHINGTON (Reuters) - Several Democratic senators opposed President Donald Trump's "
        "nominee at Thursday's committee vote, citing his record on consumer protection.",
        "120",
        "oppose+bill",
        ("USA", "USA"),
    ),
    "opposing a health overhaul": (
        "WASHINGTON (Reuters) - Senator Lisa Murkowski said she would oppose another Republican "
        "healthcare overhaul.",
        "120",
        "oppose+bill",
        ("USA", "USA"),
    ),
    "opposition announced to a bill": (
        "WASHINGTON (Reuters) - Senator Ron Johnson of Wisconsin on Wednesday announced his "
        "opposition to the tax bill, citing its treatment of small businesses.",
        "120",
        "opposition",
        ("USA", "USA"),
    ),
    "opposition signaled to a tax proposal": (
        "WASHINGTON (Reuters) - Republican lawmakers from high-tax states have signaled their "
        "opposition to a proposal to repeal the state and local tax deduction.",
        "120",
        "opposition",
        ("USA", "USA"),
    ),
    "opposition voiced: still disapproval": (
        "WASHINGTON (Reuters) - Senator Ron Johnson of Wisconsin on Wednesday voiced his "
        "opposition to the tax bill, citing its treatment of small businesses.",
        "120",
        "opposition",
        None,
    ),
    "a hold placed on a bill": (
        "WASHINGTON (Reuters) - Democratic Senator Ron Wyden placed a hold on the bill on "
        "Tuesday to keep it from a quick vote.",
        "120",
        "hold",
        ("USA", "USA"),
    ),
    "invited to come to the table": (
        "SEOUL (Reuters) - South Korean President Moon Jae-in invited North Korea to come to the "
        "negotiating table in a speech on Monday.",
        "026",
        "invite",
        ("KOR", "PRK"),
    ),
    "an invitation extended to a president": (
        "WASHINGTON (Reuters) - House Speaker Paul Ryan extended an invitation to President "
        "Donald Trump to address a joint session of Congress.",
        "026",
        "invitation",
        ("USA", "USA"),
    ),
    "holding off on trade actions against a country": (
        "WASHINGTON (Reuters) - The president has held off on trade actions against Japan while "
        "the two governments negotiate, officials said.",
        "080",
        "hold+off",
        ("USA", "JPN"),
    ),
    "holding off on rate rises: no yielding": (
        "FRANKFURT (Reuters) - The European Central Bank has held off on rate rises this year, "
        "officials said.",
        "080",
        "hold+off",
        None,
    ),
    "appearing before a committee": (
        "WASHINGTON (Reuters) - The former campaign adviser appeared before the House "
        "Intelligence Committee on Thursday.",
        "040",
        "appear+before",
        ("USA", "USA"),
    ),
    "to appear before a committee: the intent to meet": (
        "WASHINGTON (Reuters) - The president's son will appear before the Senate Judiciary "
        "Committee next week, his lawyer said.",
        "036",
        "appear+before",
        ("USA", "USA"),
    ),
    "appearing before a judge: a hearing": (
        "WASHINGTON (Reuters) - The former minister appeared before a federal judge in Manhattan "
        "on Saturday and was held on bond.",
        "040",
        "appear+before",
        None,
    ),
    "opposing a war: still no rejection": (
        "WASHINGTON (Reuters) - Many Democrats in Congress oppose the war in Afghanistan, a poll "
        "of lawmakers showed on Monday.",
        "120",
        "oppose+bill",
        None,
    ),
}


# a second clause whose subject the parser hangs on the first clause's object, with no
# auxiliary between the name and its verb: the name acts in its own clause and is no second
# object of the first verb
STRAY_SUBJECT = "WASHINGTON (Reuters) - The senator criticized Russia and China praised the deal."


def test_second_clause_subject_without_auxiliary(code_all):
    doc = code_all(STRAY_SUBJECT, published="2017-11-14")
    assert_pair_coded(doc, "051", "stray-conj-subject", ("CHN", ""))


def test_second_clause_subject_is_no_object_of_the_first(code_all):
    doc = code_all(STRAY_SUBJECT, published="2017-11-14")
    assert_pair_coded(doc, "111", "criticize", ("USA", "RUS"))
    assert ("USA", "CHN") not in coded_pairs(doc, "111"), seen(doc)


@pytest.mark.parametrize("case", list(CASES))
def test_taken28(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)
