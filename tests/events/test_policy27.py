"""Sentence policy, issue #9 policy27: noun events waiting in a verb's argument that are events
of their own. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _protests(doc) -> list:
    return [e for e in doc.events if e.trigger_text == "protest" and e.code.startswith("14")]


def test_taking_part_in_a_protest_is_the_protest_of_the_one_taking_part(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - In March, the senator was detained outside the Capitol while "
        "taking part in a protest against President Donald Trump's decision to cut the program.",
        published="2017-11-20",
    )
    protests = _protests(doc)
    assert protests, events(doc)
    assert protests[0].source_actor == "USALEG", events(doc)
    assert protests[0].target_actor == "USAGOV", events(doc)
    assert "taken part in" in protests[0].rule


def test_participating_in_a_protest_names_the_participant(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Several Democratic senators participated in a protest against "
        "President Donald Trump's immigration order on Sunday.",
        published="2017-11-20",
    )
    protests = _protests(doc)
    assert protests, events(doc)
    assert protests[0].source_actor == "USALEG", events(doc)


def test_a_protest_naming_no_target_stays_waiting(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - In March, the senator was detained outside the Capitol while "
        "taking part in a protest on Saturday.",
        published="2017-11-20",
    )
    assert not any("taken part in" in e.rule for e in doc.events), events(doc)


def test_taking_a_protest_is_not_taking_part_in_one(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The senator took a stand in the protest against President "
        "Donald Trump's decision on Sunday.",
        published="2017-11-20",
    )
    assert not any("taken part in" in e.rule for e in doc.events), events(doc)


def _calls(doc) -> list:
    return [e for e in doc.events if e.trigger_text == "call" and e.code == "041"]


def test_a_call_to_someone_is_held_with_the_one_it_reaches(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. President Donald Trump endorsed the new trade plan in a "
        "call to Canadian Prime Minister Justin Trudeau on Friday.",
        published="2017-11-20",
    )
    calls = _calls(doc)
    assert calls, events(doc)
    assert (calls[0].source_actor, calls[0].target_actor) == ("USAGOV", "CANGOV"), events(doc)


def test_a_call_reaching_no_one_named_is_no_event(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. President Donald Trump endorsed the new trade plan in a "
        "call on Friday.",
        published="2017-11-20",
    )
    assert not _calls(doc), events(doc)


def test_testimony_to_a_committee_is_the_witness_consulting_it(code_all):
    doc = code_all(
        "In testimony to the Senate Judiciary Committee, Attorney General Jeff Sessions has "
        "denied knowing about any contacts between the campaign and Russian officials.",
        published="2017-11-20",
    )
    testimony = [e for e in doc.events if e.trigger_text == "testimony"]
    assert testimony, events(doc)
    assert (testimony[0].source_actor, testimony[0].target_actor) == ("USAJUD", "USALEG")
    assert testimony[0].code == "040"


def test_testimony_given_to_no_one_named_is_no_event(code_all):
    doc = code_all(
        "In his testimony on Tuesday, Attorney General Jeff Sessions denied knowing about any "
        "contacts between the campaign and Russian officials.",
        published="2017-11-20",
    )
    assert not [e for e in doc.events if e.trigger_text == "testimony"], events(doc)
