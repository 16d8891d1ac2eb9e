"""issue #9 actors48: a person's followers or rivals named by a pronoun ("his supporters",
"her opponent") are of that person's country, as "Trump's supporters" are; a pronoun for a
country, and a person's neighbours or enemies, are left as they were.

Sentences written for these tests in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model

PUBLISHED = "2016-09-12"


def _with_trigger(doc, word: str):
    found = [e for e in doc.events if word in (e.trigger_text or "")]
    assert found, seen(doc)
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        (
            "Hillary Clinton spoke in Ohio on Monday. Her supporters accused the Republican "
            "nominee of racism.",
            "accused",
            "source",
        ),
        (
            "Former Arkansas Gov. Mike Huckabee returned to the stage on Tuesday, praising his "
            "former primary opponent as a rising star of the party.",
            "praising",
            "target",
        ),
    ],
)
def test_a_persons_followers_by_pronoun_are_of_his_country(code_text, text, trigger, side):
    doc = code_text(text, published=PUBLISHED)
    event = _with_trigger(doc, trigger)
    actor = getattr(event, f"{side}_actor")
    assert actor == "USA", (actor, event.rule)
    start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
    assert doc.text[start:end] == getattr(event, f"{side}_text")


def test_a_countrys_rivals_by_pronoun_stay_unnamed(code_text):
    doc = code_text("China said on Friday that its rivals had criticized the plan.")
    for event in doc.events:
        assert event.source_actor not in ("CHN",) or "rivals" not in (event.source_text or "")


def test_a_persons_neighbor_is_not_read_as_his_public(code_text):
    doc = code_text(
        "Senator Rand Paul said on Monday that he had not spoken to his neighbor in a decade.",
        published="2017-11-06",
    )
    for event in doc.events:
        assert "neighbor" not in (event.target_text or "") or event.target_actor is None, seen(doc)


def _summons(doc):
    return _with_trigger(doc, "called") if "called" in doc.text else _with_trigger(doc, "compel")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "WASHINGTON (Reuters) - The former security contractor was called to testify because "
            "of a meeting in the Seychelles, a congressional aide said on Monday.",
            "USALEG",
        ),
        (
            "WASHINGTON (Reuters) - The former aide was called to testify at the trial of the two "
            "defendants on Tuesday.",
            "USAJUD",
        ),
        (
            "WASHINGTON (Reuters) - A radio host has been compelled to appear before the House "
            "Intelligence Committee next week.",
            "USALEG",
        ),
    ],
)
def test_an_agentless_summons_to_testify_has_a_summoning_body(code_text, text, source):
    event = _summons(code_text(text, published="2017-11-20"))
    assert event.source_actor == source, (event.source_actor, event.rule)


def test_no_summoning_body_for_a_summons_in_a_background_clause(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - In cases where witnesses are called to testify, the new guidance "
        "tells judges to limit their time on the stand.",
        published="2017-11-20",
    )
    for event in doc.events:
        assert not (event.trigger_text == "called" and event.source_actor), event.rule
