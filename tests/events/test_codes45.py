"""Codes, issue #9 codes45: events coded at the right trigger with the wrong CAMEO root
(sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_codes, seen

pytestmark = pytest.mark.model


def _spans_hold(doc) -> None:
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text


# -- police who shoot someone assault them (18x), no military force (19x) ------------------------


def test_codes45_police_shooting_is_an_assault(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - A white police officer fatally shot an unarmed black man in "
        "Tulsa on Friday, police said."
    )
    codes = country_codes(doc.events)
    assert any(c[0].startswith("18") and c[1] == "USA" for c in codes), seen(doc)
    assert not any(c[0].startswith("19") for c in codes), seen(doc)
    _spans_hold(doc)


def test_codes45_shot_by_police_is_an_assault(code_all):
    doc = code_all(
        "CHICAGO (Reuters) - The teenager was shot by a police officer outside a grocery store "
        "on Sunday night."
    )
    codes = country_codes(doc.events)
    assert any(c[0].startswith("18") for c in codes), seen(doc)
    assert not any(c[0].startswith("19") for c in codes), seen(doc)


def test_codes45_troops_shooting_rebels_stay_force(code_all):
    doc = code_all(
        "DAMASCUS (Reuters) - Government troops shot dead twelve rebels near the border."
    )
    assert any(c[0].startswith("19") for c in country_codes(doc.events)), seen(doc)


# -- a pledge to ban or deport people of no country is the sanction, no threat -------------------


def test_codes45_pledge_to_ban_a_group_is_the_ban(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Republican front-runner Donald Trump has pledged to ban "
        "all Muslims from entering the country."
    )
    codes = country_codes(doc.events)
    assert any(c[0].startswith("17") and c[1] == "USA" for c in codes), seen(doc)
    assert not any(c[0].startswith("13") for c in codes), seen(doc)


def test_codes45_vow_against_a_named_country_stays_a_threat(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The president vowed to ban Iranian airlines from U.S. airports."
    )
    codes = country_codes(doc.events)
    assert any(c[0].startswith("13") and c[1:] == ("USA", "IRN") for c in codes), seen(doc)


# -- a prosecution is a criminal charge (173), no lawsuit (115) ----------------------------------


def test_codes45_prosecuted_is_a_charge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The district attorney had prosecuted a police officer for "
        "perjury in 2015, the senator said."
    )
    codes = country_codes(doc.events)
    assert any(c[0] == "173" for c in codes), seen(doc)
    assert not any(c[0].startswith("11") for c in codes), seen(doc)


def test_codes45_prosecution_denied_by_its_governor_is_no_threat(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The FBI director announced that he wouldn't recommend "
        "prosecuting the former secretary of state."
    )
    assert not any(c[0].startswith("13") for c in country_codes(doc.events)), seen(doc)


def test_codes45_no_longer_prosecuted_is_no_threat(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A peace activist who laughed at a senator during a hearing "
        "will no longer be prosecuted on charges of disrupting Congress."
    )
    assert not any(c[0].startswith("13") for c in country_codes(doc.events)), seen(doc)


def test_codes45_not_hesitating_to_charge_stays_a_threat(code_all):
    doc = code_all(
        "ANKARA (Reuters) - Turkey will not hesitate to arrest the opposition leader, the "
        "interior minister said on Monday."
    )
    assert any(c[0].startswith("13") for c in country_codes(doc.events)), seen(doc)
