"""Actors, issue #9/#10 focus38: a role with no country of its own ("opposition leaders", "the
government", "police") in a passage about one other country takes that country, not the story's
home (the dateline's): the role's sentence, else the sentences before it, must name exactly
that one country and never the home; a country the role's own verb acts on or speaks of
("officials criticised Mexico"), one named only in a quotation, a partner ("talks with") or a
description of someone tells no passage.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_opposition_in_a_passage_on_another_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The State Department said on Monday it was watching the vote "
        "closely. Counting in Guatemala stalled on Sunday night after a power cut. Opposition "
        "leaders accused the government of rigging the count.",
        published="2017-11-20",
    )
    accused = first_triggered(doc, "accused")
    assert accused.source_actor == "GTMOPP", dyads(doc)
    assert accused.target_actor == "GTMGOV", dyads(doc)
    assert "the passage names only" in accused.rule


def test_the_home_in_the_passage_keeps_the_home(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. envoys flew to Guatemala on Sunday as counting stalled. "
        "Opposition leaders accused the government of rigging the count.",
        published="2017-11-20",
    )
    accused = first_triggered(doc, "accused")
    assert "the passage names only" not in accused.rule, dyads(doc)


def test_a_country_the_role_acts_on_is_no_passage(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Lawmakers criticized Mexico on Tuesday over the border talks.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USALEG", dyads(doc)


def test_a_country_the_role_speaks_of_is_no_passage(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Officials complained on Tuesday that Venezuela had broken its "
        "promises on the election.",
        published="2017-11-20",
    )
    complained = first_triggered(doc, "complained")
    assert (complained.source_actor or "")[:3] == "USA", dyads(doc)


def test_people_a_foreign_force_acts_on_are_its_own(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Kazakh authorities are questioning his family, the suspect's "
        "lawyer told reporters on Friday.",
        published="2017-11-20",
    )
    questioning = first_triggered(doc, "questioning")
    assert (questioning.target_actor or "")[:3] == "KAZ", dyads(doc)
    assert "the passage names only" in questioning.rule
