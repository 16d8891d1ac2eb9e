"""Issue #9 dropped48: right candidates a sense check of ``_events_for`` threw away (sentences
written for the test in the style of campaign and wire news)."""

from __future__ import annotations

import pytest
from event_views import country_codes, seen

pytestmark = pytest.mark.model


def _codes(doc, word: str) -> list[tuple[str, str, str]]:
    return country_codes(e for e in doc.events if word in (e.trigger_text or ""))


def test_dropped48_a_candidacy_challenged_before_a_board_is_a_legal_challenge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Two Ohio voters have challenged Senator Sherrod Brown's candidacy "
        "before the state elections board, their lawyer said on Monday."
    )
    assert any(code == "115" for code, _, _ in _codes(doc, "challenged")), seen(doc)


def test_dropped48_an_attempt_challenged_is_a_challenge(code_all):
    doc = code_all(
        "LONDON (Reuters) - The opposition Labour Party will challenge any attempt by the "
        "government to delay the vote, its leader said on Monday."
    )
    assert any(code == "115" for code, _, _ in _codes(doc, "challenge")), seen(doc)


def test_dropped48_a_rival_challenged_to_a_debate_is_still_no_legal_challenge(code_all):
    # the infinitive dares or asks someone to act (readout15's change_infinitive stands)
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Sherrod Brown challenged his Republican rival to "
        "debate him in Cleveland next week, his campaign said on Monday."
    )
    assert not any(code == "115" for code, _, _ in _codes(doc, "challenged")), seen(doc)


# -- a bill pushed by its backers presses the chamber to pass it (100) --------------------------


def test_dropped48_pushing_a_bill_is_pressure(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - House Democratic leader Nancy Pelosi said on Friday that "
        "Republicans were pushing a reckless spending bill with no support from voters."
    )
    assert ("100", "USA", "USA") in _codes(doc, "pushing"), seen(doc)


def test_dropped48_pushing_a_bill_through_the_senate_is_pressure(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Majority Leader Mitch McConnell is trying to push a farm "
        "bill through the Senate before the August recess, aides said."
    )
    assert any(code == "100" for code, _, _ in _codes(doc, "push")), seen(doc)


def test_dropped48_a_bill_pushed_through_with_the_particle_stays_no_pressure(code_all):
    # read43's particle rule stands: the government carries its own measure forward
    doc = code_all(
        "LONDON (Reuters) - The government will seek to push through its Serious Crime Bill "
        "before the summer, ministers said on Monday."
    )
    assert not any(code == "100" for code, _, _ in _codes(doc, "push")), seen(doc)
