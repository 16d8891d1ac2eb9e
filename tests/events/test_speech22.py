"""issue #9 speech22: judgements between politicians in what they say, where the judgement is
not the head of what is said: an adjective before a predicate noun ("said she was a loyal,
principled colleague"), and a plan said to do harm ("said the government's plans would put
lives at risk"), aimed at the plan's maker. Sentences written for the test in wire style."""

from __future__ import annotations

import pytest

from redline.model import check_offsets

pytestmark = pytest.mark.model


def _evaluations(doc, code_prefix: str):
    return [
        e for e in doc.events
        if "evaluative" in (e.rule or "") and e.code.startswith(code_prefix)
    ]  # fmt: skip


def test_praise_adjective_before_the_predicate_noun(code_all):
    doc = code_all(
        "Prime Minister Theresa May said Philip Hammond had been a loyal, hard-working and "
        "principled colleague.",
        "2019-05-24",
    )
    assert check_offsets(doc) == []
    found = _evaluations(doc, "051")
    assert found, [(e.code, e.rule) for e in doc.events]
    assert "a 'loyal' noun" in found[0].rule or "noun" in found[0].rule


def test_criticism_adjective_before_the_predicate_noun_in_a_quotation(code_all):
    doc = code_all(
        "“Donald Trump is a reckless and divisive politician,” Nancy Pelosi said on Tuesday.",
        "2019-05-24",
    )
    found = _evaluations(doc, "111")
    assert found, [(e.code, e.rule) for e in doc.events]
    assert (found[0].source_actor, found[0].target_actor) == ("USALEG", "USAGOV"), found[0].rule


def test_a_sorting_adjective_before_the_noun_judges_no_one(code_all):
    doc = code_all(
        "Border officials said the men detained on Monday were illegal immigrants.", "2019-05-24"
    )
    assert not _evaluations(doc, "11"), [(e.code, e.rule) for e in doc.events]


def test_negated_predicate_noun_judgement_is_not_coded(code_all):
    doc = code_all(
        "“Donald Trump is not a dangerous man,” Senator Lindsey Graham said on Sunday.",
        "2019-05-24",
    )
    assert not _evaluations(doc, "111"), [(e.code, e.rule) for e in doc.events]


def test_a_plan_said_to_put_lives_at_risk_criticises_its_maker(code_all):
    doc = code_all(
        "Canadian officials said the U.S. demands would cause serious damage to the auto industry.",
        "2019-05-24",
    )
    assert check_offsets(doc) == []
    found = _evaluations(doc, "111")
    assert found, [(e.code, e.rule) for e in doc.events]
    assert found[0].source_actor.startswith("CAN") and found[0].target_actor == "USA"
    assert "harm:" in found[0].rule


def test_a_plan_said_to_hurt_in_a_quotation(code_all):
    doc = code_all(
        "“The Republican tax plan will hurt middle-class families,” Senator Chuck Schumer said.",
        "2019-05-24",
    )
    found = _evaluations(doc, "111")
    assert found, [(e.code, e.rule) for e in doc.events]
    assert found[0].source_actor == "USALEG"


def test_harm_not_reported_is_no_judgement(code_all):
    doc = code_all("The storm damaged the new bridge over the river.", "2019-05-24")
    assert not _evaluations(doc, "111"), [(e.code, e.rule) for e in doc.events]


def test_working_hard_said_of_another_is_praise(code_all):
    doc = code_all("Merkel said the French president was working hard for a deal.", "2019-05-24")
    found = _evaluations(doc, "051")
    assert found, [(e.code, e.rule) for e in doc.events]
    assert (found[0].source_actor, found[0].target_actor) == ("DEUGOV", "FRAGOV"), found[0].rule


def test_working_hard_said_of_ones_own_side_is_not_praise(code_all):
    doc = code_all("“We are working hard to get this done,” Trump said.", "2019-05-24")
    assert not _evaluations(doc, "051"), [(e.code, e.rule) for e in doc.events]


def test_right_to_act_is_praise_but_far_right_is_not(code_all):
    doc = code_all(
        "A federal judge said the White House was right to name a new director.", "2019-05-24"
    )
    found = _evaluations(doc, "051")
    assert found, [(e.code, e.rule) for e in doc.events]
    assert (found[0].source_actor, found[0].target_actor) == ("USAJUD", "USAGOV"), found[0].rule
    doc = code_all("“The new party is far right,” Senator Lindsey Graham said.", "2019-05-24")
    assert not _evaluations(doc, "051"), [(e.code, e.rule) for e in doc.events]


def test_toothless_plan_criticises_its_maker(code_all):
    doc = code_all(
        "“Prime Minister Theresa May's Brexit plan is toothless,” the Labour leader Jeremy "
        "Corbyn said.",
        "2019-05-24",
    )
    found = _evaluations(doc, "111")
    assert found, [(e.code, e.rule) for e in doc.events]
    assert found[0].target_actor == "GBRGOV", found[0].rule


def test_failed_to_act_said_by_another_is_criticism(code_all):
    doc = code_all(
        "Democrats on the House Intelligence Committee said Attorney General Jeff Sessions had "
        "failed to disclose his meetings with the Russian ambassador.",
        "2019-05-24",
    )
    found = [e for e in _evaluations(doc, "111") if "failed to" in e.rule]
    assert found, [(e.code, e.rule) for e in doc.events]
    assert (found[0].source_actor, found[0].target_actor) == ("USALEG", "USAJUD"), found[0].rule


def test_failed_to_with_no_actor_failing_is_not_coded(code_all):
    doc = code_all("The talks failed to produce a deal, officials said.", "2019-05-24")
    assert not [e for e in _evaluations(doc, "111") if "failed to" in e.rule]
