"""Actors, issue #9 actors37: refiners and refineries are business and fiscal (deficit, budget)
hawks lawmakers (roles.yml); a body the text names only by who leads it ("the Saudi-led
coalition") is the leader's; "it" in a clause that an owning-up verb governs ("Valero has
acknowledged that it paid ...") is the subject that owns up.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_refiners_are_business(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Refiners criticized the Environmental Protection Agency on "
        "Tuesday over the biofuels rules.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USABUS", dyads(doc)


def test_fiscal_hawks_are_lawmakers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Fiscal hawks criticized the White House on Monday over the "
        "spending plan.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USALEG", dyads(doc)


def test_a_led_coalition_is_its_leaders(code_all):
    doc = code_all(
        "DUBAI (Reuters) - The Saudi-led coalition attacked Houthi positions near the port of "
        "Hodeidah on Sunday.",
        published="2017-11-20",
    )
    attacked = first_triggered(doc, "attacked")
    assert (attacked.source_actor or "")[:3] == "SAU", dyads(doc)
    assert "who leads the coalition" in attacked.rule


def test_it_after_acknowledged_is_the_subject(code_all):
    doc = code_all(
        "HOUSTON (Reuters) - Valero Energy has acknowledged that it paid $3 million to the "
        "Kremlin's consultants.",
        published="2017-11-20",
    )
    paid = first_triggered(doc, "paid")
    assert "who said it 'Valero Energy'" in paid.rule, dyads(doc)
    assert (paid.source_actor or "")[:3] == "USA", dyads(doc)


def test_it_after_a_person_stays_unlinked(code_all):
    doc = code_all(
        "HOUSTON (Reuters) - Jane Porter has acknowledged that it paid $3 million to Russia.",
        published="2017-11-20",
    )
    paid = first_triggered(doc, "paid")
    assert "who said it" not in paid.rule, dyads(doc)
