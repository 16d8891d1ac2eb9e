"""Frames, issue #9 frames24: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger_start as _at
from event_views import seen

pytestmark = pytest.mark.model


def test_frames24_posing_for_pictures_with_someone_meets_them(code_all):
    doc = code_all(
        "BERLIN (Reuters) - The talks began as Olaf Scholz posed for pictures with Joe Biden "
        "outside the chancellery."
    )
    found = _at(doc, "posed")
    assert [(e.code[:2], e.target_actor) for e in found] == [("04", "USAGOV")], seen(doc)


def test_frames24_posing_for_pictures_with_no_partner_meets_no_one(code_all):
    doc = code_all("Olaf Scholz posed for pictures in the garden of the chancellery.")
    assert not [e for e in _at(doc, "posed") if e.target_actor], seen(doc)


def test_frames24_discussing_an_act_with_someone_consults_them(code_all):
    doc = code_all(
        "Vladimir Putin said on Monday he would discuss stopping the flow of migrants with "
        "Joe Biden at the summit."
    )
    found = _at(doc, "discuss")
    assert [(e.code[:2], e.target_actor) for e in found] == [("03", "USAGOV")], seen(doc)


def test_frames24_vowing_never_to_give_up_refuses_to_yield(code_all):
    doc = code_all("Iran has vowed never to give up its missile program, the minister said.")
    assert [e.code for e in _at(doc, "vowed")] == ["124"], seen(doc)


def test_frames24_vowing_to_give_up_is_no_refusal(code_all):
    doc = code_all("Iran has vowed to give up its missile program, the minister said.")
    assert not [e for e in doc.events if e.code == "124"], seen(doc)


def test_frames24_requesting_that_someone_share_records_demands_information(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - In a letter on Friday, Joe Biden requested the Israeli "
        "government promptly share all its records on the strike."
    )
    found = _at(doc, "requested")
    assert [(e.code, e.target_actor[:3]) for e in found] == [("101", "ISR")], seen(doc)


def test_frames24_testifying_in_a_legislature_consults_it(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Olaf Scholz testified in the Bundestag on Wednesday that he had "
        "not met the bankers."
    )
    found = _at(doc, "testified")
    assert [(e.code, (e.target_actor or "")[:3]) for e in found] == [("040", "DEU")], seen(doc)


def test_frames24_testifying_in_a_month_is_no_consultation(code_all):
    doc = code_all("Olaf Scholz testified in March that he had not met the bankers.")
    assert not [e for e in _at(doc, "testified") if e.code == "040"], seen(doc)


def test_frames24_threats_of_action_against_someone_threaten_them(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Vladimir Putin's threats of military action against Ukraine "
        "worried Germany on Monday."
    )
    found = _at(doc, "threats")
    assert [(e.code[:2], e.target_actor) for e in found] == [("13", "UKR")], seen(doc)


def test_frames24_pursuing_diplomacy_with_someone_consults_them(code_all):
    doc = code_all("Germany is quietly pursuing direct diplomacy with Iran, officials said.")
    found = _at(doc, "pursuing")
    assert [(e.code, e.target_actor) for e in found] == [("040", "IRN")], seen(doc)


def test_frames24_interviews_conducted_with_someone_consult_them(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The committee has conducted interviews with Joe Biden and "
        "other officials, a spokesman said."
    )
    found = _at(doc, "conducted")
    assert [(e.code, e.target_actor) for e in found] == [("040", "USAGOV")], seen(doc)


def test_frames24_appearing_for_an_interview_with_a_committee_is_intent_to_meet(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Joe Biden will appear for a closed-door interview on "
        "Thursday with the House Intelligence Committee."
    )
    found = _at(doc, "appear")
    assert [(e.code, (e.target_actor or "")[3:]) for e in found] == [("036", "LEG")], seen(doc)


def test_frames24_speaking_in_a_foreign_city_is_a_visit(code_all):
    doc = code_all("Speaking in Paris on Monday, Olaf Scholz renewed his warning to Moscow.")
    found = _at(doc, "speaking")
    assert [(e.code, e.target_actor) for e in found] == [("042", "FRA")], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Berlin on Monday, Olaf Scholz renewed his warning to Moscow.",
        "Speaking in an interview on Monday, Olaf Scholz renewed his warning to Moscow.",
        "Speaking in Chinese, Olaf Scholz thanked his hosts.",
    ],
)
def test_frames24_speaking_at_home_in_an_interview_or_a_language_is_no_visit(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "speaking") if e.code == "042"], seen(doc)


def test_frames24_troops_leaving_a_country_is_no_visit(code_all):
    doc = code_all("U.S. troops left Iraq in 2011 and returned three years later.")
    assert not [e for e in _at(doc, "left") if e.code == "042"], seen(doc)


def test_frames24_leaving_the_talks_or_home_is_no_visit(code_all):
    doc = code_all("Olaf Scholz left the talks early. Olaf Scholz left Berlin on Friday.")
    assert not [e for e in _at(doc, "left") if e.code == "042"], seen(doc)


def test_frames24_stopping_in_a_foreign_country_on_a_trip_is_a_visit(code_all):
    doc = code_all(
        "Olaf Scholz will travel to Japan next week and also stop in Vietnam, his office said."
    )
    found = _at(doc, "stop")
    assert [(e.code[:2], e.target_actor) for e in found] == [("03", "VNM")], seen(doc)


def test_frames24_fighting_that_stops_in_a_country_is_no_visit(code_all):
    doc = code_all("The fighting must stop in Syria, Olaf Scholz said.")
    assert not [e for e in _at(doc, "stop") if e.code[:2] in ("03", "04")], seen(doc)
