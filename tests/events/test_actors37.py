"""Actors, issue #9 actors37: refiners are business and fiscal (deficit, budget)
hawks lawmakers (roles.yml); a body the text names only by who leads it ("the Saudi-led
coalition") is the leader's; "it" in a clause that an owning-up verb governs ("Valero has
acknowledged that it paid ...") is the subject that owns up; U.S. news media are USAMED
(countries.yml).
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


def test_us_news_media_are_usamed(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The New York Times criticized the White House on Monday over "
        "the new rules.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USAMED", dyads(doc)


def test_an_outlet_the_parser_calls_a_person_takes_no_him(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Politico reported last week that the agency had paid $84,000 on "
        "behalf of Representative Mark Dalton. In 2014, Dalton's former aide Anne Reyes sued "
        "him.",
        published="2017-11-20",
    )
    sued = first_triggered(doc, "sued")
    assert sued.target_actor == "USALEG", dyads(doc)
