"""Recall, twenty-ninth round (issue #9 recall29): predications no lexicon frame matched on
whole articles. Ending the Deferred Action for Childhood Arrivals programme (or the temporary
protections it gave) restricts the immigrants it covered (172, no target: guideline §9.3); a
programme named by no such words is not coded. Sentences written for the test in the style of
wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(doc, code: str, rule: str) -> list[tuple[str, str]]:
    """(source country, target country) of the events coded ``code`` whose rule holds ``rule``."""
    return [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
        for e in doc.events
        if e.code == code and rule in (e.rule or "")
    ]


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
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall29(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-10-04")
    pairs = _pairs(doc, code, rule)
    if pair is None:
        assert not pairs, seen(doc)
    else:
        assert pair in pairs, seen(doc)
