"""Constants of the coder that were bound twice, told apart (issue #9 consts28): each rule reads
the words written for it. Only the pairs whose untangling could change an output have a case
here. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(doc, trigger: str) -> list[tuple[str, str, str]]:
    """(code, source country, target country) of the events triggered by ``trigger``."""
    return [
        (e.code, (e.source_actor or "")[:3], (e.target_actor or "")[:3])
        for e in doc.events
        if e.trigger_text == trigger
    ]


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        (
            "BERLIN (Reuters) - After a journey to Moscow, the German minister accused Russia "
            "of meddling in the election.",
            "journey",
            ("042", "DEU", "RUS"),
        ),
        (
            "TOKYO (Reuters) - During a visit to Tokyo, the French president criticized China "
            "over its trade practices.",
            "visit",
            ("042", "FRA", "JPN"),
        ),
    ],
)
def test_traveller_of_a_trip_phrase(code_text, text, trigger, expected):
    """TRIP_PHRASE_NOUNS: "after a journey to Moscow, X ...": X made the visit (042); the
    journey is one of the trip nouns the phrase rule reads, as it was before the untangling."""
    doc = code_text(text)
    assert expected in _pairs(doc, trigger), seen(doc)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "BRUSSELS (Reuters) - The European Commission opened a review of Volkswagen's "
            "emissions tests on Tuesday. Volkswagen said it would cooperate fully.",
            ("0313", "DEU", "IGO"),
        ),
        (
            "LONDON (Reuters) - Britain's financial regulator has launched a review of the "
            "Russian bank's London branch. The bank said on Monday it would cooperate fully "
            "with the regulator.",
            ("0313", "RUS", "GBR"),
        ),
    ],
)
def test_cooperating_with_a_review_told_before(code_text, text, expected):
    """INVESTIGATION_NOUNS: a review opened by a regulator is an inquiry whose opener
    investigates, so cooperating with it is judicial cooperation with the regulator, as with
    "an investigation" (the investigator rule lacked "review" while the constant was bound
    twice)."""
    doc = code_text(text)
    assert expected in _pairs(doc, "cooperate"), seen(doc)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "MOSCOW (Reuters) - The Kremlin on Monday denied allegations contained in a story by "
            "the BBC that Russian agents had poisoned the defector.",
            ("016", "RUS", "GBR"),
        ),
        (
            "TEHRAN (Reuters) - Iran denied the claims published in a letter from Saudi Arabia "
            "on Tuesday.",
            ("016", "IRN", "SAU"),
        ),
    ],
)
def test_denial_answers_who_told_it(code_text, text, expected):
    """TELLING_NOUNS: the claims denied were told in a story or a letter, so the denial answers
    its teller (as it did for "a report by" alone while the constant was bound twice)."""
    doc = code_text(text)
    assert expected in _pairs(doc, "denied"), seen(doc)
