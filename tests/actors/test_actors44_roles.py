"""issue #9 actors44: roles of common news usage the actor book did not place: a city's, a
county's or a regulator's "commissioner" (GOV; the police's is COP), an "evangelical" (REL).

Phrases written for these tests in the style of news."""

from __future__ import annotations

import pytest

from redline.actors import load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("three city commissioners", "---GOV"),
        ("a county commissioner", "---GOV"),
        ("Brazilian commissioners", "BRAGOV"),
        ("the police commissioner", "---COP"),
        ("evangelical Christians", "---REL"),
        ("leading evangelicals", "---REL"),
    ],
)
def test_common_roles_are_placed(book, phrase, code):
    match = book.lookup(phrase)
    assert match is not None, phrase
    assert match.code == code, match.rule
