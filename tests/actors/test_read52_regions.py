"""A country's name inside the name of a region of several countries names no country
(issue #9, lead's read52): "markets such as Latin America" are not the United States."""

from __future__ import annotations

import pytest

from redline.actors.book import load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    "text",
    [
        "China is looking to invest in other markets such as Latin America.",
        "Latin American leaders met in Lima on Friday.",
        "Central American migrants reached the border.",
        "Trade across North America fell last year.",
    ],
)
def test_no_united_states_inside_a_region(book, text):
    assert all(hit.entry.code != "USA" for hit in book.scan(text)), book.scan(text)


@pytest.mark.parametrize(
    "text", ["American troops left the base.", "The America First policy was announced."]
)
def test_america_alone_is_still_the_united_states(book, text):
    assert any(hit.entry.code == "USA" for hit in book.scan(text))
