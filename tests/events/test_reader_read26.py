"""Wrong outputs read on twelve unseen BBC articles (issue #9 read26, session 24), fixed for the
phrasing: a clause opened by "in case" is a condition (its events hypothetical, its "need to"
no appeal), what a ruling found is not said by whoever mentions the ruling, "its" / "their" on
a clause's object belong to its subject. (Sectors of judges, military chiefs and campaigners:
tests/actors/test_actors_read26.py.) The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Downing Street said Royal Navy ships were on standby in case they "
        "need to help evacuate British nationals from Lebanon.",
        "MADRID (Reuters) - Spanish marines are ready in case they need to help protect "
        "Spanish nationals in Guinea.",
    ],
)
def test_need_to_help_in_case_is_no_appeal(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith("02")], events(doc)


def test_an_act_in_case_of_need_is_hypothetical(code_all):
    doc = code_all(
        "PARIS (Reuters) - The French army has sent two companies to Abidjan in case it needs "
        "to evacuate French citizens from Ivory Coast."
    )
    evacuations = [e for e in doc.events if e.trigger_text == "evacuate"]
    assert evacuations and all(e.conditional for e in evacuations), events(doc)


@pytest.mark.parametrize(
    "clause, conditional", [("in case China attacks", True), ("because China attacked", False)]
)
def test_in_case_makes_the_clause_hypothetical(code_all, clause, conditional):
    doc = code_all(
        f"TOKYO (Reuters) - Japan has kept two destroyers near the islands {clause} the coast "
        "guard."
    )
    attacks = [e for e in doc.events if e.code == "190"]
    assert attacks and all(e.conditional is conditional for e in attacks), events(doc)


def test_in_case_of_a_noun_is_no_condition():
    from redline.events.coder import condition_clause
    from redline.nlp.parse import load_model

    parsed = load_model()("In case of war, Japan said it would defend the islands.")
    assert not any(condition_clause(t) for t in parsed), [(t.text, t.dep_) for t in parsed]


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN (Reuters) - Germany's foreign minister urged the judges to overturn the ruling "
        "that Russia had breached the arms control treaty.",
        "CANBERRA (Reuters) - Australia's trade minister rejected the finding that China had "
        "violated the trade agreement.",
    ],
)
def test_what_a_ruling_found_is_not_the_speakers_accusation(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "112"], events(doc)


def test_a_breach_said_by_a_speaker_stays_an_accusation(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Germany's foreign minister said Russia had breached the arms "
        "control treaty."
    )
    assert [e for e in doc.events if e.code == "112"], events(doc)


def test_its_own_case_is_the_subjects_not_a_nearby_country(code_all):
    doc = code_all(
        "LONDON (Reuters) - According to the report, the foreign secretary had warned the "
        "prime minister that the use of force against Syria could be unlawful. The report said "
        "the government had prepared a legal team to be able to defend its case."
    )
    defences = [e for e in doc.events if e.code == "052"]
    assert not [e for e in defences if e.target_actor], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - The High Court ruled that it was not unlawful for British police to "
        "turn the protesters away.",
        "WASHINGTON (Reuters) - A U.S. judge ruled it was not illegal for the Treasury to "
        "sanction the Venezuelan oil company.",
    ],
)
def test_not_unlawful_for_x_to_act_does_not_deny_the_act(code_all, text):
    doc = code_all(text)
    acts = [e for e in doc.events if e.trigger_text in ("turn", "sanction")]
    assert acts and not any(e.negated for e in acts), events(doc)


def test_an_act_not_done_stays_negated(code_all):
    doc = code_all("LONDON (Reuters) - British police did not turn the protesters away.")
    acts = [e for e in doc.events if e.trigger_text == "turn"]
    assert acts and all(e.negated for e in acts), events(doc)


def test_pledging_to_follow_others_is_no_promise_to_the_country(code_text):
    doc = code_text(
        "LONDON (Reuters) - Britain's biggest union Unison will ballot its members on strikes. "
        "Other British public sector unions have pledged to follow."
    )
    assert not [e for e in doc.events if e.code.startswith("03") and e.target_actor], events(doc)


def test_a_domestic_pledge_to_act_is_still_made_to_the_country(code_text):
    doc = code_text(
        "LONDON (Reuters) - The British government has pledged to cut income tax for low earners."
    )
    assert [e for e in doc.events if e.code.startswith("03")], events(doc)


def test_those_a_participle_acts_on_do_not_place_the_subject(code_all):
    doc = code_all(
        "ABIDJAN (Reuters) - The army broke the ceasefire, killing nine French soldiers."
    )
    sources = {e.source_actor for e in doc.events if e.trigger_text == "broke"}
    assert sources == {"CIVMIL"}, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "CHICAGO (Reuters) - In California, U.S. retailer Acme Corp is fighting opposition from "
        "residents to its new stores.",
        "SEATTLE (Reuters) - The American coffee chain has battled its rivals in China for years.",
    ],
)
def test_a_business_fighting_is_no_armed_force(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith("19")], events(doc)
