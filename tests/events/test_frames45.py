"""Frames, issue #9 frames45: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def _coded(doc, rule: str) -> list[tuple[str, str, str]]:
    return [(e.code, *country_pair(e)) for e in doc.events if rule in (e.rule or "")]


# -- an event noun made by a relative clause: "a meeting he attended with T" ------------------


def test_frames45_meeting_attended_with_is_a_meeting_with_them(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The German chancellor declined on Monday to discuss a meeting "
        "she attended with Russian officials in Moscow last year."
    )
    assert ("043", "DEU", "RUS") in _coded(doc, "source:relcl attend"), seen(doc)


def test_frames45_settlement_reached_with_is_a_settlement_with_them(code_all):
    doc = code_all(
        "PARIS (Reuters) - The French foreign ministry would not reveal the terms of the "
        "settlement France reached with the Iranian government last year."
    )
    assert ("057", "FRA", "IRN") in _coded(doc, "source:relcl reach"), seen(doc)


def test_frames45_meeting_arranged_by_a_go_between_is_not_the_arranger_meeting(code_all):
    # who arranges a meeting for someone else is no party to it
    doc = code_all(
        "LONDON (Reuters) - Prosecutors said a meeting the British professor arranged for the "
        "aide with a Russian woman took place in April."
    )
    assert not _coded(doc, "source:relcl"), seen(doc)


# -- "will not accept T", "cannot accept T": a rejection of T (120) ------------------------------


def test_frames45_could_not_accept_a_country_rejects_it(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japanese Prime Minister Shinzo Abe said on Monday that Tokyo could not "
        "accept a nuclear-armed North Korea."
    )
    assert ("120", "JPN", "PRK") in _coded(doc, "lexicon:050 accept"), seen(doc)


def test_frames45_never_will_accept_rejects_it(code_all):
    doc = code_all(
        "SEOUL (Reuters) - South Korea does not, and never will, accept North Korea as a nuclear "
        "state, the foreign minister said on Tuesday."
    )
    assert ("120", "KOR", "PRK") in _coded(doc, "lexicon:050 accept"), seen(doc)


def test_frames45_accepting_is_no_event_of_the_entry(code_all):
    # accepted, not refused: the entry codes nothing
    doc = code_all(
        "PARIS (Reuters) - The French president accepted an award from the German chancellor "
        "on Monday."
    )
    assert not _coded(doc, "lexicon:050 accept"), seen(doc)


def test_frames45_not_accepting_a_risk_rejects_no_one(code_all):
    # what is not accepted names no actor of its own
    doc = code_all(
        "WASHINGTON (Reuters) - The Pentagon said it cannot accept the risk of higher civilian "
        "casualties in Syria."
    )
    assert not _coded(doc, "lexicon:050 accept"), seen(doc)
