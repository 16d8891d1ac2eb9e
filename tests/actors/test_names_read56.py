"""issue #9/#10 read56: names BBC business stories of 2004-05 gave wrong or did not know.
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Jim Cantalupo", "2004-02-01", "USABUS"),
        ("Charlie Bell", "2004-06-01", "USABUS"),
        ("James Skinner", "2008-03-01", "USABUS"),
        ("SBC Communications", "2004-12-01", "USABUS"),
        ("the Pension Benefit Guaranty Corporation", "2004-12-01", "USAGOV"),
        ("the PBGC", "2004-12-01", "USAGOV"),
    ],
)
def test_names_the_book_now_knows(book, name, date, code):
    match = book.lookup(name, date=date)
    assert match is not None and match.code == code, match


def test_charlie_bell_ran_the_australian_business_first(book):
    match = book.lookup("Charlie Bell", date="1995-06-01")
    assert match is not None and match.code == "AUSBUS", match
