"""issue #9 lead42: a broadcast programme's title before its noun ("the BBC's Breakfast with
Frost show", "Channel 5's Talks at Midnight programme") holds no event: its event nouns are
words of a title, not a breakfast or talks; the same nouns outside a title stay events.

Sentences written for these tests in the style of news (invented programmes and people)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _codes(code_text, text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = code_text(text, published="2005-01-09")
    return [(e.code, e.source_actor, e.target_actor, e.trigger_text or "") for e in doc.events]


def test_a_programme_title_before_its_noun_is_no_meal(code_text):
    text = (
        "LONDON - Foreign Secretary Jack Straw told the BBC's Breakfast with Frost programme "
        "that the embassy in Tehran would stay open."
    )
    events = _codes(code_text, text)
    assert not any(code.startswith("04") for code, *_ in events), events


def test_a_programme_title_with_talks_is_no_negotiation(code_text):
    text = (
        "LONDON - Foreign Secretary Jack Straw told Channel 5's Talks with Tehran programme "
        "that Britain would keep its embassy open."
    )
    events = _codes(code_text, text)
    assert not any(code.startswith("04") for code, *_ in events), events


def test_a_real_breakfast_with_a_leader_stays_a_meeting(code_text):
    text = (
        "LONDON - Prime Minister Tony Blair had breakfast with French President Jacques "
        "Chirac on Monday before the summit."
    )
    events = _codes(code_text, text)
    assert any(code.startswith("04") and tgt == "FRAGOV" for code, _, tgt, _ in events), events


def test_show_as_a_verb_after_a_named_body_is_no_title(code_text):
    text = (
        "WASHINGTON - Figures from the Bureau of Labor Statistics show that talks between the "
        "United States and China stalled in March."
    )
    events = _codes(code_text, text)
    assert any(code.startswith("04") for code, *_ in events), events
