"""Recall, sixth round (issue #9 recall3): courts, litigation and denials by calling a claim
false, each on a sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _coded(doc, trigger: str):
    return [e for e in doc.events if e.trigger_text.split()[0] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A federal judge in Hawaii blocked the administration's latest travel ban on Tuesday.",
            "blocked",
        ),
        ("A federal appeals court struck down the administration's ban on Thursday.", "struck"),
        ("A federal judge ruled against the administration on Friday.", "ruled"),
        ("The judge denied their request to dismiss the case.", "denied"),
    ],
)
def test_recall3_a_court_that_blocks_a_measure_rejects_it(code_all, text, trigger):
    events = _coded(code_all(text), trigger)
    assert events and events[0].code == "120", [e.rule for e in events]


def test_recall3_rejecting_a_bid_by_someone_targets_who_made_it(code_all):
    doc = code_all(
        "A federal appeals court on Monday rejected a bid by President Donald Trump's "
        "administration to end the program."
    )
    event = _coded(doc, "rejected")[0]
    assert event.code == "120", event.rule
    assert (event.target_actor or "").startswith("USA"), event.rule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The administration has appealed the ruling.", "appealed"),
        ("The tribes plan to file a lawsuit on Friday.", "file"),
        ("Microsoft joined a legal challenge against the administration's decision.", "joined"),
    ],
)
def test_recall3_litigation_is_a_legal_action(code_all, text, trigger):
    events = _coded(code_all(text), trigger)
    assert events and events[0].code == "115", [e.rule for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin called the allegations false.",
        "The president has called the investigation a hoax.",
        "Moscow dismissed the claims as baseless.",
    ],
)
def test_recall3_calling_a_claim_false_denies_it(code_all, text):
    doc = code_all(text)
    assert any(e.code == "016" for e in doc.events), [e.rule for e in doc.events]


def test_recall3_calling_someone_a_name_is_still_no_denial(code_all):
    doc = code_all("He called the senator a coward.")
    assert not any(e.code == "016" for e in doc.events), [e.rule for e in doc.events]


def test_recall3_saying_the_accusations_are_a_hoax_denies_them(code_all):
    doc = code_all("The president has said the accusations of collusion were a hoax.")
    assert any(e.code == "016" for e in doc.events), [e.rule for e in doc.events]


def test_recall3_shooting_down_a_proposal_rejects_it(code_all):
    doc = code_all("But the attorney general shot the idea down, two officials said.")
    assert any(e.code == "120" for e in doc.events), [e.rule for e in doc.events]
