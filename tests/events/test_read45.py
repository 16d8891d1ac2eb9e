"""What the lead saw reading unseen BBC articles in the thirty-sixth round (issue #9): "did not
rule out that there had been an agreement" coded as a signed agreement, and "ruled out" read as
"ruled against". An act kept open ("did not rule out strikes", "refused to rule out an attack")
is a threat when it is an act of force and only possible otherwise; an act ruled out is refused.
The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


def test_an_attack_not_ruled_out_is_a_threat_of_force(code_text):
    doc = code_text("Israel refused to rule out military strikes against Iran's nuclear sites.")
    strikes = by_trigger(doc, "strikes")
    assert strikes, seen(doc)
    event = strikes[0]
    assert event.code.startswith("138"), event
    assert (event.source_actor, event.target_actor) == ("ISR", "IRN"), event
    assert not event.negated and not event.conditional, event
    assert "kept open" in event.rule
    # neither the refusal nor the ruling out is an event of its own
    assert not by_trigger(doc, "refused") and not by_trigger(doc, "rule"), seen(doc)
    assert doc.text[event.start : event.end].startswith("Israel refused")


def test_attacking_not_ruled_out_is_a_threat_not_a_negated_attack(code_text):
    doc = code_text("Prime Minister Benjamin Netanyahu did not rule out attacking Iran.")
    attack = by_trigger(doc, "attacking")
    assert attack, seen(doc)
    assert attack[0].code.startswith("138"), attack[0]
    assert attack[0].source_actor == "ISRGOV" and attack[0].target_actor == "IRN", attack[0]
    assert not attack[0].negated, attack[0]


def test_an_agreement_not_ruled_out_is_only_possible(code_text):
    doc = code_text(
        "The Albanian ambassador did not rule out that Albania had signed an agreement with "
        "Britain on the return of migrants."
    )
    signed = by_trigger(doc, "signed")
    assert signed, seen(doc)
    for event in signed:
        assert event.code == "057", event
        assert event.conditional and "not ruled out" in event.rule, event
        assert not event.negated, event


def test_ruled_out_is_no_ruling_against(code_text):
    doc = code_text("The general did not rule out air strikes against the rebels in the north.")
    assert not [e for e in doc.events if e.code == "120"], seen(doc)


def test_a_judge_still_rules_against(code_text):
    doc = code_text("A federal judge ruled against the Trump administration on Friday.")
    assert [e for e in doc.events if e.code == "120"], seen(doc)


def test_talks_ruled_out_are_refused_by_the_one_who_rules_them_out(code_text):
    doc = code_text("Colombia's president ruled out talks with the FARC rebels.")
    talks = by_trigger(doc, "talks")
    assert talks, seen(doc)
    assert talks[0].code.startswith("12"), talks[0]
    assert talks[0].source_actor.startswith("COL"), talks[0]
    assert "ruled out" in talks[0].rule
