"""Frames, issue #9 frames47: an amount of money written in figures ("$168,000") is money as
"$1.6 million" is (sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def _coded(doc, rule: str) -> list[tuple[str, str, str]]:
    return [(e.code, *country_pair(e)) for e in doc.events if rule in (e.rule or "")]


def test_frames47_paid_a_company_an_amount_in_figures(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A Virginia consulting firm paid a Canadian software company "
        "$245,000 for work on a voter database, the firm said in a filing on Tuesday."
    )
    assert ("061", "USA", "CAN") in _coded(doc, "lexicon:061 pay"), seen(doc)


def test_frames47_gave_an_amount_in_figures_to_a_committee(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The German chemicals maker gave $75,000 to a French charity "
        "last year, according to records released on Monday."
    )
    assert ("071", "DEU", "FRA") in _coded(doc, "lexicon:071"), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        # a fine paid is no one paid
        "WASHINGTON (Reuters) - The Ohio company paid $45,000 in fines last year, regulators said.",
        # a figure with no currency sign is no money
        "WASHINGTON (Reuters) - The Canadian company gave 75,000 to the French team last year.",
    ],
)
def test_frames47_no_money_given_to_anyone(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code[:2] in ("06", "07")], seen(doc)


def test_frames47_currency_sign_under_the_number(nlp):
    from redline.events.coding.frames import _currency_of

    doc = nlp("The firm paid a British company $168,000 and 300 people.")
    amount = next(t for t in doc if t.text == "168,000")
    people = next(t for t in doc if t.text == "300")
    assert _currency_of(amount) == "$"
    assert _currency_of(people) is None
    assert _currency_of(doc[1]) is None
