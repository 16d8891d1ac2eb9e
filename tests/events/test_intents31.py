"""Intents, issue #9 intents31: statements of intent coded as the 03x/13x the act maps to
(framing.tsv), with the act's own target (sentences written for the test in the style of wire
news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(doc, codes: tuple[str, ...] = ("03", "13")):
    return [
        (e.code, e.source_actor, e.target_actor) for e in doc.events if e.code.startswith(codes)
    ]


# -- an embassy moved to a city: recognition (054), pledged or intended an intent (032) --------


def test_intents31_embassy_moved_to_a_capital_is_recognition(code_all):
    doc = code_all("Guatemala moved its embassy to Jerusalem on Wednesday.")
    assert [(e.code, e.source_actor, e.target_actor) for e in doc.events] == [
        ("054", "GTM", "ISR")
    ], seen(doc)


def test_intents31_plan_to_relocate_an_embassy_is_an_intent(code_all):
    doc = code_all("Paraguay plans to relocate its embassy to Jerusalem.")
    assert _pairs(doc) == [("032", "PRY", "ISR")], seen(doc)


def test_intents31_pledge_that_one_would_move_the_embassy_is_an_intent(code_all):
    doc = code_all("Biden pledged during the campaign that he would move the embassy to Jerusalem.")
    assert _pairs(doc) == [("032", "USAGOV", "ISR")], seen(doc)


def test_intents31_embassy_moved_elsewhere_is_no_recognition(code_all):
    doc = code_all("The embassy staff moved the archive to a new building.")
    assert not [e for e in doc.events if e.code.startswith(("05", "03"))], seen(doc)


# -- a threat's act with no object: the one "against"/"at" names is the target ----------------


def test_intents31_vow_to_retaliate_against_someone_targets_them(code_all):
    doc = code_all("Iran vowed to retaliate against Israel after the strike.")
    assert _pairs(doc) == [("138", "IRN", "ISR")], seen(doc)


def test_intents31_plan_to_retaliate_against_someone_is_a_threat(code_all):
    doc = code_all("Moscow said it planned to retaliate against the United States.")
    assert [(e.code[:2], e.target_actor) for e in doc.events if e.code.startswith("13")] == [
        ("13", "USA")
    ], seen(doc)


def test_intents31_vow_to_retaliate_with_no_one_named_has_no_target(code_all):
    doc = code_all("Iran vowed to retaliate at a time of its choosing.")
    assert [e.target_actor for e in doc.events if e.code.startswith("13")] == [None], seen(doc)


# -- an intent to meet: the one to be met; talks to be held: the one they are with ------------


def test_intents31_offer_to_meet_someone_targets_them(code_all):
    doc = code_all("Biden offered to meet Putin in Geneva next month.")
    assert _pairs(doc) == [("036", "USAGOV", "RUSGOV")], seen(doc)


def test_intents31_agree_to_resume_talks_with_someone_targets_them(code_all):
    doc = code_all("Serbia agreed to resume talks with Kosovo on the border dispute.")
    assert _pairs(doc) == [("036", "SRB", "KSV")], seen(doc)


def test_intents31_agree_to_resume_talks_alone_has_no_target(code_all):
    doc = code_all("Serbia agreed to resume talks next week.")
    assert _pairs(doc) == [("036", "SRB", None)], seen(doc)


# -- "hoped to ...": the parser's lemma "hop" is put right, so the hope announces the act -------


def test_intents31_hoped_to_work_with_someone_is_an_intent(code_all):
    doc = code_all("Merkel said she hoped to work with Macron on the budget.")
    assert [(e.code, e.target_actor) for e in doc.events if e.trigger_text == "work"] == [
        ("032", "FRAGOV")
    ], seen(doc)


def test_intents31_hopped_on_a_plane_is_no_governor(code_all):
    doc = code_all("Merkel hopped on a plane to meet Macron in Paris.")
    assert not [e for e in doc.events if e.code == "036"], seen(doc)


# -- a promise noun with its maker: "Poland's pledge to ...", "a pledge by Warsaw to ..." -------


def test_intents31_possessor_pledge_to_act_is_the_possessor_intent(code_all):
    doc = code_all("Poland's pledge to send tanks to Ukraine angered Moscow.")
    assert _pairs(doc) == [("0332", "POL", "UKR")], seen(doc)


def test_intents31_pledge_by_someone_to_act_is_their_intent(code_all):
    doc = code_all("The deals included a pledge by Warsaw to send tanks to Ukraine.")
    assert _pairs(doc) == [("0332", "POL", "UKR")], seen(doc)


def test_intents31_decision_to_act_stays_the_act(code_all):
    doc = code_all("Poland's decision to send tanks to Ukraine angered Moscow.")
    assert ("072", "POL", "UKR") in [(e.code, e.source_actor, e.target_actor) for e in doc.events]
    assert not _pairs(doc), seen(doc)


# -- a law killed is no killing: "promised to kill Obama's health care act" is no threat ---------


def test_intents31_promise_to_kill_a_named_act_is_no_threat_of_force(code_all):
    doc = code_all("The president promised to kill Obama's Affordable Care Act.")
    assert not [e for e in doc.events if e.code.startswith(("13", "18", "19"))], seen(doc)


def test_intents31_vow_to_kill_a_person_is_still_a_threat(code_all):
    doc = code_all("The rebels vowed to kill the mayor of Kyiv.")
    assert [e.code[:2] for e in doc.events if e.trigger_text in ("vowed", "kill")] == ["13"], seen(
        doc
    )


# -- "’ll" with a curly apostrophe announces the act as "'ll" does ------------------------------


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_intents31_contracted_will_announces_the_act(code_all, apostrophe):
    doc = code_all(f"The minister said: \u201cWe{apostrophe}ll impose sanctions on Turkey.\u201d")
    assert [e.code for e in doc.events if e.trigger_text == "impose"] == ["1312"], seen(doc)
