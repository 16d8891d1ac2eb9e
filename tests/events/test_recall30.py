"""Recall, thirtieth round (issue #9 recall30): phrasings of long campaign articles no rule
proposed, each on a sentence written for the test in the style of US political news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _all(doc, code):
    return [e for e in doc.events if e.code == code]


def test_recall30_a_pledge_told_as_a_would_clause_is_a_commitment(code_all):
    doc = code_all(
        "DES MOINES, Iowa (Reuters) - Former Florida Governor Jeb Bush pledged on Tuesday that "
        "he would cut the corporate tax rate to 20 percent within two years."
    )
    found = [e for e in _all(doc, "030") if "agree|pledge|promise|offer to" in e.rule]
    assert found, seen(doc)
    assert found[0].source_actor.startswith("USA"), seen(doc)


def test_recall30_a_promise_with_we_will_is_a_commitment(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Marco Rubio promised voters in New Hampshire that "
        "Republicans will balance the federal budget within four years."
    )
    assert any("agree|pledge|promise|offer to" in e.rule for e in _all(doc, "030")), seen(doc)


def test_recall30_a_promise_of_what_was_true_is_no_commitment(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Marco Rubio promised reporters that the bill was "
        "already dead in the House."
    )
    assert not any("agree|pledge|promise|offer to" in e.rule for e in doc.events), seen(doc)


def test_recall30_agreeing_that_something_would_happen_is_no_pledge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Most economists agreed that the tax plan would widen the "
        "federal deficit."
    )
    assert not any("agree|pledge|promise|offer to" in e.rule for e in doc.events), seen(doc)


def test_recall30_support_thrown_behind_a_candidate_is_praise(code_all):
    doc = code_all(
        "MILWAUKEE (Reuters) - Wisconsin Governor Scott Walker threw his support behind "
        "Senator Ted Cruz on Wednesday, days before the state's primary."
    )
    found = [e for e in _all(doc, "051") if "behind" in e.rule]
    assert found, seen(doc)
    assert found[0].target_actor.startswith("USA"), seen(doc)


def test_recall30_weight_put_behind_a_candidate_is_praise(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The largest U.S. labor federation put its full weight behind "
        "Hillary Clinton on Thursday."
    )
    assert any("behind" in e.rule for e in _all(doc, "051")), seen(doc)


def test_recall30_a_letter_thrown_behind_a_desk_is_no_support(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The senator said he threw the letter behind his desk and "
        "forgot about it."
    )
    assert not _all(doc, "051"), seen(doc)


def test_recall30_shots_taken_at_a_rival_are_criticism(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Hillary Clinton took some shots at Bernie Sanders at a town hall "
        "in Brooklyn on Tuesday, mocking his plan for free college tuition."
    )
    found = [e for e in _all(doc, "111") if "take+shot" in e.rule]
    assert found, seen(doc)
    assert found[0].target_actor.startswith("USA"), seen(doc)


def test_recall30_shots_fired_at_protesters_are_no_swipe(code_all):
    doc = code_all(
        "KIEV (Reuters) - Soldiers fired shots at protesters outside the parliament on Tuesday."
    )
    assert not any("take+shot" in e.rule for e in doc.events), seen(doc)


def test_recall30_support_signaled_for_a_candidate_is_praise(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Lindsey Graham signaled his support for Jeb Bush on "
        "Thursday, a day before the South Carolina primary."
    )
    found = [e for e in _all(doc, "051") if "signal" in e.rule]
    assert found, seen(doc)
    assert found[0].target_actor.startswith("USA"), seen(doc)


def test_recall30_a_signal_sent_for_talks_is_no_support(code_all):
    doc = code_all(
        "SEOUL (Reuters) - North Korea signaled its readiness for talks with South Korea on Monday."
    )
    assert not any("signal" in e.rule for e in _all(doc, "051")), seen(doc)
