"""Intents, issue #9 intents31: statements of intent coded as the 03x/13x the act maps to
(framing.tsv), with the act's own target (sentences written for the test in the style of wire
news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(doc, codes: tuple[str, ...] = ("03", "13")):
    return [
        (e.code, e.source_actor, e.target_actor) for e in doc.events if e.code.startswith(codes)
    ]


# -- an embassy moved to a city: recognition (054), pledged or intended an intent (032) --------


def test_intents31_embassy_moved_to_a_capital_is_recognition(code_all):
    doc = code_all("Guatemala moved its embassy to Jerusalem on Wednesday.")
    assert [(e.code, e.source_actor, e.target_actor) for e in doc.events] == [
        ("054", "GTM", "ISR")
    ], seen(doc)


def test_intents31_plan_to_relocate_an_embassy_is_an_intent(code_all):
    doc = code_all("Paraguay plans to relocate its embassy to Jerusalem.")
    assert _pairs(doc) == [("032", "PRY", "ISR")], seen(doc)


def test_intents31_pledge_that_one_would_move_the_embassy_is_an_intent(code_all):
    doc = code_all("Biden pledged during the campaign that he would move the embassy to Jerusalem.")
    assert _pairs(doc) == [("032", "USAGOV", "ISR")], seen(doc)


def test_intents31_embassy_moved_elsewhere_is_no_recognition(code_all):
    doc = code_all("The embassy staff moved the archive to a new building.")
    assert not [e for e in doc.events if e.code.startswith(("05", "03"))], seen(doc)
