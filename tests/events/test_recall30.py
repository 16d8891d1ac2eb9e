"""Recall, thirtieth round (issue #9 recall30): a meeting being arranged ("tried to set up a
meeting between A and B", "could arrange a meeting with X", "proposing a meeting between ...")
is an intent to meet (036) between its sides, kept however deep when they are in two
countries; a meeting held stays a meeting. Sentences written for the test in the style of wire
news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model

ARRANGED = "arranged ("


def _arranged(doc) -> set[tuple[str | None, str, str | None]]:
    return {(e.source_actor, e.code, e.target_actor) for e in doc.events if ARRANGED in e.rule}


@pytest.mark.parametrize(
    "text",
    [
        "An aide to Biden lied to investigators about his efforts to set up a meeting between "
        "Biden and Putin during the campaign.",
        "The aide forwarded a message proposing a meeting between Biden and Putin to senior "
        "campaign officials.",
        "Officials said the adviser had tried to organize a meeting between Biden and Putin in "
        "Helsinki.",
    ],
)
def test_a_meeting_being_arranged_is_an_intent_to_meet(code_with_stand_in, text):
    doc = code_with_stand_in(text)
    assert ("USAGOV", "036", "RUSGOV") in _arranged(doc), seen(doc)


def test_the_arranger_meets_the_with_partner(code_with_stand_in):
    doc = code_with_stand_in("Starmer said on Monday he could arrange a meeting with Putin.")
    assert ("GBRGOV", "036", "RUSGOV") in _arranged(doc), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Biden and Putin ended without a deal on Friday.",
        "Biden held a meeting with Starmer in London on Thursday.",
    ],
)
def test_a_meeting_held_is_not_arranged(code_with_stand_in, text):
    doc = code_with_stand_in(text)
    assert not _arranged(doc), seen(doc)
    assert any(e.code[:2] == "04" for e in doc.events), seen(doc)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Serbia condemned Biden's decision to recognize Kosovo on Tuesday.", "USAGOV", "XKX"),
        ("Japan's move to pressure Ukraine over the deal angered officials.", "JPN", "UKR"),
    ],
)
def test_the_maker_of_a_decision_does_what_was_decided(code_with_stand_in, text, source, target):
    doc = code_with_stand_in(text)
    assert any(
        e.source_actor == source and e.target_actor == target and "acl-to^" in e.rule
        for e in doc.events
    ), seen(doc)


def test_a_decision_with_no_maker_names_no_one(code_with_stand_in):
    doc = code_with_stand_in("Serbia condemned the decision to recognize Kosovo on Tuesday.")
    assert not any("acl-to^decision" in e.rule for e in doc.events), seen(doc)


def test_a_pact_named_after_a_city_is_not_its_country(code_with_stand_in):
    doc = code_with_stand_in("Ukraine said on Monday it would withdraw from the Minsk accord.")
    assert not any(e.target_actor == "BLR" for e in doc.events), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Biden asked the agency's inspector general to audit a trip to Paris by its chief.",
        "Biden urged the watchdog office to investigate the contract, aides said on Friday.",
    ],
)
def test_an_investigation_urged_is_a_demand_for_one(code_with_stand_in, text):
    doc = code_with_stand_in(text)
    assert any(e.code == "101" and "appeal" in e.rule for e in doc.events), seen(doc)
    assert not any(e.code == "020" and "090->" in e.rule for e in doc.events), seen(doc)


def test_a_deep_contact_with_its_maker_is_kept_across_borders(code_with_stand_in):
    doc = code_with_stand_in(
        "Starmer, who resigned in February after misleading the cabinet about his "
        "conversations with Putin, is under investigation by a parliamentary committee."
    )
    assert any(
        e.code[:2] == "04" and (e.source_actor, e.target_actor) == ("GBRGOV", "RUSGOV")
        for e in doc.events
    ), seen(doc)


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("Poland proposed new sanctions on Belarus on Thursday, diplomats said.", "propose", "POL"),
        ("Germany is preparing new sanctions against Belarus, officials said.", "prepare", "DEU"),
    ],
)
def test_who_proposes_or_prepares_a_measure_takes_it(code_with_stand_in, text, verb, source):
    doc = code_with_stand_in(text)
    # the light verb's route, or recall29's own entry for proposing sanctions on T (163)
    assert any(
        e.source_actor == source and (f"light-verb {verb}" in e.rule or e.code == "163")
        for e in doc.events
    ), seen(doc)


def test_an_investigation_into_reports_investigates_who_they_name(code_with_stand_in):
    doc = code_with_stand_in(
        "Poland said on Friday it had opened an investigation into reports that Democrat "
        "John Doe harassed aides."
    )
    assert any(
        e.code[:2] == "09" and (e.source_actor, e.target_actor) == ("POL", "USALEG")
        for e in doc.events
    ), seen(doc)


def test_an_investigation_cooperated_with_is_an_event_of_its_own(code_with_stand_in):
    doc = code_with_stand_in(
        "Poland agreed on Friday to cooperate with Germany's investigation into possible "
        "meddling by Belarus in the election."
    )
    assert any(
        e.code[:2] == "09" and (e.source_actor, e.target_actor) == ("DEU", "BLR")
        for e in doc.events
    ), seen(doc)
