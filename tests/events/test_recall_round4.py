"""Recall, fourth round (issue #9): phrasings missing on the document-level dev articles, each
on a sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads

pytestmark = pytest.mark.model


def test_recall_resolution_put_forward_is_aimed_at_the_body_voting(code_all):
    doc = code_all(
        "Diplomats at the U.N. Security Council met on Monday. Egypt withdrew the resolution "
        "after a call from Washington. New Zealand and Senegal put it forward again for a vote."
    )
    got = dyads(doc)
    assert ("EGY", "080", "IGOUNO") in got, [e.rule for e in doc.events]
    assert ("NZL", "020", "IGOUNO") in got and ("SEN", "020", "IGOUNO") in got
    assert any("the body voting" in e.rule for e in doc.events)


def test_recall_circulated_draft_resolution(code_all):
    doc = code_all("France circulated a draft U.N. Security Council resolution on Syria.")
    assert ("FRA", "020", "IGOUNO") in dyads(doc), [e.rule for e in doc.events]


def test_recall_withdrawing_troops_is_not_a_motion(code_all):
    doc = code_all("Germany withdrew its troops from Afghanistan.")
    assert not [e for e in doc.events if e.target_actor == "IGOUNO"]


def test_recall_plea_of_guilty_is_made_to_the_prosecuting_side(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former adviser pleaded guilty to lying to the FBI, court "
        "papers released by the special counsel showed."
    )
    plea = next(e for e in doc.events if e.code == "015")
    assert plea.target_actor == "USAJUD", plea.rule
    assert "the prosecuting side" in plea.rule


def test_recall_plea_of_not_guilty_is_a_denial(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Special Counsel Robert Mueller charged the lobbyist with money "
        "laundering. The lobbyist pleaded not guilty to the charges on Monday."
    )
    assert [e.code for e in doc.events if e.trigger_text == "pleaded"] == ["016"]


def test_recall_settled_the_case_with(code_all):
    doc = code_all("Congressman John Conyers settled the harassment case with a former aide.")
    assert [e.code for e in doc.events] == ["057"], [e.rule for e in doc.events]
    assert doc.events[0].source_actor == "USALEG"


def test_recall_critical_of_is_criticism_by_the_subject(code_all):
    doc = code_all(
        "Senator John McCain has been critical of President Donald Trump.", published="2017-06-01"
    )
    assert ("USALEG", "111", "USAGOV") in dyads(doc), [e.rule for e in doc.events]


def test_recall_unhappy_with_is_disapproval(code_all):
    doc = code_all(
        "German Chancellor Angela Merkel was unhappy with President Donald Trump.",
        published="2017-06-01",
    )
    assert ("DEUGOV", "110", "USAGOV") in dyads(doc), [e.rule for e in doc.events]


def test_recall_critical_that_is_no_judgement_of_anyone(code_all):
    assert code_all("It is critical that we act now.").events == []


def test_recall_bare_apology(code_all):
    doc = code_all("Senator Al Franken apologized.")
    assert [(e.code, e.target_actor) for e in doc.events] == [("055", None)]


def test_recall_credentials_presented_to_the_host(code_all):
    doc = code_all("The new ambassador presented her credentials to Pope Francis at the Vatican.")
    assert [(e.code, e.target_actor) for e in doc.events] == [("050", "VATGOV")]


def test_recall_embraced_a_proposal_backs_its_author(code_all):
    doc = code_all(
        "Rex Tillerson has embraced the White House's proposal to cut the budget.",
        published="2017-06-01",
    )
    assert ("USAGOV", "051", "USAGOV") in dyads(doc), [e.rule for e in doc.events]


def test_recall_strikes_against_named_by_noun(code_all):
    doc = code_all("Washington said U.S. strikes against North Korea remained an option.")
    assert any(e.code == "190" and e.target_actor == "PRK" for e in doc.events), [
        e.rule for e in doc.events
    ]


def test_recall_a_union_strike_is_no_attack(code_all):
    doc = code_all("The union's strike against the company entered its second week.")
    assert [e.code for e in doc.events] == ["143"], [e.rule for e in doc.events]


def test_recall_phone_call_with_named_by_noun(code_all):
    doc = code_all(
        "Trump's phone call with Taiwan's president angered Beijing.", published="2017-06-01"
    )
    assert ("USAGOV", "041", "TWNGOV") in dyads(doc), [e.rule for e in doc.events]


def test_recall_travel_ban_issued_with_no_one_named(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Donald Trump issued his first travel ban in January."
    )
    assert [(e.code, e.target_actor) for e in doc.events] == [("172", None)]


def test_recall_a_role_takes_its_own_name(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican Representative Blake Farenthold denied it. In 2014, "
        "his former communications director Lauren Greene sued him."
    )
    suit = next(e for e in doc.events if e.code == "115")
    assert (suit.source_actor, suit.target_actor) == ("USA", "USALEG"), suit.rule
    assert "role named" in suit.rule


def test_recall_told_by_phone_is_a_call_and_what_was_said_stays(code_all):
    doc = code_all(
        "Biden told Putin in a phone call on Tuesday that Washington would impose sanctions."
    )
    codes = {e.code for e in doc.events}
    assert ("USAGOV", "041", "RUSGOV") in dyads(doc), [e.rule for e in doc.events]
    assert "1312" in codes, [e.rule for e in doc.events]


def test_recall_told_reporters_is_no_call(code_all):
    doc = code_all("Putin told reporters on Tuesday that the strike was a mistake.")
    assert not [e for e in doc.events if e.code == "041"]


def test_recall_causative_object_is_who_acts(code_all):
    doc = code_all("The crisis prompted Germany to send troops to Lithuania.")
    assert ("DEU", "154", "LTU") in dyads(doc), [e.rule for e in doc.events]
    assert "dobj-of-prompt" in doc.events[0].rule


def test_recall_veto_of_a_mandate_renewal_is_aimed_at_the_body(code_all):
    doc = code_all(
        "The U.N. Security Council met on Monday. Two days earlier, Russia vetoed a renewal "
        "of the inquiry's mandate."
    )
    assert ("RUS", "129", "IGOUNO") in dyads(doc), [e.rule for e in doc.events]


def test_recall_a_volley_of_missiles_is_missiles(code_all):
    doc = code_all("North Korea has test-fired a volley of missiles this year.")
    assert [(e.source_actor, e.code) for e in doc.events] == [("PRK", "150")]


def test_recall_plea_with_no_court_named_goes_to_the_home_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former campaign adviser pleaded guilty in October to lying "
        "to investigators."
    )
    plea = next(e for e in doc.events if e.code == "015")
    # issue #9 actors: "investigators" are a judicial role now, the prosecuting side it names
    assert plea.target_actor == "USAJUD", plea.rule
    assert "a plea is made in court" in plea.rule or "the prosecuting side" in plea.rule


def test_recall_telling_a_news_agency_by_phone_is_no_call(code_all):
    doc = code_all("Two rebel commanders told AFP by phone on Sunday that the fighters had left.")
    assert not [e for e in doc.events if e.code == "041"], [e.rule for e in doc.events]


def test_recall_an_inspector_general_is_government(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Two U.S. House Democrats on Monday asked the agency's "
        "inspector general to investigate the chairman."
    )
    # issue #9 recall30: an investigation urged is a demand for one (101), no longer 020
    assert any(e.target_actor == "USAGOV" and e.root_code == "10" for e in doc.events), [
        e.rule for e in doc.events
    ]


def test_recall_asked_on_a_date_is_no_one_called_on(code_all):
    doc = code_all(
        "DISASTER AID: On Nov. 17, the White House asked Congress to approve $44 billion in "
        "more aid for Puerto Rico.",
        published="2017-12-01",
    )
    appeals = [e for e in doc.events if e.root_code == "02"]
    assert appeals and all("dobj-of-ask 'Congress'" in e.rule for e in appeals), [
        e.rule for e in doc.events
    ]


def test_recall_losses_inflicted_on(code_all):
    doc = code_all("Iraqi forces inflicted heavy losses on Islamic State fighters near Mosul.")
    assert [(e.code, e.target_actor) for e in doc.events] == [("190", "IMGMUSISI")]


def test_recall_a_blow_dealt_to_a_minister_is_no_fight(code_all):
    assert code_all("The vote dealt a blow to the prime minister.").events == []
