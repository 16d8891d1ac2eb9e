"""General news wordings for the document gold's "no entry" and "other root" misses (issue #9
vocab27): a claim or a lawsuit settled, named by its maker, and settling with the claimant,
are a settlement (057, guideline §8.8); things that settle without a claim are none.
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
}


@pytest.mark.parametrize("case", list(CASES))
def test_vocab27(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)
