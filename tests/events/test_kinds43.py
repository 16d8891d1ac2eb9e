"""Wrong kinds of event on the free docgold splits (issue #9, helper kinds43): support told
as a poll's figure, and word senses of "hold", "meet" and "capture" whose object is a thing.
The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _support(doc):
    return [e for e in doc.events if e.code and e.code.startswith("05")]


@pytest.mark.parametrize(
    "text",
    [
        "A Quinnipiac poll found that 46% of Florida voters support Senator Marco Rubio.",
        "The governor is backed by 38 percent of Republican primary voters in the latest survey.",
        "Senator Marco Rubio has support from 41 percent of likely voters, the survey found.",
        "More than half of the students polled support Senator Bernie Sanders.",
        "Female voters preferred Clinton, while male voters backed Donald Trump, 54 percent to "
        "31 percent.",
    ],
)
def test_support_told_as_a_poll_figure_is_no_event(code_all, text):
    # a share of a group backing someone, or backing by a margin, is a poll's figure (§12.19)
    doc = code_all(text)
    assert not _support(doc), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Kim has won the support of Germany and France for a second term.",
        "A majority of Republican senators backed the governor's nominee.",
        "The Chinese foreign minister backed the proposal by Vladimir Putin.",
    ],
)
def test_support_by_named_actors_or_a_body_stays(code_all, text):
    doc = code_all(text)
    assert _support(doc), events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nevada holds its Democratic caucuses on Saturday.", "holds"),
        ("A woman holding a Bernie Sanders sign greeted the voters at the door.", "holding"),
        (
            "Iowa's fourth congressional district was held by a Republican for a decade and now "
            "is held by Democrat Jim Smith.",
            "held",
        ),
        ("Democrats need four seats to capture the Senate in November.", "capture"),
    ],
)
def test_a_thing_held_or_captured_is_no_detention(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in doc.events if e.trigger_text == trigger and e.code == "173"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The governor's tax plan has met with fierce resistance from rural lawmakers.",
        "The campaign to recall the mayor is meeting stiff opposition from business groups.",
        "Officials doubt the country will meet the pledge it made at the climate summit.",
    ],
)
def test_meeting_resistance_or_a_pledge_is_no_meeting(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code in ("040", "036")], events(doc)


def test_a_meeting_with_a_counterpart_stays(code_all):
    doc = code_all("The foreign minister met with his Chinese counterpart in Beijing on Tuesday.")
    assert [e for e in doc.events if e.code == "040"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "When the senator wanted to answer the charges, he went to Fox News.",
        "Senator Bernie Sanders visited NBC's Today show on Tuesday.",
        "The strongest opposition came to the Republican proposal to cut deductions.",
    ],
)
def test_a_broadcaster_or_a_reaction_reached_is_no_visit(code_all, text):
    # going on a show is an appearance (§26.1); opposition "coming to" a plan travels nowhere
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "042"], events(doc)


def test_a_visit_abroad_stays(code_all):
    doc = code_all("The Chinese premier came to Berlin for talks with the chancellor.")
    assert [e for e in doc.events if e.code == "042"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "A Texas court imposed sanctions against the oil company for ignoring its order.",
        "The judge imposed sanctions on the firm for contempt of court.",
    ],
)
def test_a_court_sanctioning_a_party_is_no_embargo(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "163"], events(doc)


def test_sanctions_by_a_government_stay(code_all):
    doc = code_all("The European Union imposed sanctions on Belarus after the election.")
    assert [e for e in doc.events if e.code == "163"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        '"We don\'t want people thinking that British soldiers beat up civilians," the '
        "minister said.",
        '"We do not want anyone to think that the police arrested the protesters," he said.',
        "The minister said he did not want voters to believe that the army had attacked the "
        "village.",
    ],
)
def test_what_no_one_should_think_is_no_event(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code and e.code[:2] in ("17", "18", "19")], events(doc)


def test_what_people_should_know_stays(code_all):
    doc = code_all('"We want people to know that the police arrested the protesters," he said.')
    assert [e for e in doc.events if e.code == "173"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton escalated her attacks on Bernie Sanders' record on guns on Monday.",
        "Donald Trump attacked Hillary Clinton over gun control at a rally in Ohio.",
        "Senator Elizabeth Warren's new gun control offensive against Senator Ted Cruz will "
        "start in Texas.",
    ],
)
def test_guns_as_a_policy_arm_no_one(code_all, text):
    # a politician's attack or offensive about gun policy is criticism (111), not an assault
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text in ("attacks", "attacked", "offensive")]
    assert found and all(e.code == "111" for e in found), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman attacked the senator's office with a gun on Tuesday.",
        "The Syrian army's offensive against the rebels in the north began on Sunday.",
    ],
)
def test_armed_attacks_stay_armed(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "190"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Jeb Bush fired at Donald Trump and Ted Cruz during the debate in New Hampshire.",
        "Groups such as Emily's List have spent more than $10 million since June attacking "
        "Hillary Clinton.",
    ],
)
def test_firing_at_or_attacking_a_politician_with_no_arms_is_criticism(code_all, text):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text in ("fired", "attacking")]
    assert found and all(e.code == "111" for e in found), events(doc)


def test_firing_at_a_patrol_stays_armed(code_all):
    doc = code_all("Militants fired at an army patrol near the border, killing two soldiers.")
    assert [e for e in doc.events if e.code == "190"], events(doc)


def test_batteries_fired_at_a_country_stay_armed(code_all):
    doc = code_all(
        "Japan's prime minister fired anti-ship batteries at Iran within hours, officials said."
    )
    assert [e for e in doc.events if e.code == "190"], events(doc)
