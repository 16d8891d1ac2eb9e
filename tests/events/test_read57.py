"""What read57 saw reading six unseen BBC stories (issue #9). The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


def test_a_possessor_role_gives_no_sending_body(code_text):
    """ "acquired the government's stake in X": the stake is the government's (GOV), not the
    company's it is in; read56's "a delegation from X" rule is for the role word as the head."""
    doc = code_text("Tata Motors acquired the government's 26% stake in Bajaj Auto in 2002.")
    events = [e for e in by_trigger(doc, "acquired") if e.code == "061"]
    assert events, seen(doc)
    assert events[0].target_actor == "INDGOV", seen(doc)


def test_a_delegation_from_a_firm_keeps_the_firms_sector(code_text):
    doc = code_text(
        "The latest delegation from Microsoft met European Commission officials on Tuesday."
    )
    events = [e for e in by_trigger(doc, "met") if e.code == "040"]
    assert events, seen(doc)
    assert events[0].source_actor == "USABUS", seen(doc)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Filippo Bagnato, ATR's chief executive, has said that his firm will also work with "
            "Air Deccan to create a training centre in Bangalore.",
            "FRABUS",
        ),
        (
            "Gorur Gopinath, the airline's founder, said that his company will work with ATR on "
            "a new pilot school.",
            "INDBUS",
        ),
    ],
)
def test_a_speakers_own_firm_is_the_speakers(code_text, text, firm):
    """ "X, ATR's chief executive, said that his firm will ...": the speaker's firm, not the
    story's country."""
    doc = code_text(text)
    events = [e for e in by_trigger(doc, "work") if e.source_text in ("his firm", "his company")]
    assert events, seen(doc)
    assert events[0].source_actor == firm, seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday the board of Tata Motors reaffirmed its faith in Ratan Tata, its chairman.",
        "The French president reiterated his faith in the German chancellor on Monday.",
    ],
)
def test_faith_or_confidence_reaffirmed_is_approval(code_text, text):
    doc = code_text(text)
    assert [e for e in doc.events if e.code == "051"], seen(doc)


def test_the_company_a_stake_is_in_is_not_its_holder(code_text):
    """ "the government's stake in IPCL", IPCL defined as an acronym before: the graph's
    acronym must not take the stake's holder's place."""
    doc = code_text(
        "India Petrochemicals Limited (IPCL) said profits rose. Tata Motors acquired the "
        "government's 26% stake in IPCL in 2002."
    )
    events = [e for e in by_trigger(doc, "acquired") if e.code == "061"]
    assert events, seen(doc)
    assert events[0].target_actor == "INDGOV", seen(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A court in Tehran jailed the blogger for ten years. Amnesty International "
            "condemned the sentence.",
            "condemned",
        ),
        (
            "A court in Tehran convicted the blogger of espionage. Amnesty International "
            "condemned the conviction.",
            "condemned",
        ),
    ],
)
def test_a_sentence_judged_is_the_courts(code_text, text, trigger):
    """ "X jailed Y ... Z condemned the sentence": criticism of the court that passed it."""
    doc = code_text(text)
    events = [e for e in by_trigger(doc, trigger) if e.code == "111"]
    assert events, seen(doc)
    assert events[0].target_actor == "IRNJUD", seen(doc)
