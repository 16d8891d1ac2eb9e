"""The quotes scorer's name accuracy: titles, possessives and generational suffixes aside."""

from __future__ import annotations

from redline.evaluate.quotes import full_name_matches


def test_full_name_ignores_generational_suffixes_and_titles():
    assert full_name_matches("Brent Bozell III", "Brent Bozell")
    assert full_name_matches("Joseph R. Biden Jr.", "Joseph R. Biden")
    assert full_name_matches("Sen. Ted Cruz", "Ted Cruz")


def test_full_name_needs_more_than_the_surname():
    assert not full_name_matches("Bozell", "Brent Bozell")
    assert not full_name_matches("Hillary Clinton", "Bill Clinton")
