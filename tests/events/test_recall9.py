"""Recall, ninth round (issue #9 recall9): noun events that are events of their own although
they sit in a verb's argument or a relative clause, each on a sentence written for the test in
the style of wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest
from event_views import first_coded

pytestmark = pytest.mark.model


def test_recall9_sanctions_discussed_with_someone_are_an_event_too(code_all):
    doc = code_all(
        "The Japanese minister discussed Chinese sanctions on Australia with the Australian "
        "ambassador on Friday."
    )
    assert first_coded(doc, "040").target_actor == "AUSGOV"
    sanctions = first_coded(doc, "163")
    assert (sanctions.source_actor, sanctions.target_actor) == ("CHN", "AUS"), sanctions.rule
    assert "noun kept: its own actor" in sanctions.rule


def test_recall9_air_strikes_condemned_are_the_striker_s_act(code_all):
    doc = code_all("Egypt condemned Turkish air strikes on Syria at the meeting.")
    assert first_coded(doc, "111").source_actor == "EGY"
    strikes = first_coded(doc, "195")
    assert (strikes.source_actor, strikes.target_actor) == ("TUR", "SYR"), strikes.rule


def test_recall9_a_noun_with_no_actor_of_its_own_stays_what_the_verb_is_about(code_all):
    doc = code_all("Egypt condemned the air strikes on Syria at the meeting.")
    assert not [e for e in doc.events if e.code == "195"], [
        (e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events
    ]


def test_recall9_background_noun_with_its_own_actor_is_kept(code_all):
    doc = code_all("Kim Jong Un, whose country faces U.N. sanctions on North Korea, spoke.")
    sanctions = first_coded(doc, "163")
    assert (sanctions.source_actor, sanctions.target_actor) == ("IGOUNO", "PRK")
    assert "background noun with its own actor" in sanctions.rule


def test_recall9_charges_faced_are_brought_by_the_home_prosecutors(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The former aide and his business partner are facing charges "
        "including conspiracy to launder money."
    )
    charges = first_coded(doc, "173")
    assert charges.source_actor == "USAJUD", charges.rule
    assert "charges with no one named bringing them" in charges.rule
    assert "charged:nsubj" in charges.rule


def test_recall9_charges_against_someone_with_no_prosecutor_named(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The investigation has led to charges against Trump's former "
        "campaign manager."
    )
    charges = first_coded(doc, "173")
    assert charges.source_actor == "USAJUD", charges.rule
    assert (charges.target_actor or "")[:3] == "USA", charges.rule


def test_recall9_an_agentless_passive_charge_by_the_court_stays_a_charge(code_all):
    doc = code_all("WASHINGTON (Reuters) - The former aide was charged with fraud on Monday.")
    assert first_coded(doc, "173").source_actor == "USAJUD"
    assert not [e for e in doc.events if e.code == "112"]


def test_recall9_electricity_charges_are_no_legal_action(code_all):
    doc = code_all("WASHINGTON (Reuters) - Households are facing higher electricity charges.")
    assert not [e for e in doc.events if e.code == "173"], [
        (e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events
    ]


def test_recall9_contacts_with_someone_are_a_consultation(code_all):
    doc = code_all(
        "The British foreign secretary defended his contacts with an Iranian diplomat on Monday."
    )
    contact = first_coded(doc, "040")
    assert {contact.source_actor[:3], contact.target_actor[:3]} == {"GBR", "IRN"}, contact.rule
    assert "contact+with[PREP] (nominals.yml)" in contact.rule


def test_recall9_a_finding_that_an_actor_meddled_accuses_it(code_all):
    doc = code_all("The German minister said Russia had interfered in the vote.")
    accusation = first_coded(doc, "112")
    assert (accusation.source_actor[:3], accusation.target_actor) == ("DEU", "RUS")
    assert "(speech.yml)" in accusation.rule


def test_recall9_denying_one_meddled_accuses_no_one(code_all):
    doc = code_all("Russia has denied that it meddled in the election.")
    assert not [e for e in doc.events if e.code == "112"], [
        (e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events
    ]


def test_recall9_air_strikes_led_by_a_country_are_its_act(code_all):
    doc = code_all("Saudi-led air strikes in Yemen killed 20 civilians on Monday.")
    strikes = first_coded(doc, "195")
    assert (strikes.source_actor, strikes.target_actor) == ("SAU", "YEM"), strikes.rule
    assert "modifier -led" in strikes.rule


def test_recall9_the_strikes_told_again_are_made_by_the_earlier_attacker(code_all):
    doc = code_all(
        "Israel launched air strikes on Gaza on Monday. The strikes killed 20 people, health "
        "officials said."
    )
    killing = first_coded(doc, "190")
    assert killing.source_actor == "ISR", killing.rule
    assert "attack told before" in killing.rule


def test_recall9_strikes_with_no_attacker_before_stay_unresolved(code_all):
    doc = code_all("The strikes killed 20 people, health officials said.")
    assert not [e for e in doc.events if e.source_actor], [
        (e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events
    ]


def test_recall9_the_possessor_of_an_indictment_is_the_one_charged(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Pointing to the former aide's indictment, the president said he "
        "had done nothing wrong."
    )
    charges = first_coded(doc, "173")
    assert charges.source_actor == "USAJUD", charges.rule
    assert "charged:poss" in charges.rule


def test_recall9_an_implied_prosecutor_is_no_accuser_a_denial_answers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Rex Tillerson is facing charges of lying to the FBI. Tillerson "
        "has denied any wrongdoing."
    )
    denial = first_coded(doc, "016")
    assert not denial.target_actor, denial.rule


def test_recall9_an_attack_that_is_a_killing_s_instrument_is_not_coded_again(code_all):
    doc = code_all(
        "A monitoring group said eight people were killed in an air strike by government forces."
    )
    assert not [e for e in doc.events if e.code == "195"], [
        (e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events
    ]
