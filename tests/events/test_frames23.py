"""Frames, issue #9 frames23: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _at(doc, lemma_start: str):
    return [e for e in doc.events if (e.trigger_text or "").lower().startswith(lemma_start)]


def test_frames23_an_order_to_act_is_a_demand(code_all):
    doc = code_all(
        "BERLIN (Reuters) - A German court on Tuesday ordered Chancellor Olaf Scholz to "
        "return the files to the archive."
    )
    assert [(e.code, e.target_actor) for e in _at(doc, "order")] == [("100", "DEUGOV")], seen(doc)


def test_frames23_an_order_to_hand_over_documents_demands_information(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A federal judge ordered Joe Biden on Monday to turn over "
        "the records of the meetings."
    )
    assert [e.code for e in _at(doc, "order")] == ["101"], seen(doc)


def test_frames23_an_order_with_no_act_of_the_lexicon_is_no_demand(code_all):
    doc = code_all("The minister ordered the soldiers to sing the anthem.")
    assert not [e for e in _at(doc, "order") if e.code[:2] == "10"], seen(doc)


def test_frames23_seeking_changes_to_a_bill_appeals_for_a_policy_change(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Susan Collins said on Thursday she would seek "
        "changes to the Senate's farm bill."
    )
    found = _at(doc, "seek")
    assert [e.code for e in found] == ["0242"], seen(doc)
    assert (found[0].target_actor or "")[3:] == "LEG", seen(doc)


def test_frames23_dropping_a_case_against_someone_yields_to_them(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Prosecutors in Germany said on Friday they were dropping their "
        "case against Olaf Scholz."
    )
    found = [e for e in _at(doc, "dropping") if e.code == "080"]
    assert [(e.target_actor or "")[:3] for e in found] == ["DEU"], seen(doc)


def test_frames23_a_relative_pronoun_object_is_the_noun_it_stands_for(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Lawmakers asked about a meeting that Olaf Scholz held with "
        "Vladimir Putin in Moscow last year."
    )
    found = [e for e in doc.events if e.trigger_text == "held"]
    assert [(e.code, e.source_actor, e.target_actor) for e in found] == [
        ("040", "DEUGOV", "RUSGOV")
    ], seen(doc)
