"""Wrong events the lead saw in the README example's output (issue #9), each fixed for its
phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def test_a_finite_verb_after_an_infinitive_is_the_subjects_own_act(code_all):
    # the parser hangs "met" on "to release"; past tense cannot be part of the infinitive
    doc = code_all(
        "German Chancellor Angela Merkel urged Iran to release the sailors and met "
        "Ukrainian President Volodymyr Zelenskiy in Berlin on Tuesday."
    )
    met = [e for e in doc.events if e.trigger_text == "met"]
    assert met, events(doc)
    assert all(e.code.startswith("04") for e in met), events(doc)
    assert all((e.source_actor or "").startswith("DEU") for e in met), events(doc)
    urged = [e for e in doc.events if e.code.startswith("02") or e.code.startswith("10")]
    assert urged and all((e.source_actor or "").startswith("DEU") for e in urged), events(doc)


def test_an_infinitive_coordination_keeps_its_governor(code_all):
    # both base forms: the second act is still what Iran is urged to do
    doc = code_all("Germany urged Iran to release the sailors and return the ship.")
    assert doc.events and all(e.source_actor == "DEU" for e in doc.events), events(doc)


def test_what_a_law_would_have_allowed_is_no_threat(code_all):
    doc = code_all(
        "Protests began against a bill that would have allowed Ukraine to extradite suspects "
        "and try them in Kyiv."
    )
    assert not [e for e in doc.events if e.code.startswith("13")], events(doc)


def test_would_have_is_no_announced_intent(code_all):
    doc = code_all("Without the deal, Germany would have expelled the Iranian diplomats.")
    assert not [e for e in doc.events if e.code.startswith("13") or e.code.startswith("03")], (
        events(doc)
    )
    # the plain future is still an announcement
    doc = code_all("Germany will expel the Iranian diplomats, the minister said.")
    assert [e for e in doc.events if e.code[:2] in ("13", "03")], events(doc)


def test_them_after_a_second_verb_is_the_first_verbs_object(code_all):
    # not the place named inside that object ("from Ukraine")
    doc = code_all(
        "The bill would have allowed Germany to extradite people accused of crimes from "
        "Ukraine and try them in Berlin."
    )
    tried = [e for e in doc.events if e.trigger_text == "try"]
    assert tried and not [e for e in tried if e.target_actor == "UKR"], events(doc)
    # an object that names an actor gives "them" its actor
    doc = code_all("Germany said it would expel Israeli diplomats in Berlin and arrest them.")
    arrested = [e for e in doc.events if e.trigger_text == "arrest"]
    assert arrested and all((e.target_actor or "").startswith("ISR") for e in arrested), events(doc)
