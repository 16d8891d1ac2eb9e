"""Speech acts (issue #9): what a speaker says about another actor is the speaker's event."""

from __future__ import annotations

import pytest
from event_views import dyads

from redline.model import check_offsets

pytestmark = pytest.mark.model


def test_speech_cause_of_the_war_is_an_accusation_by_the_speaker(code_all):
    doc = code_all("“Russia is the cause of this war,” Zelenskiy said on Tuesday.")
    assert check_offsets(doc) == []
    assert ("UKRGOV", "112", "RUS") in dyads(doc), [e.rule for e in doc.events]
    accusation = next(e for e in doc.events if e.code == "112")
    assert accusation.reported_by is None  # the speaker's own act


def test_speech_propaganda_stunt_is_criticism_of_whose_move_it_is(code_all):
    doc = code_all("China said the U.S. report on Xinjiang was a propaganda stunt.")
    assert any(s == "CHN" and c == "111" and t and t.startswith("USA") for s, c, t in dyads(doc))


def test_speech_need_to_stand_by_us_is_an_appeal(code_all):
    doc = code_all("“Germany needs to stand by Ukraine,” Zelenskiy said.")
    assert ("UKRGOV", "021", "DEU") in dyads(doc), [e.rule for e in doc.events]


def test_speech_we_will_take_measures_is_a_threat_by_the_speakers_side(code_all):
    doc = code_all("“We will take appropriate measures against Lithuania,” Putin said.")
    threats = [e for e in doc.events if e.root_code == "13"]
    assert threats and threats[0].source_actor == "RUSGOV" and threats[0].target_actor == "LTU"


def test_speech_must_keep_up_pressure_is_the_speakers_appeal(code_all):
    doc = code_all("The European Union must maintain pressure on Russia, Macron said.")
    assert ("FRAGOV", "025", "IGOEUREEC") in dyads(doc), [e.rule for e in doc.events]


def test_speech_no_speaker_no_event(code_all):
    doc = code_all("Poverty is the cause of the unrest in the provinces.")
    assert not [e for e in doc.events if "speech.yml" in (e.rule or "")]
