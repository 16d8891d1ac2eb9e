"""What read54 saw reading ten unseen BBC business and technology stories (issue #9). The
sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Protesters in Beijing shouted insults at the visiting Japanese minister.",
            "shouted",
            "CHN",
            "JPNGOV",
        ),
        ("Russian fans hurled abuse at the Polish president in Warsaw.", "hurled", "RUS", "POLGOV"),
    ],
)
def test_insults_shouted_at_someone_are_criticism(code_text, text, trigger, source, target):
    doc = code_text(text)
    events = [e for e in by_trigger(doc, trigger) if e.code == "111"]
    assert events, seen(doc)
    event = events[0]
    assert (event.source_actor or "").startswith(source), seen(doc)
    assert event.target_actor == target, seen(doc)
    assert doc.text[event.target_start : event.target_end] == event.target_text


def test_insults_shouted_without_a_target_give_no_criticism(code_text):
    """Nothing is shouted at anyone: no criticism from the phrase alone."""
    doc = code_text("Russian fans shouted insults throughout the match in Warsaw.")
    assert not [e for e in doc.events if e.code == "111"], seen(doc)


def test_two_firms_ending_their_alliance_reduce_relations_both_ways(code_text):
    doc = code_text("Renault and Nissan ended their ten-year alliance on Monday.")
    pairs = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "160"}
    assert pairs == {("FRABUS", "JPNBUS"), ("JPNBUS", "FRABUS")}, seen(doc)


def test_ending_a_partnership_with_someone_reduces_relations_with_them(code_text):
    doc = code_text("British Airways ended its partnership with Qantas in March.")
    events = [e for e in doc.events if e.code == "160"]
    assert events, seen(doc)
    assert (events[0].source_actor, events[0].target_actor) == ("GBRBUS", "AUSBUS"), seen(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gazprom is looking to acquire a stake in the German utility RWE.", "acquire"),
        ("Reports said Tata was looking to buy a stake in the British steelmaker Corus.", "buy"),
    ],
)
def test_looking_to_do_something_is_an_aim(code_text, text, trigger):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    assert all(e.conditional for e in events), seen(doc)


def test_a_purchase_made_stays_asserted(code_text):
    doc = code_text("Gazprom acquired a stake in the German utility RWE last year.")
    events = by_trigger(doc, "acquired")
    assert events, seen(doc)
    assert not any(e.conditional for e in events), seen(doc)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Beijing's clampdown on dissidents widened on Sunday.", "clampdown", "CHN", "---OPP"),
        ("The Kremlin clamped down on independent broadcasters.", "clamped", "RUSGOV", "---MED"),
    ],
)
def test_a_clampdown_is_a_crackdown(code_text, text, trigger, source, target):
    """The British "clampdown" / "clamp down on" is "crackdown" / "crack down on" (175)."""
    doc = code_text(text)
    events = [e for e in by_trigger(doc, trigger) if e.code == "175"]
    assert events, seen(doc)
    assert (events[0].source_actor, events[0].target_actor) == (source, target), seen(doc)


def test_a_clampdown_on_a_nuisance_represses_no_one(code_text):
    doc = code_text("The council announced a clampdown on littering in the town centre.")
    assert not [e for e in doc.events if e.code == "175"], seen(doc)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "One of Russia's best-known businessmen criticised the Kremlin on Thursday.",
            "One of Russia's best-known businessmen",
        ),
        (
            "A well-known Russian businessman criticised the Kremlin on Thursday.",
            "A well-known Russian businessman",
        ),
    ],
)
def test_a_hyphened_word_does_not_cut_the_phrase(code_text, text, phrase):
    """ "best-known": the hyphen inside a word is no gap in the noun phrase (was "One of
    Russia's best", RUS without the businessman's sector)."""
    doc = code_text(text)
    events = [e for e in by_trigger(doc, "criticised") if e.code == "111"]
    assert events, seen(doc)
    assert events[0].source_text == phrase, seen(doc)
    assert events[0].source_actor == "RUSBUS", seen(doc)
    assert doc.text[events[0].source_start : events[0].source_end] == phrase
