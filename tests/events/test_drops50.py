"""Issue #9 drops50: an accusation told in passing, in a passive relative clause or a participle
with no accuser named, is coded from no one to the accused (the gold's source ""); other acts
told so are still dropped (readout13). Sentences written for the test in wire-news style."""

from __future__ import annotations

import pytest
from event_views import country_codes, seen

pytestmark = pytest.mark.model


def _codes(doc, word: str) -> list[tuple[str, str, str]]:
    return country_codes(e for e in doc.events if word in (e.trigger_text or ""))


def _accusations(doc) -> list:
    return [e for e in doc.events if e.trigger_text == "accused" and e.code.startswith("112")]


def test_drops50_accused_in_a_passive_relative_clause_is_an_accusation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Ted Cruz, who has been accused of misleading voters "
        "about his health plan, said on Monday he would seek a second term."
    )
    found = _accusations(doc)
    assert found, seen(doc)
    event = found[0]
    assert not event.source_actor and event.target_actor, seen(doc)
    assert doc.text[event.trigger_start : event.trigger_end] == event.trigger_text


def test_drops50_accused_in_a_past_perfect_relative_clause_is_an_accusation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Former Senator Al Franken, who had been accused of groping "
        "women, said on Friday he was writing a book."
    )
    found = _accusations(doc)
    assert found, seen(doc)
    assert not found[0].source_actor and found[0].target_actor, seen(doc)


def test_drops50_other_acts_told_in_passing_stay_dropped(code_all):
    # readout13's guard stands for what is not an accusation: "for which he was criticized"
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Ted Cruz, who was criticized for the remarks, said on "
        "Monday he would seek a second term."
    )
    assert not any(
        e.code.startswith("111") and not e.source_actor
        for e in doc.events
        if e.trigger_text == "criticized"
    ), seen(doc)
