"""issue #9 prec31: wrong events on long campaign articles (train11), fixed for the phrasing;
the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def test_recapturing_momentum_seizes_nothing(code_all):
    doc = code_all(
        "LOUISVILLE - The governor was trying to recapture the momentum and the old magic of "
        "his first campaign with a bus tour of rural counties."
    )
    assert not [e for e in doc.events if e.code == "192"], events(doc)


def test_taking_back_control_of_state_capitols_is_won_at_the_polls(code_all):
    doc = code_all(
        "ATLANTA - The chairman said winning the South requires local leaders to take back control "
        "of state capitols across the region."
    )
    assert not [e for e in doc.events if e.code == "192"], events(doc)


def test_capturing_a_town_stays_a_seizure(code_all):
    doc = code_all("BAGHDAD - Islamic State fighters captured the town of Sinjar in August.")
    assert [e for e in doc.events if e.code.startswith("19")], events(doc)


def test_pulling_out_of_a_debate_is_no_retreat(code_all):
    doc = code_all(
        "WASHINGTON - The Republican Party pulled out of a televised debate with the network "
        "last month, citing its coverage."
    )
    assert not [e for e in doc.events if e.code.startswith("087")], events(doc)


def test_pulling_out_of_a_town_stays_a_retreat(code_all):
    doc = code_all("DAMASCUS - The rebels pulled out of the town on Sunday after heavy shelling.")
    assert [e for e in doc.events if e.code == "0874"], events(doc)


def test_calling_a_group_by_another_name_is_no_telephone_call(code_all):
    doc = code_all(
        "WASHINGTON - The president said calling the Islamic State by another name would do "
        "nothing to defeat it."
    )
    assert not [e for e in doc.events if e.code == "041"], events(doc)


def test_when_it_comes_to_a_rival_nobody_travels(code_all):
    doc = code_all(
        "CONCORD, N.H. - The former secretary said there is a real difference when it comes to "
        "Sen. Sanders and his health plan."
    )
    assert not [e for e in doc.events if e.code in ("042", "043")], events(doc)


def test_a_premier_coming_to_berlin_still_visits(code_all):
    doc = code_all(
        "BERLIN - The Chinese premier came to Berlin on Tuesday for two days of talks with the "
        "German chancellor."
    )
    assert [e for e in doc.events if e.code in ("042", "043")], events(doc)


def test_protecting_a_right_shields_no_one(code_all):
    doc = code_all(
        "DES MOINES - The candidate said she will defend the clinics and protect a woman's "
        "right to choose."
    )
    assert not [e for e in doc.events if e.code in ("074", "0334")], events(doc)


def test_peacekeepers_protecting_a_convoy_still_protect(code_all):
    doc = code_all(
        "JUBA - UN peacekeepers protected the aid convoy on its way to the refugee camp on Monday."
    )
    assert [e for e in doc.events if e.code in ("074", "0334")], events(doc)


def test_a_poll_share_of_voters_is_no_endorsement(code_all):
    doc = code_all(
        "WASHINGTON - The governor earned the support of nearly four in 10 likely voters in the "
        "survey, while the senator earned 28 percent."
    )
    assert not [e for e in doc.events if e.code == "051"], events(doc)


def test_a_union_endorsement_stays_support(code_all):
    doc = code_all(
        "COLUMBUS - The senator won the backing of the state's largest teachers' union on Monday."
    )
    assert [e for e in doc.events if e.code == "051"], events(doc)


def test_a_candidate_surrounded_by_advisers_is_not_besieged(code_all):
    doc = code_all(
        "WASHINGTON - Is the nominee surrounded by advisers loyal to the party's conservative wing?"
    )
    assert not [e for e in doc.events if e.code.startswith("19")], events(doc)


def test_troops_surrounding_a_town_still_besiege_it(code_all):
    doc = code_all("DONETSK - Government troops surrounded the rebel-held town on Friday.")
    assert [e for e in doc.events if e.code.startswith("19")], events(doc)


def test_attending_football_games_visits_no_one(code_all):
    doc = code_all(
        "TRENTON, N.J. - The governor has attended numerous New York Giants football games "
        "since taking office, a watchdog report said."
    )
    assert not [e for e in doc.events if e.code in ("042", "043")], events(doc)


def test_women_who_claim_he_harassed_them_accuse_him(code_all):
    doc = code_all(
        "BOSTON - The coach is under fire from dozens of former players who claim he assaulted "
        "them during practice."
    )
    claims = [e for e in doc.events if e.trigger_text == "claim"]
    assert claims and not [e for e in claims if e.code.startswith("01")], events(doc)


def test_rebels_claiming_their_own_attack_claim_responsibility(code_all):
    doc = code_all("SANAA - The rebels claimed that they had attacked the air base on Sunday.")
    assert [e for e in doc.events if e.code.startswith("01")], events(doc)
