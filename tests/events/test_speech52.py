"""Speech acts the frames missed (issue #9 item 4, helper speech52, session 41): "consider X Y"
without "as", criticisms named in American political copy, and "X is in breach / violation of
..." said by a speaker. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import offsets_hold, seen

pytestmark = pytest.mark.model


def _evaluative(doc, code: str, word: str) -> list:
    return [
        e
        for e in doc.events
        if e.code == code and (e.rule or "").startswith("evaluative:") and word in (e.rule or "")
    ]


@pytest.mark.parametrize(
    ("text", "code", "word", "target"),
    [
        (
            "MOSCOW (Reuters) - The Kremlin considers the new U.S. sanctions illegal, "
            "spokesman Dmitry Peskov told reporters.",
            "111",
            "illegal",
            "USA",
        ),
        (
            "WASHINGTON (Reuters) - Most voters consider Hillary Clinton dishonest, the poll "
            "found.",
            "111",
            "dishonest",
            "USA",
        ),
    ],
)
def test_speech52_consider_names_without_as(code_all, text, code, word, target):
    doc = code_all(text)
    found = _evaluative(doc, code, word)
    assert found, seen(doc)
    assert (found[0].target_actor or "").startswith(target), seen(doc)
    assert "'consider" in found[0].rule
    offsets_hold(doc)


@pytest.mark.parametrize(
    "text",
    [
        # the view given up, a question asked, an act weighed: no name given
        "WASHINGTON (Reuters) - The United States faced criticism over its decision to no "
        "longer consider Israeli settlements illegal.",
        "WASHINGTON (Reuters) - The committee is considering whether to hold a hearing on "
        "the Russian sanctions.",
    ],
)
def test_speech52_no_judgement_when_nothing_is_named(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if "'consider" in (e.rule or "")], seen(doc)


def test_speech52_criticisms_of_american_political_copy(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Elizabeth Warren on Tuesday called Wells Fargo's "
        "sales practices predatory."
    )
    assert _evaluative(doc, "111", "predatory"), seen(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "WASHINGTON (Reuters) - The State Department said Russia was in violation of the "
            "INF treaty.",
            ("USA", "RUS"),
        ),
        (
            "BRUSSELS (Reuters) - NATO said North Korea is in clear breach of U.N. Security "
            "Council resolutions.",
            ("IGO", "PRK"),
        ),
        (
            "WASHINGTON (Reuters) - “Iran is in violation of the spirit of the agreement,” "
            "Secretary of State Rex Tillerson said.",
            ("USA", "IRN"),
        ),
    ],
)
def test_speech52_said_to_be_in_breach_is_accused(code_all, text, pair):
    doc = code_all(text)
    found = _evaluative(doc, "112", "'in ")
    assert found, seen(doc)
    assert ((found[0].source_actor or "")[:3], (found[0].target_actor or "")[:3]) == pair
    offsets_hold(doc)


def test_speech52_not_in_breach_accuses_no_one(code_all):
    doc = code_all(
        "VIENNA (Reuters) - The U.N. nuclear watchdog said Iran was not in violation of the "
        "nuclear deal."
    )
    assert not [e for e in doc.events if e.code == "112"], seen(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "KIEV (Reuters) - Ukraine's foreign minister said Russia was trying to destabilize "
            "the country's east.",
            ("UKR", "RUS"),
        ),
        (
            "WASHINGTON (Reuters) - Senate Minority Leader Chuck Schumer said Republicans were "
            "trying to sneak the repeal through the budget process.",
            ("USA", "USA"),
        ),
    ],
)
def test_speech52_said_to_be_trying_to_do_wrong_is_accused(code_all, text, pair):
    doc = code_all(text)
    found = [e for e in doc.events if e.code == "112" and "speech.yml" in (e.rule or "")]
    assert found, seen(doc)
    assert ((found[0].source_actor or "")[:3], (found[0].target_actor or "")[:3]) == pair
    offsets_hold(doc)


def test_speech52_an_attempt_with_an_entry_of_its_own_stays_that_act(code_all):
    doc = code_all('"He did try to intimidate me," the former aide said of the senator.')
    assert not [e for e in doc.events if "destabilize" in (e.rule or "")], seen(doc)
