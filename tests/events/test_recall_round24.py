"""Recall, twenty-fourth round (issue #9 recall24): "S told T that ..." is a consultation (040)
when the one told is a part of another country's state ("told Vietnam's president", "told an
Australian diplomat"); within one country ("told the president"), to a newsroom, a firm or the
public, to investigators (testimony), "told T to act" and "told T that T must act" (an appeal
or a demand, coded by the clause's own event) it is not.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import coded_pairs, seen

pytestmark = pytest.mark.model

RULE = "lexicon:040 tell[DOBJ]"

# (text, the country pair of the "told" consultation; None: no such event)
CASES = {
    "a foreign president told": (
        "HANOI (Reuters) - Japanese Prime Minister Shinzo Abe told Vietnam's President Tran Dai "
        "Quang on Sunday that Tokyo would help build the new port.",
        ("JPN", "VNM"),
    ),
    "a foreign diplomat told": (
        "LONDON (Reuters) - A senior Indian official told a British diplomat in March that New "
        "Delhi would not sign the trade pact this year.",
        ("IND", "GBR"),
    ),
    "a foreign leader tells ours": (
        "BEIJING (Reuters) - Chinese President Xi Jinping told German Chancellor Angela Merkel "
        "that China would open its markets further.",
        ("CHN", "DEU"),
    ),
    "within one government: no consultation": (
        "PARIS (Reuters) - The French finance minister told French President Emmanuel Macron "
        "that the budget would miss its target.",
        None,
    ),
    "told reporters: no one consulted": (
        "MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov told reporters that Russia had not "
        "received the German proposal.",
        None,
    ),
    "told a foreign newspaper: no consultation": (
        "ROME (Reuters) - The Italian prime minister told the Financial Times that Italy would "
        "not leave the euro.",
        None,
    ),
    "told a foreign leader to act: no consultation": (
        "MANILA (Reuters) - Philippine President Rodrigo Duterte said he told the U.S. president "
        "to stay out of the country's affairs.",
        None,
    ),
    "told a foreign leader what his country must do: no consultation": (
        "BERLIN (Reuters) - The German chancellor told the Polish president on Monday that "
        "Warsaw must respect the court's ruling.",
        None,
    ),
}


@pytest.mark.parametrize(("text", "pair"), list(CASES.values()), ids=list(CASES))
def test_recall24_told(code_all, text, pair):
    doc = code_all(text)
    consulted = coded_pairs(doc, "040", RULE)
    assert consulted.count(pair) >= 1 if pair else consulted == [], seen(doc)


def test_a_news_conference_told_is_still_the_meeting(code_all):
    doc = code_all(
        "TOKYO (Reuters) - South Korean President Moon Jae-in told a joint news conference with "
        "the Japanese prime minister that Seoul would keep the intelligence pact."
    )
    assert ("KOR", "JPN") in coded_pairs(doc, "040", "news conference"), seen(doc)
