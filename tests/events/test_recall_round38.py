"""Recall, thirty-eighth round (issue #9 recall38): lemmas the lexicon has entries for whose
phrasing no frame matched, each on a sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_recall38_coordinated_subjects_discussing_consult_each_other(code_all):
    doc = code_all(
        "Trump and Xi discussed North Korea's missile tests on Thursday.", published="2017-11-09"
    )
    pairs = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "040"}
    assert ("USAGOV", "CHNGOV") in pairs or ("CHNGOV", "USAGOV") in pairs, [
        e.rule for e in doc.events
    ]
    assert any("discussed together" in e.rule for e in doc.events)


def test_recall38_discussing_with_someone_named_keeps_that_partner(code_all):
    doc = code_all("Germany and France discussed the crisis with Russia on Monday.")
    consults = [e for e in doc.events if e.code == "040"]
    assert consults and all(e.target_actor == "RUS" for e in consults), [e.rule for e in consults]


def test_recall38_one_subject_discussing_is_no_consult_with_no_one(code_all):
    doc = code_all("Germany discussed the crisis on Monday.")
    assert not any("discussed together" in e.rule for e in doc.events)


def test_recall38_agreeing_on_a_need_together_is_a_commitment(code_all):
    doc = code_all("Japan and South Korea agreed on the need for closer cooperation.")
    pairs = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "030"}
    assert ("JPN", "KOR") in pairs, [e.rule for e in doc.events]


def test_recall38_a_conjoined_agreement_shares_the_first_verbs_subject(code_all):
    doc = code_all(
        "Merkel and Macron expressed hope for a settlement and agreed on the need for dialogue.",
        published="2019-05-10",
    )
    agreed = [e for e in doc.events if e.trigger_text == "agreed"]
    assert {(e.source_actor, e.target_actor) for e in agreed} >= {("DEUGOV", "FRAGOV")}, [
        e.rule for e in agreed
    ]


def test_recall38_a_bill_called_a_giveaway_is_criticism_of_its_makers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats on Tuesday called the spending bill a giveaway "
        "to defense contractors.",
        published="2017-12-05",
    )
    judged = [e for e in doc.events if e.code == "111"]
    assert any(e.target_actor == "USALEG" for e in judged), [e.rule for e in doc.events]


def test_recall38_it_after_a_bill_is_the_bill_and_a_united_side_calls_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - House Democrats were united in their opposition to the "
        "legislation, calling it a scam on working families.",
        published="2017-12-05",
    )
    judged = [e for e in doc.events if e.code == "111"]
    assert any(e.source_actor == "USALEG" and e.target_actor == "USALEG" for e in judged), [
        e.rule for e in doc.events
    ]
    assert any("nsubj" in e.rule for e in judged)


def test_recall38_suggesting_another_should_act_is_an_appeal_to_them(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Grassley suggested the Justice Department should release the memo.",
        published="2017-11-20",
    )
    appeal = next(e for e in doc.events if e.code == "020")
    assert (appeal.source_actor, appeal.target_actor) == ("USALEG", "USAJUD"), appeal.rule


def test_recall38_a_bare_subjunctive_after_suggest_is_an_appeal(code_all):
    doc = code_all(
        "Instead, Grassley is suggesting that the attorney general be allowed to submit "
        "written testimony.",
        published="2017-11-20",
    )
    appeal = next(e for e in doc.events if e.code == "020")
    assert appeal.source_actor == "USALEG", appeal.rule
    assert appeal.target_actor is not None, appeal.rule


def test_recall38_suggesting_a_fact_is_no_appeal(code_all):
    doc = code_all(
        "Grassley suggested the Justice Department was hiding the memo.",
        published="2017-11-20",
    )
    assert not any(e.code == "020" for e in doc.events), [e.rule for e in doc.events]


def test_recall38_a_deadline_given_is_a_demand(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The president gave Congress six months to find a replacement "
        "for the program.",
        published="2017-09-06",
    )
    demand = next(e for e in doc.events if e.code == "100")
    assert demand.target_actor == "USALEG", demand.rule
