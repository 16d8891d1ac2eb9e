"""issue #9 leftovers55: a town a body is "-based" in places the body, and a person described as
working for it ("chief executive of the Frankfurt-based exchange"). Sentences written for these
tests in the style of news (invented people)."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_person_described_by_a_based_body_takes_its_country(code_text):
    from redline.actors.graph import entity_graph

    doc = code_text(
        "Klaus Brenner, chief executive of the Frankfurt-based exchange, met investors in "
        "London on Monday.",
        published="2005-02-01",
    )
    by_name = {e.canonical: e for e in entity_graph(doc)}
    assert by_name["Klaus Brenner"].actor == "DEUBUS"


def test_town_country_reads_towns_smaller_than_a_million():
    from redline.enrich.places import region_or_city_country, town_country

    assert region_or_city_country("Frankfurt") is None
    assert town_country("Frankfurt") == "DEU"
    assert town_country("Geneva") == "CHE"
