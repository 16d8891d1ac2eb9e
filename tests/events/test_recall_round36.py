"""Recall, thirty-sixth round (issue #9 recall36): the right code at the trigger (a pact left,
records handed over, talks agreed to, a killing by a gunman) and a party's deal among itself,
each on sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _root(doc, root):
    return [e for e in doc.events if e.root_code == root]


def test_recall36_a_pact_left_reduces_relations_with_no_one_as_target(code_all):
    doc = code_all(
        "LONDON (Reuters) - Britain pulled out of the nuclear treaty last year, officials said."
    )
    found = _root(doc, "16")
    assert found and found[0].code == "161", seen(doc)
    assert found[0].source_actor == "GBR" and found[0].target_actor is None, seen(doc)


def test_recall36_the_paris_accord_is_no_target_in_france(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The governor withdrew the state from the Paris climate "
        "agreement in 2019, his office said."
    )
    assert any(e.code == "161" for e in doc.events), seen(doc)
    assert not any(e.target_actor == "FRA" for e in doc.events), seen(doc)


def test_recall36_a_pact_to_be_left_is_a_threat_to_reduce_relations(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Canada has vowed to withdraw from the trade pact unless its "
        "partners drop the new tariffs."
    )
    assert any(e.code == "1313" and e.source_actor == "CAN" for e in doc.events), seen(doc)


def test_recall36_troops_withdrawn_from_a_country_are_no_pact(code_all):
    doc = code_all("MOSCOW (Reuters) - Russia withdrew its troops from Syria in December.")
    assert not any(e.code == "161" for e in doc.events), seen(doc)


def test_recall36_records_provided_are_information_shared(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The company provided the Senate committee with emails from its "
        "chief executive on Tuesday."
    )
    found = [e for e in doc.events if e.trigger_text == "provided"]
    assert found and found[0].code == "064", seen(doc)
    # one rule reads it: the 070 entry turned by the sense rule; the committee is given the records
    rule = found[0].rule
    assert "sense: 'provide ... email'" in rule, rule
    assert "Senate committee" in rule


def test_recall36_records_furnished_are_information_shared(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - The bank furnished federal prosecutors with records of the "
        "transfers, a person familiar with the matter said."
    )
    found = [e for e in doc.events if e.trigger_text == "furnished"]
    assert found and found[0].code == "064", seen(doc)


def test_recall36_arms_furnished_are_aid(code_all):
    doc = code_all("KYIV (Reuters) - Poland furnished Ukraine with ammunition last year.")
    assert ("POL", "070", "UKR") in [(e.source_actor, e.code, e.target_actor) for e in doc.events]


def test_recall36_weapons_provided_stay_aid(code_all):
    doc = code_all("BERLIN (Reuters) - Germany provided Ukraine with tanks last year.")
    assert ("DEU", "070", "UKR") in [(e.source_actor, e.code, e.target_actor) for e in doc.events]


def test_recall36_a_party_reaching_a_deal_reaches_it_among_itself(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republicans in the U.S. Senate reached a deal on the spending "
        "bill on Thursday, clearing the way for a vote next week."
    )
    found = [e for e in doc.events if e.code == "057"]
    assert found, seen(doc)
    assert found[0].source_actor == found[0].target_actor == "USALEG", seen(doc)


def test_recall36_talks_agreed_to_with_someone_are_an_intent_to_meet(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats agreed to talks with the White House on the "
        "spending bill on Thursday."
    )
    found = [e for e in doc.events if e.trigger_text == "agreed"]
    assert found and found[0].code == "036", seen(doc)
    assert found[0].target_actor == "USAGOV", seen(doc)


def test_recall36_a_debate_agreed_to_with_a_rival_is_an_intent_to_meet(code_all):
    doc = code_all("PARIS (Reuters) - France agreed to talks with Italy on the migrant quotas.")
    assert ("FRA", "036", "ITA") in [(e.source_actor, e.code, e.target_actor) for e in doc.events]


def test_recall36_a_named_man_killing_people_assaults_them(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Dmitri Volkov drove a van down a crowded street in Ohio on "
        "Saturday, killing four people."
    )
    found = [e for e in doc.events if e.trigger_text == "killing"]
    assert found and found[0].root_code == "18", seen(doc)


def test_recall36_a_gunman_killing_an_officer_assaults_him(code_all):
    doc = code_all("NEW YORK (Reuters) - A fleeing gunman killed a police officer on Sunday.")
    found = [e for e in doc.events if e.trigger_text == "killed"]
    assert found and found[0].code == "180", seen(doc)


def test_recall36_a_leader_killing_civilians_stays_force(code_all):
    doc = code_all("BEIRUT (Reuters) - Assad killed thousands of civilians during the war.")
    found = [e for e in doc.events if e.trigger_text == "killed"]
    assert found and found[0].code == "190", seen(doc)
