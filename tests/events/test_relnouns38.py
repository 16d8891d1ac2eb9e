"""Stance nouns, issue #9 relnouns38: "X has been a vocal critic of Y" is criticism (111) of Y by
X, "X was an early supporter / a staunch ally of Y" praise (051); a description in an apposition
or a relative clause is not coded (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _stance(doc):
    return [
        (e.source_actor[:3], e.code, e.target_actor[:3])
        for e in doc.events
        if e.code in ("111", "051")
    ]


def test_relnouns38_copula_critic_and_supporter(code_text):
    doc = code_text(
        "Senator Marco Rubio has long been a vocal critic of the Venezuelan government."
    )
    assert ("USA", "111", "VEN") in _stance(doc), seen(doc)
    doc = code_text("Boris Johnson was an early supporter of the Ukrainian president.")
    assert ("GBR", "051", "UKR") in _stance(doc), seen(doc)


def test_relnouns38_cast_as_and_one_of(code_text):
    doc = code_text(
        "Senator Marco Rubio has positioned himself as one of the harshest critics of the "
        "Cuban government."
    )
    assert ("USA", "111", "CUB") in _stance(doc), seen(doc)
    doc = code_text(
        "Boris Johnson cast himself as a staunch ally of the Ukrainian president at a rally."
    )
    assert ("GBR", "051", "UKR") in _stance(doc), seen(doc)


def test_relnouns38_name_before_the_noun(code_text):
    doc = code_text("Michael Flynn was an early and vociferous Trump supporter in 2016.")
    assert ("USA", "051", "USA") in _stance(doc), seen(doc)


def test_relnouns38_apposition_and_relative_clause_not_coded(code_text):
    doc = code_text(
        "Senator Marco Rubio, a vocal critic of the Venezuelan government, spoke on Monday."
    )
    assert not [s for s in _stance(doc) if s[2] == "VEN"], seen(doc)
    doc = code_text(
        "The panel met Erik Prince, who was a supporter of the Hungarian prime minister."
    )
    assert not [s for s in _stance(doc) if s[2] == "HUN"], seen(doc)


def test_relnouns38_a_plain_plural_group_is_described_not_coded(code_text):
    doc = code_text(
        "Boris Johnson said the farmers in his district were strong supporters of the "
        "Ukrainian president."
    )
    assert not [s for s in _stance(doc) if s[2] == "UKR"], seen(doc)


def test_relnouns38_a_clause_after_of_is_about_its_subject(code_text):
    doc = code_text("Boris Johnson is an enthusiastic proponent of Ukraine joining the EU.")
    stance = _stance(doc)
    assert ("GBR", "051", "UKR") in stance and not [s for s in stance if s[2] == "IGO"], seen(doc)
