"""Recall, thirty-first round (issue #9 recall31): event words with no lexicon entry on whole
articles. Setting out to improve relations (ties, a relationship) with someone is an intent to
cooperate (030); "mend ties" is left (the GSR sentence set codes none). A feeling told by a
participle the parser reads as a passive verb ("was disappointed with T", "were frustrated by
T", "was encouraged by T", "was encouraged (that) T ...") is coded as the adjective entries
code it (111 / 051), with the one who feels it (the passive subject) as the source
(coder.FEELING_PARTICIPLES); the active verb ("Russia frustrated U.S. policy in Syria":
thwarted) is no feeling, and "encouraged T to act" stays an appeal.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded, seen

pytestmark = pytest.mark.model


IMPROVE = "improve+relation"
DISAPPOINT = "disappoint|frustrate|dismay"
ENCOURAGE = "encourage|hearten"

# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "improve relations with someone": (
        "MOSCOW (Reuters) - The French president said he would seek to improve relations with "
        "Russia after years of tension.",
        "030",
        IMPROVE,
        ("FRA", "RUS"),
    ),
    "improve ties with someone": (
        "ANKARA (Reuters) - Turkey is working to improve ties with Germany, its foreign minister "
        "said on Tuesday.",
        "030",
        IMPROVE,
        ("TUR", "DEU"),
    ),
    "disappointed with someone": (
        "BERLIN (Reuters) - German Chancellor Angela Merkel said she was disappointed with the "
        "U.S. government's decision to leave the climate accord.",
        "111",
        DISAPPOINT,
        ("DEU", "USA"),
    ),
    "frustrated by someone": (
        "ISLAMABAD (Reuters) - U.S. officials have long been frustrated by Pakistan's reluctance "
        "to act against the militant groups.",
        "111",
        DISAPPOINT,
        ("USA", "PAK"),
    ),
    "disappointed that someone acted": (
        "TOKYO (Reuters) - Japan's foreign minister said he had been disappointed that China "
        "declined to join the talks.",
        "111",
        DISAPPOINT,
        ("JPN", "CHN"),
    ),
    "encouraged by someone": (
        "PARIS (Reuters) - French President Emmanuel Macron said on Friday he was encouraged by "
        "Germany's proposal for a joint budget.",
        "051",
        ENCOURAGE,
        ("FRA", "DEU"),
    ),
    "frustrated as thwarted is no feeling": (
        "WASHINGTON (Reuters) - Russia has frustrated U.S. policy in Syria and Ukraine, the "
        "officials said.",
        "111",
        DISAPPOINT,
        None,
    ),
    "encouraged to act stays an appeal": (
        "WASHINGTON (Reuters) - The United States encouraged Japan to spend more on its "
        "defense, officials said.",
        "051",
        ENCOURAGE,
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall31(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-10-04")
    assert_pair_coded(doc, code, rule, pair)


def test_encouraged_to_act_is_an_appeal(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The United States encouraged Japan to spend more on its "
        "defense, officials said.",
        published="2017-10-04",
    )
    assert any(e.code == "020" and (e.source_actor or "")[:3] == "USA" for e in doc.events), seen(
        doc
    )


# session 29: criticism endured or weathered, and blocking an attempt or effort (120)
def _coded(doc, code):
    return [e for e in doc.events if e.code == code]


def test_recall31_criticism_endured_criticises_the_subject(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Barack Obama has endured criticism for telling "
        "Canadian voters how to cast their ballots in the coming election."
    )
    found = [e for e in _coded(doc, "111") if e.target_actor.startswith("USA")]
    assert found, seen(doc)
    assert not found[0].source_actor, seen(doc)


def test_recall31_criticism_weathered_criticises_the_subject(code_all):
    doc = code_all(
        "CHICAGO (Reuters) - Mayor Rahm Emanuel has weathered criticism over the city's "
        "handling of the police shooting case."
    )
    assert any(e.target_actor.startswith("USA") for e in _coded(doc, "111")), seen(doc)


def test_recall31_blocking_a_partys_attempt_rejects_the_party(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats voted on Thursday to block a Republican "
        "attempt to cut funding for the health care law."
    )
    found = _coded(doc, "120")
    assert found, seen(doc)
    assert found[0].source_actor.startswith("USA"), seen(doc)


def test_recall31_blocking_their_efforts_rejects_whose_efforts(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Two moderate Republican senators helped block the White "
        "House's efforts to repeal the banking rules."
    )
    assert _coded(doc, "120"), seen(doc)


def test_recall31_blocking_a_road_is_no_rejection(code_all):
    doc = code_all(
        "CLEVELAND (Reuters) - Protesters blocked a road near the convention hall on Monday."
    )
    assert not _coded(doc, "120"), seen(doc)
