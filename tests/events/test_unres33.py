"""Actors, issue #9 unres33: arguments the coder read wrong or not at all on whole articles.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_both_parties_leaders_negotiate_with_each_other(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican and Democratic leaders in the Senate were still "
        "haggling on Tuesday over how much to spend on disaster relief.",
        published="2017-11-20",
    )
    haggling = first_triggered(doc, "haggling")
    assert (haggling.source_actor, haggling.target_actor) == ("USALEG", "USALEG"), dyads(doc)


def test_both_parties_lawmakers_act_as_lawmakers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican and Democratic lawmakers on Wednesday criticized "
        "the Pentagon over delays to the new fighter jet.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USALEG", dyads(doc)


def test_two_countries_as_modifiers_stay_two_countries(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russian and Chinese diplomats criticized the new sanctions on "
        "Thursday.",
        published="2017-11-20",
    )
    sources = {e.source_actor[:3] for e in doc.events if e.trigger_text == "criticized"}
    assert sources == {"RUS", "CHN"}, dyads(doc)
