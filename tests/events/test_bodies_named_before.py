"""Actors, session 21 (issues #9/#10, helper actors21): a bare "the department", "the
commission", "the committee" is the body of that kind the story named just before ("the
Justice Department ... the department"), and the parties' national committees are the parties
(USAPTY). Sentences are our own, in wire phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger

pytestmark = pytest.mark.model


def test_the_department_is_the_department_named_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The State Department announced new cuts to its staff on "
        "Monday. Senator Bob Corker sharply criticized the department on Tuesday.",
        published="2017-11-21",
    )
    [criticized] = by_trigger(doc, "criticized")
    assert criticized.target_actor == "USAGOV", criticized.rule
    assert "the department named before" in criticized.rule


def test_the_commission_is_the_commission_named_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Federal Election Commission will weigh new disclosure rules "
        "for online political ads. Several technology companies praised the commission on "
        "Thursday.",
        published="2017-11-16",
    )
    [praised] = by_trigger(doc, "praised")
    assert praised.target_actor == "USAGOV", praised.rule
    assert "the commission named before" in praised.rule


def test_a_national_committee_is_its_party(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Republican National Committee cut its ties to the Senate "
        "candidate on Tuesday. A former party official accused the committee of abandoning "
        "voters.",
        published="2017-11-15",
    )
    [accused] = by_trigger(doc, "accused")
    assert accused.target_actor == "USAPTY", accused.rule


def test_the_name_after_and_speaks_for_the_second_verb(code_all):
    # the parser makes "Trump" a conjunct of "election" and leaves "said" with no subject:
    # the name before the second verb speaks, not the first verb's subject
    doc = code_all(
        "WASHINGTON (Reuters) - Russia has denied meddling in the election and Trump has said "
        "there was no collusion.",
        published="2017-11-20",
    )
    sources = {e.source_actor for e in doc.events if e.trigger_text == "was"}
    assert sources == {"USAGOV"}, [(e.source_actor, e.rule) for e in doc.events]


def test_an_act_its_doer_denies_is_no_accusation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Russia has denied the agencies' conclusion that it meddled in "
        "the election and Trump has said there was no collusion with Moscow.",
        published="2017-11-20",
    )
    [said] = [e for e in doc.events if e.trigger_text == "was"]
    assert said.source_actor == "USAGOV", said.rule
    assert not said.target_actor, said.rule
