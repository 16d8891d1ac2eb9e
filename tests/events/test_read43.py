"""What the lead saw reading unseen BBC articles in the thirty-fourth round (issues #9, #10): a
description ("the archbishop") given to the paragraph's subject whom the text titles otherwise,
a rejected plan with no owner before it, "met many of the demands" read as a meeting. The
sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model

TITLED = (
    "Cardinal Anselm Okoro has called for the closure of the camp.\n\n"
    "The Nigerian cardinal said the detentions were unacceptable.\n\n"
    "On Tuesday Home Secretary Mark Fenwick told MPs that talks with Washington had gone well. "
    'The cardinal added: "We cannot be silent while people are held without charge."'
)


def test_a_description_goes_to_the_one_titled_with_it(code_text):
    # the paragraph's subject is the Home Secretary, titled with another post: "the cardinal"
    # is the one the text titled cardinal, paragraphs back
    doc = code_text(TITLED)
    cardinal = [m for m in doc.mentions if m.text == "The cardinal"]
    assert cardinal and cardinal[0].canonical == "Anselm Okoro", doc.mentions
    assert doc.text[cardinal[0].start : cardinal[0].end] == "The cardinal"
    assert cardinal[0].actor == "NGA", cardinal[0]
    quote = next(q for q in doc.quotes if "silent" in q.text)
    assert quote.speaker == "Anselm Okoro", quote


def test_the_subject_keeps_a_description_the_text_never_titles(code_text):
    # the paragraph's subject is still "the senator" when no one else is titled senator
    doc = code_text(
        "Sen. Ruth Alder criticized the bill on Monday.\n\n"
        "Governor Tom Reyes defended the plan. Mike Dunn praised the bill too. "
        "Walking into the chamber, the senator said the vote would be close."
    )
    senator = [m for m in doc.mentions if m.text == "the senator"]
    assert senator and senator[0].canonical != "Tom Reyes", doc.mentions


def test_a_dismissed_plan_aims_at_the_one_who_announced_it(code_text):
    doc = code_text(
        "LONDON (Reuters) - Police numbers are to rise under new proposals announced by Home "
        "Secretary Joan Matley on Sunday.\n\n"
        'The Conservatives dismissed the police plan as "a gimmick".'
    )
    found = [e for e in doc.events if e.trigger_text == "dismissed"]
    assert found, events(doc)
    assert found[0].code.startswith("12") and found[0].target_actor == "GBRGOV", events(doc)
    assert doc.text[found[0].target_start : found[0].target_end] == found[0].target_text


def test_a_plan_first_told_here_has_no_owner_before(code_text):
    doc = code_text(
        "LONDON (Reuters) - The Conservatives dismissed a plan to raise child benefit as "
        '"a gimmick".'
    )
    found = [e for e in doc.events if e.trigger_text == "dismissed"]
    assert not any(e.target_actor for e in found), events(doc)


def test_demands_met_are_no_meeting(code_all):
    doc = code_all(
        "The companies said they had already met many of the government's demands in a "
        "settlement reached with the states in 1998."
    )
    assert not [e for e in doc.events if e.trigger_text == "met"], events(doc)


def test_meeting_some_of_the_ministers_is_a_meeting(code_all):
    doc = code_all("WASHINGTON (Reuters) - Pompeo met some of the Iraqi ministers in Baghdad.")
    met = [e for e in doc.events if e.trigger_text == "met"]
    assert met and met[0].code.startswith("04"), events(doc)


def test_co_subjects_a_gerund_borrows_sign_with_each_other(code_text):
    doc = code_text(
        "SOFIA (Reuters) - By signing the accord on Tuesday, the prime ministers of Greece, "
        "Bulgaria and Romania ended years of delay."
    )
    pairs = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "057"}
    assert {("GRC", "BGR"), ("BGR", "GRC"), ("ROU", "GRC")} <= pairs, events(doc)


def test_one_signer_signs_with_no_one_named(code_text):
    doc = code_text(
        "SOFIA (Reuters) - By signing the accord on Tuesday, the Bulgarian prime minister "
        "ended years of delay."
    )
    assert not [e for e in doc.events if e.code == "057" and e.target_actor], events(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        'His comments have been described as "irresponsible" by the Liberal Democrats.',
        "His comments were branded irresponsible by the Liberal Democrats.",
        "The Liberal Democrats described his comments as irresponsible.",
    ],
)
def test_remarks_judged_are_aimed_at_whose_remarks_they_are(code_text, sentence):
    doc = code_text(
        "LONDON (Reuters) - Home Secretary David Blunkett said innocent Muslims would be "
        "targeted by the new powers. " + sentence,
        published="2004-11-20",
    )
    found = [e for e in doc.events if e.code == "111" and e.trigger_text == "irresponsible"]
    assert found and found[0].target_actor == "GBRGOV", events(doc)
    assert found[0].source_actor == "GBROPP", events(doc)


def test_aid_given_to_help_someone_is_aid_to_them(code_text):
    doc = code_text(
        "LONDON (Reuters) - Britain is to give a 5 million pound grant to help Sudanese "
        "refugees in Chad, the government said on Monday."
    )
    found = [e for e in doc.events if e.code.startswith("07") and e.trigger_text == "give"]
    assert found and (found[0].target_actor or "").startswith("SDN"), events(doc)
    assert doc.text[found[0].target_start : found[0].target_end] == found[0].target_text


def test_a_bills_aid_to_help_someone_is_no_aid_given(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Senate stalled a bill that passed the House, which would "
        "provide $20 billion in new aid to help Florida and Texas."
    )
    assert not [e for e in doc.events if e.code.startswith("07") and e.target_actor], events(doc)


def test_a_rejected_proposal_aims_at_the_maker_its_modifier_names(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - The White House on Tuesday rejected a Republican proposal to "
        "cut the estate tax."
    )
    found = [e for e in doc.events if e.trigger_text == "rejected"]
    assert found and found[0].code.startswith("12"), events(doc)
    assert found[0].target_actor == "USALEG", events(doc)


def test_a_modifier_on_a_thing_makes_no_owner(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Senate Democrats on Tuesday rejected the Keystone pipeline "
        "route through Nebraska."
    )
    assert not [e for e in doc.events if e.trigger_text == "rejected" and e.target_actor], events(
        doc
    )


def test_made_up_with_an_object_is_no_denial(code_all):
    doc = code_all(
        "LONDON (Reuters) - In a speech on Monday, Michael Howard said hard-working families "
        "made up the backbone of Britain."
    )
    assert not [e for e in doc.events if e.code == "016"], events(doc)


def test_made_up_said_of_claims_is_a_denial(code_all):
    doc = code_all("MOSCOW (Reuters) - The Kremlin said the allegations were made up.")
    assert [e for e in doc.events if e.code == "016"], events(doc)


def test_a_bill_pushed_through_is_no_pressure(code_text):
    doc = code_text(
        "LONDON (Reuters) - The government will also seek to push through its Serious and "
        "Organised Crime Bill before parliament is dissolved."
    )
    assert not [e for e in doc.events if e.code.startswith("10")], events(doc)


def test_pressing_a_country_is_still_pressure(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - The United States pushed China hard on trade on Monday."
    )
    assert [e for e in doc.events if e.code.startswith("10") and e.target_actor == "CHN"], events(
        doc
    )


def test_fantasy_economics_is_criticism(code_text):
    doc = code_text(
        "LONDON (Reuters) - Liberal Democrat Treasury spokesman Vince Cable branded the "
        'Conservative tax plans as "fantasy economics".'
    )
    assert [e for e in doc.events if e.code == "111"], events(doc)


def test_a_question_from_the_press_is_no_appeal(code_all):
    doc = code_all(
        "LONDON (Reuters) - Later the prime minister's spokesman was asked by journalists about "
        "the minister's remarks."
    )
    assert not [e for e in doc.events if e.code.startswith("02")], events(doc)


def test_a_minister_asking_a_country_is_an_appeal(code_text):
    doc = code_text(
        "BERLIN (Reuters) - The German foreign minister asked Poland to delay the vote."
    )
    assert [e for e in doc.events if e.code.startswith("02") and e.target_actor == "POL"], events(
        doc
    )
