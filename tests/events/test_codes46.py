"""Codes, issue #9 codes46: events coded at the right trigger with the wrong CAMEO root
(sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_codes, seen

pytestmark = pytest.mark.model


def _spans_hold(doc) -> None:
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text


# -- an assent announced as ended ("could no longer agree to") is refused (12x) ------------------


def test_codes46_no_longer_agree_is_a_refusal(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - The judge said she could no longer agree to more lenient bail "
        "terms for the former campaign chairman."
    )
    codes = country_codes(doc.events)
    assert any(c[0].startswith("12") for c in codes), seen(doc)
    assert not any(c[0].startswith("08") for c in codes), seen(doc)
    _spans_hold(doc)


def test_codes46_no_longer_prosecuted_stays_dropped(code_all):
    # codes45's exit: a charge announced as ended is no threat and no refusal
    doc = code_all(
        "WASHINGTON (Reuters) - The protester will no longer be prosecuted, the Justice "
        "Department said on Friday."
    )
    codes = country_codes(doc.events)
    assert not any(c[0].startswith(("12", "13", "17")) for c in codes), seen(doc)


# -- a stance its holder does not take ("is not backing", "has never supported") is rejected -----


def test_codes46_not_backing_a_proposal_is_a_rejection(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The White House said on Monday it was not backing any proposal "
        "to delay the cut in the corporate tax rate."
    )
    codes = country_codes(doc.events)
    assert any(c[0].startswith("12") for c in codes), seen(doc)
    assert not any(c[0].startswith("05") for c in codes), seen(doc)
    _spans_hold(doc)


def test_codes46_does_not_support_the_bill_is_a_rejection(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Ron Wyden said on Tuesday he does not support the "
        "Senate tax bill."
    )
    assert any(c[0].startswith("12") for c in country_codes(doc.events)), seen(doc)


def test_codes46_not_yet_endorsed_stays_negated(code_all):
    # "has not endorsed" is not yet done (guideline §4), no stance refused
    doc = code_all(
        "WASHINGTON (Reuters) - Ohio Governor John Kasich has not endorsed Donald Trump."
    )
    codes = country_codes(doc.events)
    assert not any(c[0].startswith("12") for c in codes), seen(doc)
