"""issue #10 names28: who "they" is after a party's people are named as a group ("Lib Dem
strategists think they can win"), and campaigns named after a slogan ("Stop Trump", "Vote
Leave") that are no person. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest

from redline.actors.tag import slogan_name

pytestmark = pytest.mark.model


def _they(doc, after: str):
    """The mention of the first "they" after ``after`` in the text."""
    at = doc.text.index(after) + len(after)
    found = [m for m in doc.mentions if m.text == "they" and m.start >= at]
    assert found, [(m.text, m.canonical, m.rule) for m in doc.mentions]
    return found[0]


def test_they_is_the_party_group_of_its_governing_clause(code_text):
    text = (
        "LONDON (Reuters) - Labour has held the seat of Bath South for two decades. Lib Dem "
        "strategists think they can take it at the next election, and volunteers have arrived."
    )
    doc = code_text(text, published="2019-10-01")
    they = _they(doc, "strategists think")
    assert they.canonical == "Lib Dem", (they.canonical, they.rule)
    assert they.actor != "---PTY"


def test_a_party_of_two_words_joins_before_the_group_noun(code_text):
    # the tagger marks only "Democrat": the party is "Liberal Democrat", coded as the book has it
    text = (
        "LONDON (Reuters) - The Conservatives won the seat in 2015. But Liberal Democrat "
        "activists believe they can win it back, and the party is spending heavily there."
    )
    doc = code_text(text, published="2019-10-01")
    they = _they(doc, "activists believe")
    assert they.canonical == "Liberal Democrat", (they.canonical, they.rule)
    assert they.actor is not None and they.actor.startswith("GBR")


def test_a_surname_modifying_a_group_is_still_no_group(code_text):
    # "Trump supporters" are no party's people: "they" does not become Trump
    text = (
        "WASHINGTON (AP) - Democrats held a rally in Ohio on Monday. Trump supporters say they "
        "will turn out in record numbers."
    )
    doc = code_text(text, published="2016-10-01")
    they = [m for m in doc.mentions if m.text == "they"]
    assert all(m.type != "person" and m.canonical != "Donald Trump" for m in they)


@pytest.mark.parametrize(
    "name, slogan",
    [
        ("Stop Trump", True),
        ("Vote Leave", True),
        ("Never Trump", True),
        ("Donald Trump", False),
        ("Ban Ki-moon", False),
        ("Stop", False),
    ],
)
def test_slogan_names(name, slogan):
    assert slogan_name(name) is slogan


def test_a_slogan_campaign_is_no_person(code_text):
    text = (
        "CLEVELAND (AP) - Donald Trump arrived in Ohio on Sunday. Never Trump Republicans met "
        "in a hotel near the arena, and Never Trump said it would back a third candidate."
    )
    doc = code_text(text, published="2016-07-17")
    slogans = [m for m in doc.mentions if m.text == "Never Trump"]
    assert slogans, [(m.text, m.canonical) for m in doc.mentions]
    assert all(m.type != "person" and m.actor is None for m in slogans)
    assert all(e.actor is None for e in doc.entities if e.text == "Never Trump")


def test_a_slogan_word_before_a_name_found_alone_makes_a_campaign(code_text):
    # the tagger finds no entity here; the graph's own "Trump" took "Stop" as a first name
    text = (
        "CLEVELAND (AP) - Donald Trump arrived in Cleveland on Sunday. The Stop Trump "
        "movement accused the Republican National Committee of rigging the rules on Monday."
    )
    doc = code_text(text, published="2016-07-18")
    found = [m for m in doc.mentions if "Stop" in m.text]
    assert found and all(m.type == "organisation" and m.actor is None for m in found), [
        (m.text, m.type, m.actor, m.rule) for m in found
    ]
