"""Targets and sources that are a thing someone owns (issue #9 owner40): an act, claim, plan,
quality or possession whose phrase names no actor is aimed at, or done by, its owner as the
parse names it (possessor, "by" phrase, a making relative clause, a verb that made the act in
the sentence before), and the event's rule says so.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import first_triggered, seen

from redline.events.owners import earlier_owner, made_of_verb, owned_kind, owner_of

pytestmark = pytest.mark.model


def test_a_possessor_pronoun_owns_the_act_investigated(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Former Secretary of State Hillary Clinton spoke in Ohio on "
        "Monday. The FBI's investigation into her use of a private email server did not result "
        "in charges.",
        published="2017-11-20",
    )
    probe = first_triggered(doc, "investigation")
    assert probe.target_actor == "USA", seen(doc)
    assert "owner of 'her use of a private email server' (possessor)" in probe.rule


def test_a_by_phrase_names_the_owner_of_the_acting_effort(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The advocacy effort by conservative groups could convince the "
        "Trump administration to curb the patent board's power, a lawyer said.",
        published="2017-11-20",
    )
    convince = first_triggered(doc, "convince")
    assert convince.source_actor == "USA", seen(doc)
    assert "owner of 'The advocacy effort' ('by' phrase)" in convince.rule


def test_a_making_relative_clause_names_whose_remarks_they_are(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Chuck Grassley on Tuesday criticized the remarks that "
        "Senator Dianne Feinstein made on Sunday.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.target_actor == "USALEG", seen(doc)
    assert "subject of 'made'" in criticized.rule


def test_a_by_phrase_the_parser_hangs_on_the_verb(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - The billionaire Peter Thiel bankrolled lawsuits by the wrestler "
        "Hulk Hogan against Gawker Media.",
        published="2017-11-20",
    )
    funded = first_triggered(doc, "bankrolled")
    assert funded.target_actor is not None and "owner of 'lawsuits'" in funded.rule, seen(doc)


def test_the_objections_told_again_are_the_objectors(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Two voters in Illinois objected to Senator Ted Cruz's name on the "
        "ballot. On Monday the Illinois State Board of Elections rejected both objections.",
        published="2017-11-20",
    )
    rejected = first_triggered(doc, "rejected")
    assert rejected.target_actor == "USACVL", seen(doc)
    assert "(who objected before)" in rejected.rule


def test_ones_own_stance_is_no_target(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Donald Trump on Tuesday defended his stance on "
        "immigration.",
        published="2017-11-20",
    )
    assert not any("owner of" in (e.rule or "") for e in doc.events), seen(doc)


def test_a_mediator_is_no_owner_of_the_deal(code_all):
    doc = code_all(
        "BEIRUT (Reuters) - Ceasefire deals brokered by Russia and Turkey have freed up fighters "
        "for Syrian President Bashar al-Assad.",
        published="2017-11-20",
    )
    assert not any("owner of" in (e.rule or "") for e in doc.events), seen(doc)


def test_the_kind_and_the_routes(nlp):
    parsed = nlp("Smith objected to the plan. The board rejected the objection and his claims.")
    plan, objection, claims = parsed[4], parsed[10], parsed[13]
    assert owned_kind(plan) == "plan" and owned_kind(claims) == "claim"
    assert owned_kind(parsed[0]) is None  # a name is no thing owned
    assert owner_of(claims)[0].text == "his"
    assert owner_of(plan) is None
    assert earlier_owner(objection)[0].text == "Smith"
    assert made_of_verb("objection", "object") and made_of_verb("proposal", "propose")
    assert not made_of_verb("effort", "eat")
