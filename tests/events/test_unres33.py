"""Actors, issue #9 unres33: arguments the coder read wrong or not at all on whole articles.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_both_parties_leaders_negotiate_with_each_other(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican and Democratic leaders in the Senate were still "
        "haggling on Tuesday over how much to spend on disaster relief.",
        published="2017-11-20",
    )
    haggling = first_triggered(doc, "haggling")
    assert (haggling.source_actor, haggling.target_actor) == ("USALEG", "USALEG"), dyads(doc)


def test_both_parties_lawmakers_act_as_lawmakers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican and Democratic lawmakers on Wednesday criticized "
        "the Pentagon over delays to the new fighter jet.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USALEG", dyads(doc)


def test_two_countries_as_modifiers_stay_two_countries(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russian and Chinese diplomats criticized the new sanctions on "
        "Thursday.",
        published="2017-11-20",
    )
    sources = {e.source_actor[:3] for e in doc.events if e.trigger_text == "criticized"}
    assert sources == {"RUS", "CHN"}, dyads(doc)


def test_a_call_for_a_tax_cut_is_asked_of_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats on Thursday called for the gasoline tax to "
        "be suspended through the summer.",
        published="2017-11-20",
    )
    called = first_triggered(doc, "called")
    assert called.target_actor == "USALEG", dyads(doc)


def test_a_demand_for_more_spending_is_asked_of_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Democrats are demanding increases in spending on veterans' "
        "health care.",
        published="2017-11-20",
    )
    demanding = first_triggered(doc, "demanding")
    assert demanding.target_actor == "USALEG", dyads(doc)


def test_pushing_a_tax_cut_through_is_no_demand_of_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republicans hope to push the tax cuts through the Senate "
        "before Christmas.",
        published="2017-11-20",
    )
    assert not any("bill's makers" in (e.rule or "") for e in doc.events), dyads(doc)


def test_a_call_for_talks_is_no_fiscal_ask(nlp):
    from redline.events.coder import _fiscal_ask

    doc = nlp("The senator called for talks and pushed for including a tax credit.")
    talks = next(t for t in doc if t.text == "talks")
    bare_for = [t for t in doc if t.text == "for"][-1]
    assert _fiscal_ask(talks) is None
    assert (
        _fiscal_ask(bare_for) is not None
        or _fiscal_ask(next(t for t in doc if t.text == "credit")) is not None
    )


def test_a_truce_brokered_in_one_country_is_mediated_for_it(code_all):
    doc = code_all(
        "BEIRUT (Reuters) - A truce brokered by Egypt and Qatar in the south of Lebanon has "
        "held for a week.",
        published="2017-11-20",
    )
    brokered = [e for e in doc.events if e.trigger_text == "brokered"]
    assert {(e.source_actor[:3], e.target_actor) for e in brokered} == {
        ("EGY", "LBN"),
        ("QAT", "LBN"),
    }, dyads(doc)


def test_mediating_between_unnamed_parties_takes_no_country_named_elsewhere(code_all):
    doc = code_all(
        "HANOI (Reuters) - The envoy said he was ready to mediate between the rival factions "
        "and said Japan's position was unhelpful.",
        published="2017-11-20",
    )
    mediate = [e for e in doc.events if e.trigger_text == "mediate"]
    assert all(e.target_actor is None for e in mediate), dyads(doc)


def test_a_deal_brokered_where_two_countries_are_named_has_no_party(code_all):
    doc = code_all(
        "BEIRUT (Reuters) - A deal brokered by Russia between Syria and Turkey in the north "
        "collapsed on Monday.",
        published="2017-11-20",
    )
    brokered = [e for e in doc.events if e.trigger_text == "brokered"]
    assert not any("mediating clause" in (e.rule or "") for e in brokered), dyads(doc)
