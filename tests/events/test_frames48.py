"""Frames, issue #9 frames48: a "terror attack" implies an attacker and is listed once per place
it struck, from whoever the phrase names or from no one (guideline §23.5, §24.2) (sentences
written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import coded_pairs, seen

from redline.model import check_offsets

pytestmark = pytest.mark.model

TERROR = "lexicon:180 terror attack"


def test_frames48_terror_attacks_in_two_places_from_no_one(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Security fears rose sharply after the terrorist attacks in Nice "
        "and Orlando, the senator told reporters on Tuesday."
    )
    assert check_offsets(doc) == []
    pairs = coded_pairs(doc, "180", TERROR)
    assert ("", "FRA") in pairs and ("", "USA") in pairs, seen(doc)


def test_frames48_place_before_the_noun_is_struck_not_the_attacker(code_all):
    doc = code_all(
        "The governor has taken a harder line on refugees since the San Bernardino and Paris "
        "terrorist attacks, which occurred last year."
    )
    pairs = coded_pairs(doc, "180", TERROR)
    assert ("", "FRA") in pairs and ("", "USA") in pairs, seen(doc)
    assert not any(src for src, _ in pairs), seen(doc)


def test_frames48_named_attacker_of_a_terror_attack_in_a_place(code_all):
    doc = code_all(
        "The Islamic State's terrorist attacks in Paris reshaped the debate over border checks, "
        "the minister said."
    )
    assert ("IMG", "FRA") in coded_pairs(doc, "180", TERROR), seen(doc)


def test_frames48_september_11_attacks_struck_the_united_states(code_all):
    doc = code_all(
        "Security at the airports was tightened after the Sept. 11 terrorist attacks, the "
        "senator said."
    )
    assert ("", "USA") in coded_pairs(doc, "180", TERROR), seen(doc)


def test_frames48_attacks_with_no_terror_word_stay_uncoded(code_all):
    # "an attack named with no attacker at all is not" listed (guideline §23.5)
    doc = code_all("The attacks in Paris shocked the region, the minister said on Sunday.")
    assert not coded_pairs(doc, "180"), seen(doc)


def test_frames48_terror_attack_with_no_place_stays_uncoded(code_all):
    doc = code_all("The senator said a terror attack remained the agency's chief worry.")
    assert not coded_pairs(doc, "180", TERROR), seen(doc)
