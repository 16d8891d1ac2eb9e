"""Frames, issue #9 frames21: a promise, pledge, offer or agreement to do something the lexicon
has no entry for is still an intent to cooperate (030); when the act names no actor, a domestic
promise is made to the promiser's own country (sentences written for the test in the style of
wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _commitments(doc):
    return [e for e in doc.events if "commitment to act" in (e.rule or "")]


def test_frames21_a_promise_to_act_is_an_intent_to_the_home_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - House Speaker Mike Johnson on Tuesday promised to simplify "
        "the farm bill before the end of the year."
    )
    found = _commitments(doc)
    assert [(e.code, (e.source_actor or "")[:3], e.target_actor) for e in found] == [
        ("030", "USA", "USA")
    ], seen(doc)


def test_frames21_an_agreement_to_act_names_its_target_when_the_act_does(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Chancellor Olaf Scholz agreed on Monday to phone Prime Minister "
        "Keir Starmer later this week."
    )
    assert not _commitments(doc), seen(doc)  # the call has its own entry: an intent to meet
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Susan Collins agreed on Thursday to expand the "
        "deduction for state taxes."
    )
    assert [e.code for e in _commitments(doc)] == ["030"], seen(doc)
    # issue #9 lex24: agreeing to retain (change, drop ...) something gives in (0832)
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Susan Collins agreed on Thursday to retain the "
        "deduction for state taxes."
    )
    assert [e.code for e in _commitments(doc)] == ["0832"], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        # a refusal, not a commitment
        "WASHINGTON (Reuters) - Senator Susan Collins did not agree to retain the deduction.",
        # none made yet
        "WASHINGTON (Reuters) - It is unclear whether Senator Susan Collins will agree to "
        "retain the deduction.",
        # a vow reads as a threat or a stance in the document gold
        "WASHINGTON (Reuters) - Senator Susan Collins vowed to retain the deduction.",
    ],
)
def test_frames21_no_commitment_when_refused_hedged_or_vowed(code_all, text):
    assert not _commitments(code_all(text)), seen(code_all(text))


def test_frames21_the_home_country_is_no_promisee_for_a_country_itself(code_all):
    from redline.actors import ActorMatch
    from redline.events.arguments import Argument
    from redline.events.coder import _home_promiser

    def arg(code, country, kind, rule="book"):
        return Argument("x", 0, 1, ActorMatch(code, country, None, None, kind, "r"), "nsubj", rule)

    assert _home_promiser(arg("USALEG", "USA", "role"), "USA")
    assert _home_promiser(arg("USA", "USA", "person"), "USA")  # a person the book knows
    assert not _home_promiser(arg("PHL", "PHL", "metonym"), "PHL")  # "Manila agreed to ..."
    assert not _home_promiser(arg("RUSGOV", "RUS", "person"), "USA")  # a foreign promise
    assert not _home_promiser(
        arg("USA", "USA", "person", "person the book does not know + the dateline's country"),
        "USA",
    )


def test_frames21_a_promise_whose_act_names_another_country_is_not_to_the_home(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Michael Flynn met the ambassador in December, officials said. "
        "He had promised to improve U.S.-China relations before he left the administration."
    )
    assert all(e.target_actor != "USA" for e in _commitments(doc)), seen(doc)
