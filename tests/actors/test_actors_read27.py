"""issue #9 read27: "party" that names a side to a matter or a gathering is no political party
("BAA said it was working closely with all interested parties" was ---PTY). Phrases written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "phrase",
    ["all interested parties", "a third party", "the injured party", "a dinner party",
     "the parties concerned"],
)  # fmt: skip
def test_a_side_to_a_matter_is_no_party(book, phrase):
    found = book.lookup(phrase, date="2004-11-10")
    assert found is None or found.code[3:] != "PTY", found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("the ruling party", "---PTY"), ("the opposition parties", "---OPP")],
)
def test_political_parties_stay(book, phrase, code):
    assert book.lookup(phrase, date="2004-11-10").code == code
