"""Wrong kinds of event, seventh round (issue #9, helper kinds47): a meeting or a visit told as
an experience in general, with "never" on the trigger and an indefinite object ("has never met
an opponent like her"), read as a meeting with the one named. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _at(doc, *triggers):
    return [e for e in doc.events if e.trigger_text in triggers]


# -- never met / visited anyone in particular -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator has never met an opponent like the governor of Texas.",
        "Rural voters have often never met another refugee from Syria.",
        "The mayor said he had never met any of the contractors involved.",
        "Many of the new delegates have never visited a foreign capital.",
    ],
)
def test_never_with_an_indefinite_object_is_no_meeting(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "met", "visited") if e.code.startswith("04")], events(doc)


def test_a_meeting_with_someone_named_stays(code_all):
    doc = code_all("The foreign minister met his Chinese counterpart in Beijing on Tuesday.")
    assert [e for e in _at(doc, "met") if e.code == "040"], events(doc)


# -- a state that went to a candidate by a margin -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four years ago the state went to the governor over the senator by 12 percentage points.",
        "Pennsylvania went to the Democrat by a narrow margin in the last election.",
    ],
)
def test_a_state_won_by_a_margin_is_no_trip(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "went") if e.code.startswith("04")], events(doc)


def test_a_trip_stays_a_visit(code_all):
    doc = code_all("The foreign minister went to Beijing for talks on Monday.")
    assert [e for e in _at(doc, "went") if e.code.startswith("04")], events(doc)


# -- private people travelling or taking people in ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Some voters traveled to Mexico last year to buy medicine.",
        "WASHINGTON (Reuters) - Voters in the district flew to Havana last year.",
        "BERLIN (Reuters) - Residents of the town welcomed the refugees at the station.",
        "Many Chinese tourists visited Japan last year.",
    ],
)
def test_private_people_travelling_make_no_visit(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code in ("042", "043")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese prime minister visited Washington on Monday.",
        "The Chinese foreign minister visited Japan last year.",
    ],
)
def test_an_official_visit_stays(code_all, text):
    doc = code_all(text)
    assert [e for e in _at(doc, "visited") if e.code == "042"], events(doc)


def test_private_people_who_receive_ministers_host_them(code_all):
    doc = code_all(
        "TBILISI (Reuters) - Protesters in the capital received two ministers from the "
        "government on Friday."
    )
    assert [e for e in _at(doc, "received") if e.code == "043"], events(doc)
