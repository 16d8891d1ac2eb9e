"""issues #9/#10 health45: a generic head in the plural the book indexes roles by ("spokesmen",
"spokespeople", "general secretaries", as ``plural_forms`` makes them) is generic as its
singular is: the body named before it gives the sector ("union spokesmen" are the union's, not a
government's). Phrases written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("union spokesmen", "---LAB"),
        ("union spokeswomen", "---LAB"),
        ("company spokespeople", "---BUS"),
        ("party spokeswomen", "---PTY"),
        ("union general secretaries", "---LAB"),
        ("the unions' general secretaries", "---LAB"),
    ],
)
def test_a_plural_generic_head_takes_the_sector_of_the_body_before_it(book, phrase, code):
    found = book.lookup(phrase)
    assert found is not None and found.code == code, found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("union spokesman", "---LAB"),
        ("union leaders", "---LAB"),
        ("company chiefs", "---BUS"),
        ("government spokesmen", "---GOV"),
        ("ministry spokespeople", "---GOV"),
    ],
)
def test_singular_and_plain_plural_heads_are_read_as_before(book, phrase, code):
    found = book.lookup(phrase)
    assert found is not None and found.code == code, found
