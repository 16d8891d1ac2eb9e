"""issue #9 actors45: actors left unresolved or wrong under a right root.

- "the panel", "the committee" point back at a committee of either chamber named before even
  when the name gives its subject in lower case or with the chamber's possessive ("the House
  intelligence panel", "the U.S. House of Representatives’ intelligence committee"), and "this
  committee", "the ethics panel" after the committee whose name has "Ethics";
- a campaign group named for those it campaigns for ("a regiments' campaign group", "the
  soldiers' advocacy group") is a group the book does not know, not one of them (MIL).

Sentences written for these tests in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import first_with_trigger

from hand_parse import hand_parsed

pytestmark = pytest.mark.model


PUBLISHED = "2017-11-20"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - A former campaign aide has been asked to appear before the "
        "House intelligence panel next week. The panel is probing alleged Chinese hacking of "
        "state election systems.",
        "WASHINGTON (Reuters) - The Attorney General will answer questions from the U.S. House "
        "of Representatives’ judiciary committee on Dec. 4. The panel is probing alleged "
        "Chinese hacking of state election systems.",
        "WASHINGTON (Reuters) - The Senate tax-writing committee will vote on the bill next "
        "week. The committee is probing alleged Chinese hacking of state election systems.",
    ],
)
def test_the_panel_is_the_chamber_committee_named_before(code_text, text):
    doc = code_text(text, published=PUBLISHED)
    event = first_with_trigger(doc, "probing")
    assert event.source_actor == "USALEG", (event.source_actor, event.rule)
    assert "named before" in (event.rule or ""), event.rule
    assert doc.text[event.source_start : event.source_end] == event.source_text


def test_no_committee_across_a_determiner():
    from redline.events.arguments import LEG_COMMITTEE

    assert LEG_COMMITTEE.search("the Senate and the committee chairman") is None
    assert LEG_COMMITTEE.search("the Senate and its panel") is None


def test_a_committee_with_a_lower_case_word_in_its_name():
    from redline.events.arguments import LEG_COMMITTEE

    assert LEG_COMMITTEE.search("the House Ways and Means Committee") is not None
    assert LEG_COMMITTEE.search("the House tax committee") is not None


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - A regiments' campaign group accused the Ministry of Defence on "
        "Tuesday of breaking its promises to former soldiers.",
        "LONDON (Reuters) - The soldiers' advocacy group accused the Ministry of Defence on "
        "Tuesday of breaking its promises to former soldiers.",
    ],
)
def test_a_campaign_group_is_not_those_it_campaigns_for(code_text, text):
    doc = code_text(text, published=PUBLISHED)
    event = first_with_trigger(doc, "accused")
    assert event.source_actor == "GBR", (event.source_actor, event.rule)
    assert "a group the book does not know" in (event.rule or ""), event.rule
    assert doc.text[event.source_start : event.source_end] == event.source_text


def test_a_group_of_farmers_keeps_their_sector(code_text):
    doc = code_text(
        "LONDON (Reuters) - A farmers' group accused the government on Tuesday of "
        "neglecting rural areas.",
        published=PUBLISHED,
    )
    event = first_with_trigger(doc, "accused")
    assert event.source_actor == "GBRAGR", (event.source_actor, event.rule)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "WASHINGTON (Reuters) - The House Ethics Committee said on Monday it had received "
            "the complaint. The congressman said the ethics panel was right to investigate the "
            "payments.",
            "investigate",
        ),
        (
            "WASHINGTON (Reuters) - The House Oversight and Government Reform Committee met on "
            "Monday. On Thursday, this committee held the former aide in contempt of Congress.",
            "held",
        ),
    ],
)
def test_a_committee_told_again_with_its_subject(code_text, text, trigger):
    doc = code_text(text, published=PUBLISHED)
    event = first_with_trigger(doc, trigger)
    assert event.source_actor == "USALEG", (event.source_actor, event.rule)
    assert "named before" in (event.rule or ""), event.rule


def test_the_subject_words_of_a_committee_noun():
    from redline.events.arguments import _committee_subject

    doc = hand_parsed(
        ["the", "ethics", "panel", "met", "."],
        [2, 2, 3, 3, 3],
        ["det", "compound", "nsubj", "ROOT", "punct"],
        pos=["DET", "NOUN", "NOUN", "VERB", "PUNCT"],
    )
    assert _committee_subject(doc[2]) == ("ethics",)
    assert _committee_subject(doc[1]) is None
