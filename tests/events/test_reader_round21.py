"""Wrong outputs read on twelve unseen BBC politics and business articles (issue #9 read21),
fixed for the phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The think tank said the French president would need to raise taxes next year.",
        "Economists said the finance minister would need to borrow more to fund the plan.",
    ],
)
def test_a_need_foreseen_is_no_appeal(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "020"], events(doc)


def test_a_need_stated_stays_an_appeal(code_all):
    doc = code_all("The minister said Iran needs to stop enriching uranium.")
    assert [e for e in doc.events if e.code == "020"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition party has expressed serious misgivings about the government's plans.",
        "German officials voiced misgivings about the French proposal for a new tax.",
    ],
)
def test_misgivings_expressed_are_criticism(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "111"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The French president acknowledged he would have a hard job persuading other nations.",
        "The coach admitted he would find it hard to replace the striker next season.",
    ],
)
def test_a_prospect_acknowledged_is_no_admission(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "015"], events(doc)


def test_a_deed_acknowledged_stays_an_admission(code_all):
    doc = code_all("The minister admitted that his office had misled parliament.")
    assert [e for e in doc.events if e.code == "015"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The chairman said the complaints would be looked into and the candidate may be "
        "interviewed by the party.",
    ],
)
def test_a_conjuncts_modal_is_not_anothers_intent(code_all, text):
    doc = code_all(text)
    hits = [e for e in doc.events if e.trigger_text == "interviewed"]
    assert hits and not hits[0].code.startswith("03"), events(doc)


def test_a_shared_modal_still_frames_the_second_verb(code_all):
    doc = code_all("The German chancellor will travel to Paris and meet the French president.")
    hits = [e for e in doc.events if e.trigger_text == "meet"]
    assert hits and hits[0].code.startswith("03"), events(doc)
