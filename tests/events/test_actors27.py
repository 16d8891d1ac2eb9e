"""Actors, issue #9 actors27: arguments of the right events the coder read wrong or not at all
on whole articles. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_a_threat_is_aimed_at_whom_its_condition_asks_to_act(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Donald Trump threatened on Monday to pull out of the "
        "trade pact if Canada did not lower its dairy tariffs.",
        published="2017-11-20",
    )
    threatened = first_triggered(doc, "threatened")
    assert threatened.target_actor == "CAN", dyads(doc)
    assert "threat condition" in threatened.rule


def test_an_unless_condition_names_the_one_threatened(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The senator threatened to cut off funding for the agency "
        "unless the White House released the documents.",
        published="2017-11-20",
    )
    threatened = first_triggered(doc, "threatened")
    assert threatened.target_actor == "USAGOV", dyads(doc)


def test_a_passive_condition_names_no_one_threatened(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Trump threatened on Friday to cut off talks if Canada was "
        "attacked again.",
        published="2017-11-20",
    )
    threatened = first_triggered(doc, "threatened")
    assert threatened.target_actor != "CAN", dyads(doc)


def test_a_committee_measure_judged_is_the_legislatures(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The budget office took issue with the agriculture committee "
        "measure on Tuesday, saying it ignored the costs of crop insurance.",
        published="2017-11-20",
    )
    took = first_triggered(doc, "took")
    assert took.target_actor == "USALEG", dyads(doc)


def test_a_security_measure_is_no_bill(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Airline groups criticized the new security measures on Tuesday.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.target_actor != "USALEG", dyads(doc)


def test_dropping_opposition_to_a_bill_yields_to_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Major oil companies dropped their opposition to the measure, "
        "which amends a 1970s law on offshore drilling.",
        published="2017-11-20",
    )
    dropped = first_triggered(doc, "dropped")
    assert dropped.target_actor == "USALEG", dyads(doc)


def test_a_bill_put_out_is_no_release_aimed_at_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Republicans released their tax bill on Thursday.",
        published="2017-11-20",
    )
    released = [e for e in doc.events if e.trigger_text == "released"]
    assert not any(
        e.code.startswith("084") and "bill's makers" in (e.rule or "") for e in released
    ), dyads(doc)


def test_a_plea_abroad_is_made_in_the_court_of_the_country_the_story_is_about(code_all):
    doc = code_all(
        "FRANKFURT (Reuters) - U.S. prosecutors have asked a German bank for records on "
        "accounts held by Paul Manafort, the former U.S. campaign chairman, a U.S. official "
        "said. The U.S. Justice Department declined to comment. In October, Manafort pleaded "
        "not guilty to charges including money laundering.",
        published="2017-12-05",
    )
    pleaded = first_triggered(doc, "pleaded")
    assert pleaded.target_actor == "USAJUD", dyads(doc)


def test_a_foreigners_plea_is_made_in_the_datelines_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A Russian businessman pleaded guilty on Monday to smuggling "
        "military electronics out of the United States.",
        published="2017-12-05",
    )
    pleaded = first_triggered(doc, "pleaded")
    assert pleaded.target_actor == "USAJUD", dyads(doc)


def test_an_act_noun_summing_up_the_clause_is_its_subjects_act(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Trump recognized Jerusalem as Israel's capital last week, a "
        "decision that Arab leaders condemned.",
        published="2017-11-20",
    )
    condemned = first_triggered(doc, "condemned")
    assert condemned.target_actor == "USAGOV", dyads(doc)
    assert "the clause it sums up" in condemned.rule
