"""Roots, round twenty-one (issue #9 roots21): a meeting on the calendar ("is scheduled to
meet", "is set to hold talks", "is due to meet", "are expected to meet") is an intent to meet
(036) from the subject to the one to be met, one way only, as the document gold codes it; a
visit or a summit so scheduled stays the act (the sentence sets' convention), and a meeting held
stays 04.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


# (text, trigger, expected (source country, target country, code) list of that trigger)
CASES = {
    "set to hold talks: one intent, subject to partner": (
        "BERLIN (Reuters) - German Chancellor Angela Merkel is set to hold talks with French "
        "President Emmanuel Macron on Friday in Paris.",
        "hold",
        [("DEU", "FRA", "036")],
    ),
    "scheduled to meet": (
        "MOSCOW (Reuters) - Russian President Vladimir Putin is scheduled to meet Iranian "
        "President Hassan Rouhani in Sochi next week.",
        "meet",
        [("RUS", "IRN", "036")],
    ),
    "A and B scheduled to hold talks: read once": (
        "TOKYO (Reuters) - Japanese Prime Minister Shinzo Abe and Russian President Vladimir "
        "Putin were scheduled to hold talks on Saturday.",
        "hold",
        [("JPN", "RUS", "036")],
    ),
    "a meeting held stays a meeting": (
        "MOSCOW (Reuters) - Russian President Vladimir Putin met Iranian President Hassan "
        "Rouhani in Sochi on Wednesday.",
        "met",
        [("RUS", "IRN", "040")],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_scheduled_meeting(code_text, case):
    text, trigger, expected = CASES[case]
    doc = code_text(text)
    got = [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3], e.code)
        for e in doc.events
        if e.trigger_text == trigger
    ]
    assert got == expected, seen(doc)


def test_scheduled_to_attend_is_the_attendance(code_text):
    doc = code_text("Obama is scheduled to attend a summit in Switzerland on the unrest in Iran")
    assert not [e for e in doc.events if e.code == "036"], seen(doc)


# a law, a rule or a provision that bars or prohibits is a standing rule, no one's act
STANDING_RULES = {
    "rules barring": (
        "WASHINGTON (Reuters) - Critics say the hotel breaks U.S. government rules barring "
        "federal officials from taking part in the lease.",
        "barring",
    ),
    "a provision which prohibits": (
        "WASHINGTON (Reuters) - The bill would repeal a provision of the U.S. tax code known as "
        "the Johnson Amendment, which prohibits churches from endorsing candidates.",
        "prohibits",
    ),
}


@pytest.mark.parametrize("case", list(STANDING_RULES))
def test_standing_rule_is_no_act(code_text, case):
    text, trigger = STANDING_RULES[case]
    doc = code_text(text)
    assert not [e for e in doc.events if e.trigger_text == trigger], seen(doc)


def test_a_country_banning_still_acts(code_text):
    doc = code_text("ANKARA (Reuters) - Turkey banned German lawmakers from visiting the base.")
    assert [e.code for e in doc.events if e.trigger_text == "banned"] == ["172"], seen(doc)


# "should" / "must" asks no act of anyone: a feeling ("shouldn't worry"), a state to keep ("must
# remain focused"), an inquiry as subject ("the investigation should continue"); an act asked of
# someone stays an appeal
NO_APPEAL = {
    "a feeling": (
        "WASHINGTON (Reuters) - U.S. Treasury Secretary Steven Mnuchin said Americans shouldn't "
        "worry about it.",
        "worry",
    ),
    "a state to keep": (
        "WASHINGTON (Reuters) - Democratic Party official Jessica Post said national party "
        "leaders must remain focused on local races.",
        "remain",
    ),
    "an inquiry as subject": (
        "WASHINGTON (Reuters) - The special counsel investigation of links between Russia and "
        "the Trump campaign should continue without interference in 2018, Senator Lindsey "
        "Graham said on Sunday.",
        "continue",
    ),
}


@pytest.mark.parametrize("case", list(NO_APPEAL))
def test_no_appeal(code_text, case):
    text, trigger = NO_APPEAL[case]
    doc = code_text(text)
    assert not [e for e in doc.events if e.trigger_text == trigger], seen(doc)


def test_an_act_asked_stays_an_appeal(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Senator Lindsey Graham said Special Counsel Robert Mueller "
        "should continue his investigation."
    )
    assert [e.code for e in doc.events if e.trigger_text == "continue"] == ["020"], seen(doc)
