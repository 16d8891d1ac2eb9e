"""Wrong kinds of event, sixth round (issue #9, helper kinds46): a U.S. state "captured" in a
primary read as an arrest (and Georgia as the country), a party's contests "held" read as a
detention, a court's majority "restored" read as something returned, a yes vote "backed" read as
support for the body the referendum is about, one who works for a company read as economic
cooperation, one who "gives back to" charities read as yielding. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _at(doc, *triggers):
    return [e for e in doc.events if e.trigger_text in triggers]


# -- a state captured at the polls --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump captured Georgia, Alabama and Virginia on Super Tuesday.",
        "The governor captured Michigan, Wisconsin and Iowa on Tuesday night.",
    ],
)
def test_a_state_captured_in_a_primary_is_no_arrest(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "captured") if e.code.startswith("17")], events(doc)


def test_a_prisoner_captured_stays_an_arrest(code_all):
    doc = code_all("Police captured the escaped prisoner near the border.")
    assert [e for e in _at(doc, "captured") if e.code == "173"], events(doc)


def test_contests_held_by_states_are_no_detention(code_all):
    doc = code_all("Eleven states are holding Republican contests on Tuesday.")
    assert not [e for e in _at(doc, "holding") if e.code == "173"], events(doc)


# -- a majority restored ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump named Neil Gorsuch to the Supreme Court, restoring the court's conservative "
        "majority.",
        "The appointment restored the Republican majority on the Senate panel.",
    ],
)
def test_a_majority_restored_is_nothing_returned(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "restoring", "restored") if e.code.startswith("08")], events(
        doc
    )


def test_ships_restored_to_a_country_stay_a_return(code_all):
    doc = code_all("Russia restored the seized Ukrainian ships to Kiev.")
    assert [e for e in _at(doc, "restored") if e.code.startswith("084")], events(doc)


# -- a side of a referendum backed --------------------------------------------------------------


def test_a_yes_vote_backed_is_no_support_for_the_union(code_all):
    doc = code_all(
        "The Scottish National Party will back a yes vote in the referendum on European Union "
        "membership."
    )
    assert not [e for e in _at(doc, "back") if (e.target_actor or "").startswith("IGO")], events(
        doc
    )


def test_a_budget_backed_stays_support(code_all):
    doc = code_all("The Scottish National Party will back the European Union's new budget.")
    assert [e for e in _at(doc, "back") if e.code.startswith("03")], events(doc)


# -- an employee's work -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Former White House adviser Tom Reilly now works for a Swiss hedge fund.",
        "After leaving the Army, the American veteran worked for a South Korean furniture store "
        "in Seoul.",
    ],
)
def test_work_for_a_company_is_employment(code_all, text):
    doc = code_all(text)
    assert not [e for e in _at(doc, "works", "worked") if e.code == "061"], events(doc)


def test_work_for_a_foreign_party_stays_business(code_all):
    doc = code_all("The American consultant worked for a Ukrainian political party for a decade.")
    assert [e for e in _at(doc, "worked") if e.code == "061"], events(doc)


# -- giving back --------------------------------------------------------------------------------


def test_giving_back_to_charities_is_no_yielding(code_all):
    doc = code_all("The developer said he always gave back to local charities.")
    assert not [e for e in _at(doc, "gave") if e.code == "080"], events(doc)


def test_giving_in_to_demands_stays_yielding(code_all):
    doc = code_all("The government finally gave in to the strikers' demands.")
    assert [e for e in _at(doc, "gave") if e.code == "080"], events(doc)
