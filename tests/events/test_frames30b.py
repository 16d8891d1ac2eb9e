"""Frames, issue #9 frames30b: phrasings of non-speech triggers that had lexicon entries but no
frame for them (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _at(doc, trigger_start: str):
    return [e for e in doc.events if (e.trigger_text or "").lower().startswith(trigger_start)]


def _pairs(events):
    return [(e.code, e.source_actor, e.target_actor) for e in events]


# -- an event noun's preposition hung on its own phrase -----------------------------------------


def test_frames30b_investigation_led_by_someone_into_a_question_investigates_its_parties(
    code_all,
):
    # the parser hangs "into" on the participle "led"
    doc = code_all(
        "Scholz is a central figure in an investigation led by German prosecutors into whether "
        "his aides took money from Russia."
    )
    found = [e for e in _at(doc, "investigation") if e.code[:2] == "09"]
    assert ("DEU", "RUS") in {(e.source_actor[:3], e.target_actor[:3]) for e in found}, seen(doc)


def test_frames30b_subpoena_sent_by_someone_to_a_bank_demands_of_the_bank(code_all):
    doc = code_all(
        "Scholz's aides said a subpoena sent by the Bundestag finance committee to Gazprom's bank "
        "was politically motivated."
    )
    assert _pairs(_at(doc, "subpoena")) == [("101", "DEULEG", "RUSBUS")], seen(doc)


def test_frames30b_of_phrase_in_the_investigators_name_is_not_what_is_investigated(code_all):
    doc = code_all(
        "Critics questioned whether the move allowed the bank to escape any investigations by "
        "the Bavarian Department of Financial Supervision."
    )
    assert not _at(doc, "investigations"), seen(doc)
