"""Targets told in other sentences (issue #9, helper xsent51, session 40): a refusal with no
target slot answers the appeal, demand or lawsuit aimed at the refuser in its sentence or the one
before ("EU leaders urged Hungary to withdraw the law. Hungary refused to withdraw it."); an
appeal for restraint or calm with no target is made to both sides of the nearest earlier clash
between two other countries ("India accused Pakistan of shelling ... China called for
restraint"). The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

from redline.model import check_offsets

pytestmark = pytest.mark.model


def test_a_refusal_answers_the_appeal_just_before_it(code_text):
    doc = code_text(
        "BUDAPEST (Reuters) - European Union leaders on Tuesday urged Hungary to withdraw the "
        "media law. Hungary refused to withdraw it, a government spokesman said.",
        published="2011-01-04",
    )
    refused = [e for e in by_trigger(doc, "refused") if e.code[:2] == "12"]
    assert [(e.source_actor, e.target_actor) for e in refused] == [("HUN", "IGOEUREEC")], seen(doc)
    assert "who the refusal answers (0242 'urged')" in refused[0].rule
    # the target's offsets are the appealer's, told in the sentence before
    assert doc.text[refused[0].target_start : refused[0].target_end] == refused[0].target_text
    assert check_offsets(doc) == []


def test_refusing_to_step_down_answers_the_call_to_resign(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Democratic leaders in the House of Representatives on Friday "
        "called for Representative Tom Ellery to resign over the payments. Ellery refused to step "
        "down and said he would fight the charges.",
        published="2017-12-01",
    )
    refused = [e for e in by_trigger(doc, "refused") if e.code[:2] == "12"]
    assert [e.target_actor for e in refused] == ["USALEG"], seen(doc)
    assert "who the refusal answers" in refused[0].rule
    assert check_offsets(doc) == []


def test_a_refusal_answers_no_meeting(code_text):
    doc = code_text(
        "BUDAPEST (Reuters) - German Chancellor Angela Merkel met Hungarian Prime Minister "
        "Viktor Orban in Berlin on Monday. Orban refused to withdraw the media law.",
        published="2011-01-04",
    )
    # a meeting asks nothing: no refusal of Merkel's (the refusal, with no target, is not kept)
    assert not [e for e in doc.events if e.code[:2] == "12" and e.target_actor == "DEUGOV"], seen(
        doc
    )


def test_an_appeal_for_restraint_goes_to_both_sides_of_the_clash_before_it(code_text):
    doc = code_text(
        "ISLAMABAD (Reuters) - India accused Pakistan on Monday of shelling villages along the "
        "border in Kashmir. China called for restraint and urged both sides to resolve their "
        "differences through dialogue.",
        published="2018-01-22",
    )
    called = [e for e in by_trigger(doc, "called") if e.code[:2] == "02"]
    assert sorted((e.source_actor, e.target_actor) for e in called) == [
        ("CHN", "IND"),
        ("CHN", "PAK"),
    ], seen(doc)
    assert all("a side of the clash" in e.rule for e in called)
    assert check_offsets(doc) == []


def test_an_appeal_for_calm_goes_to_both_sides_of_the_clash_before_it(code_text):
    doc = code_text(
        "MOSCOW (Reuters) - Armenia accused Azerbaijan of attacking its border posts on Sunday. "
        "Russia called for calm.",
        published="2021-05-16",
    )
    called = [e for e in by_trigger(doc, "called") if e.code[:2] == "02"]
    assert sorted(e.target_actor for e in called) == ["ARM", "AZE"], seen(doc)
    assert check_offsets(doc) == []


def test_no_clash_side_for_an_appeal_by_a_side_of_it(code_text):
    doc = code_text(
        "BEIJING (Reuters) - China accused Japan on Tuesday of sending warships near the "
        "disputed islands. China called for restraint.",
        published="2013-02-05",
    )
    # China is a side of the clash: no appeal of China's to Japan or to itself
    assert not [e for e in doc.events if e.code[:2] == "02" and e.target_actor], seen(doc)
