"""Actors of the right events, seventeenth round (issues #9/#10 actors17): two offices of one
code each named with a person ("Governor Andrew Cuomo dismissed Mayor Bill de Blasio's plan")
are two sides, not one; an office told again with no name stays one side. Sentences written
for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_two_named_offices_of_one_code_are_two_sides(code_all):
    doc = code_all(
        "ALBANY, New York (Reuters) - New York Governor Andrew Cuomo on Wednesday rejected "
        "Mayor Bill de Blasio's proposal to raise taxes on the city's wealthiest residents."
    )
    assert any(
        e.code.startswith("12") and e.source_actor == "USAGOV" and e.target_actor == "USAGOV"
        for e in doc.events
    ), doc.events


def test_an_office_named_again_without_a_name_is_one_side(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Donald Trump on Tuesday rejected the president's own "
        "plan for the border wall, aides said."
    )
    assert not any(e.code.startswith("12") and e.target_actor == "USAGOV" for e in doc.events), (
        doc.events
    )
