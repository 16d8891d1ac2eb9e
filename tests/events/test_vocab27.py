"""General news wordings for the document gold's "no entry" and "other root" misses (issue #9
vocab27): a claim or a lawsuit settled, named by its maker, and settling with the claimant,
are a settlement (057, guideline §8.8); things that settle without a claim are none.
Believing someone or their denial supports them (051, guideline §10.13); believing a clause, a
story or "believe me" backs no one. Playing down a report or someone's role is a denial (016,
guideline §17.6); playing down a risk or the street is none.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "settled a department's case": (
        "WASHINGTON (Reuters) - The German bank settled the Justice Department's case on Friday.",
        "057",
        "settle",
        ("DEU", "USA"),
    ),
    "paid money to settle a government lawsuit": (
        "WASHINGTON (Reuters) - The Russian company paid $12 million to settle a U.S. "
        "government lawsuit.",
        "057",
        "settle",
        ("RUS", "USA"),
    ),
    "settled with an employee": (
        "NEW YORK (Reuters) - The bank's chief executive settled with a former employee over "
        "the allegations.",
        "057",
        "settle",
        ("USA", "USA"),
    ),
    "the dust settled: no settlement": (
        "WASHINGTON (Reuters) - The dust settled in Washington on Friday after the vote.",
        "057",
        "settle",
        None,
    ),
    "settled in a country: no settlement": (
        "BERLIN (Reuters) - The Syrian family settled in Germany in 2015.",
        "057",
        "settle",
        None,
    ),
    "believed the accusers": (
        "WASHINGTON (Reuters) - The Senate majority leader said he believed the women who "
        "accused the Alabama judge.",
        "051",
        "believe",
        ("USA", "USA"),
    ),
    "believed a leader's denial": (
        "WASHINGTON (Reuters) - The president said he believed Putin's denial of the accusations.",
        "051",
        "believe",
        ("USA", "RUS"),
    ),
    "believed what a country does: no support": (
        "WASHINGTON (Reuters) - The general said he believed Moscow was modernizing its "
        "nuclear forces.",
        "051",
        "believe",
        None,
    ),
    "believed a story: no support": (
        "WASHINGTON (Reuters) - The governor said she did not believe the story.",
        "051",
        "believe",
        None,
    ),
    "believe me: no support": (
        "WASHINGTON (Reuters) - “And believe me, Germany will pay for this,” the "
        "senator told supporters in Ohio.",
        "051",
        "believe",
        None,
    ),
    "played down a report": (
        "MOSCOW (Reuters) - The Kremlin played down the report of a rift between the two leaders.",
        "016",
        "play",
        ("RUS", ""),
    ),
    "downplayed an adviser's role": (
        "WASHINGTON (Reuters) - The White House has downplayed the former adviser's role in "
        "the campaign.",
        "016",
        "downplay",
        ("USA", "USA"),
    ),
    "played down the risks: no denial": (
        "BERLIN (Reuters) - The German finance minister played down the risks of the plan on "
        "Monday.",
        "016",
        "play",
        None,
    ),
    "played down the street: no denial": (
        "LONDON (Reuters) - The band played down the street all night.",
        "016",
        "play",
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_vocab27(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)
