"""Second acts and code choices for gold events whose root the coder gave to another event of
the same actors (issue #9 taken28, docgold_misses.py "right tuple coded, matched to another
gold event"). Opposing a bill, a measure or a nomination is announced opposition, a rejection
(120), where plain "oppose" stays disapproval (110). Sentences written for the test in the
style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded

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
    "opposing a war: still no rejection": (
        "WASHINGTON (Reuters) - Many Democrats in Congress oppose the war in Afghanistan, a poll "
        "of lawmakers showed on Monday.",
        "120",
        "oppose+bill",
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_taken28(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)
