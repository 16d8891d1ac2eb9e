"""Recall, twelfth round (issue #9 recall11): wordings the whole-article gold lists and the coder
missed, each on a sentence written for the test in the style of wire news (the rule name on the
output says why)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _all(doc, code):
    return [e for e in doc.events if e.code == code]


def test_recall11_a_name_given_in_a_participle_is_kept_beside_the_main_act(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Turkish President Tayyip Erdogan rejected the German request on "
        "Monday, calling Chancellor Angela Merkel a “hypocrite.”"
    )
    judged = [e for e in _all(doc, "111") if e.rule.startswith("evaluative:")]
    assert [(e.source_actor[:3], e.target_actor[:3]) for e in judged] == [("TUR", "DEU")], seen(doc)
    assert any(e.code.startswith("12") for e in doc.events), seen(doc)


def test_recall11_only_a_subjectless_participle_is_the_speakers_own_act(nlp):
    from redline.events.coder import speech_participle

    own = nlp("Erdogan rejected the request on Monday, calling Merkel a hypocrite.")
    assert speech_participle(next(t for t in own if t.lower_ == "calling"))
    other = nlp("Merkel met Macron on Monday, while aides were calling the talks a failure.")
    assert not speech_participle(next(t for t in other if t.lower_ == "calling"))


def test_recall11_raising_concerns_about_an_actor_is_criticism(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau raised concerns about "
        "Philippine President Rodrigo Duterte’s war on drugs during their meeting."
    )
    raised = [e for e in _all(doc, "111") if "raise+concern" in e.rule]
    assert [(e.source_actor[:3], e.target_actor[:3]) for e in raised] == [("CAN", "PHL")], seen(doc)


def test_recall11_raising_questions_about_nothing_an_actor_does_names_no_target(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Claire McCaskill raised questions about the weather."
    )
    raised = [e for e in _all(doc, "111") if "raise+concern" in e.rule]
    assert all(e.target_actor is None for e in raised), seen(doc)


def test_recall11_a_relative_clause_event_between_named_actors_is_kept(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats on Tuesday questioned Secretary of State Rex "
        "Tillerson, who has accused Russia of meddling in Ukraine."
    )
    accused = [(e.source_actor[:3], e.target_actor) for e in _all(doc, "112") if e.source_actor]
    assert ("USA", "RUS") in accused, seen(doc)
    assert any(e.code == "110" for e in doc.events), seen(doc)  # the main clause's event too


def test_recall11_an_adverbial_clause_event_still_yields_to_the_main_one(code_all):
    # recall23: a clause of time with its own subject ("after he accused Russia") is now kept
    # (tests/events/test_recall_round23.py); one of cause yields: since lead21 it is no longer
    # dropped by rule but left to the filter, marked, after the sentence's own event
    from redline.events.coder import LOWER_CLAUSE_NOTE

    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats on Tuesday questioned Secretary of State Rex "
        "Tillerson because he had accused Russia of meddling in Ukraine."
    )
    accused = _all(doc, "112")
    assert all(LOWER_CLAUSE_NOTE in (e.rule or "") for e in accused), seen(doc)
    if accused:
        assert doc.events.index(accused[0]) > 0, seen(doc)  # the questioning comes first


def test_recall11_kept_background_is_relative_or_participle_clauses_only(nlp):
    from redline.events.coder import _kept_background

    relative = nlp("Democrats questioned Tillerson, who has accused Russia of meddling.")
    assert _kept_background(next(t for t in relative if t.lower_ == "accused"))
    adverbial = nlp("Democrats questioned Tillerson because he accused Russia of meddling.")
    assert not _kept_background(next(t for t in adverbial if t.lower_ == "accused"))
    timed = nlp("Democrats questioned Tillerson after he accused Russia of meddling.")  # recall23
    assert _kept_background(next(t for t in timed if t.lower_ == "accused"))
    main = nlp("Tillerson accused Russia of meddling.")
    assert not _kept_background(next(t for t in main if t.lower_ == "accused"))


def test_recall11_a_denial_in_a_relative_clause_needs_only_its_denier(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Federal prosecutors investigating alleged Chinese hacking, "
        "something Beijing denies, charged two men on Monday."
    )
    assert [e.source_actor for e in _all(doc, "016")] == ["CHN"], seen(doc)
    assert _all(doc, "173"), seen(doc)


def test_recall11_considering_an_act_no_entry_knows_is_a_policy_option(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japan is considering buying more U.S. weapons, officials said."
    )
    weighed = [e for e in _all(doc, "014") if "(option considered)" in e.rule]
    assert [(e.source_actor[:3], e.target_actor[:3]) for e in weighed] == [("JPN", "USA")], seen(
        doc
    )


def test_recall11_a_gerund_with_no_object_is_no_option_considered(code_all):
    doc = code_all("TOKYO (Reuters) - Japan is considering retiring early, officials said.")
    assert not [e for e in doc.events if "(option considered)" in e.rule], seen(doc)


def test_recall11_said_a_position_was_a_problem_criticizes_its_owner(code_all):
    doc = code_all(
        "HANOI (Reuters) - U.S. President Donald Trump said on Sunday that China’s position on "
        "the South China Sea was a problem."
    )
    judged = [(e.source_actor[:3], e.target_actor[:3]) for e in _all(doc, "111")]
    assert ("USA", "CHN") in judged, seen(doc)


def test_recall11_calling_a_decision_an_important_step_praises_its_maker(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - French President Emmanuel Macron called Chancellor Angela "
        "Merkel’s decision an important step for Europe."
    )
    praised = [(e.source_actor[:3], e.target_actor[:3]) for e in _all(doc, "051")]
    assert ("FRA", "DEU") in praised, seen(doc)


def test_recall11_a_prosecutor_told_by_a_pronoun_charging_someone_is_a_legal_charge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Justice Department said on Monday it had charged two "
        "Russian hackers."
    )
    charged = [e for e in doc.events if e.trigger_text == "charged"]
    assert [(e.code, e.source_actor, e.target_actor) for e in charged] == [
        ("173", "USAJUD", "RUS")
    ], seen(doc)


def test_recall11_a_senator_charging_a_ministry_is_still_an_accusation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator John McCain charged the Pentagon with hiding the report."
    )
    charged = [e for e in doc.events if e.trigger_text == "charged"]
    assert charged and all(e.code == "112" for e in charged), seen(doc)


def test_recall11_exerting_pressure_on_someone_coerces_them(code_all):
    doc = code_all(
        "BRUSSELS (Reuters) - The European Union ramped up pressure on Belarus on Monday."
    )
    pressed = [(e.source_actor[:3], e.target_actor[:3]) for e in _all(doc, "170")]
    assert pressed and pressed[0][1] == "BLR", seen(doc)


def test_recall11_a_subpoena_demands_information_of_whom_it_names(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Senate Intelligence Committee subpoenaed former Trump "
        "campaign adviser Carter Page on Friday."
    )
    assert [e.source_actor for e in _all(doc, "101")] == ["USALEG"], seen(doc)


def test_recall11_appreciating_an_actors_act_praises_the_actor(code_all):
    doc = code_all(
        "PARIS (Reuters) - French President Emmanuel Macron said he appreciated Chancellor "
        "Angela Merkel’s support for the plan."
    )
    praised = [(e.source_actor[:3], e.target_actor[:3]) for e in _all(doc, "051")]
    assert ("FRA", "DEU") in praised, seen(doc)
