"""issue #9 read53: bodies and office-holders BBC business and technology stories of 2004-05
name with no country the book knew. Names written for these tests."""

from __future__ import annotations

import pytest

from redline.actors.book import load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Delta Airlines", "USABUS"),
        ("Delta Air Lines", "USABUS"),
        ("INSEE", "FRAGOV"),
        ("the National Infrastructure Security Coordination Centre", "GBRGOV"),
        ("NISCC", "GBRGOV"),
        ("ELSPA", "GBRBUS"),
        ("the Electronic Frontier Foundation", "USAHRI"),
        ("Powergen", "GBRBUS"),
        ("Cahoot", "GBRBUS"),
    ],
)
def test_bodies_the_bbc_names_bare(book, name, code):
    match = book.lookup(name)
    assert match is not None and match.code == code, match


def test_eff_alone_is_not_the_digital_rights_group(book):
    """South Africa's Economic Freedom Fighters are the "EFF" of most political news."""
    match = book.lookup("EFF")
    assert match is None or match.code != "USAHRI", match


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Rodrigo Rato", "2005-01-10", "IGOBUSIMF"),
        ("Rodrigo Rato", "2002-03-01", "ESPGOV"),
        ("Jan Egeland", "2004-12-28", "IGOUNO"),
        ("Jan Egeland", "2020-05-01", "NOR"),
        ("Louis Michel", "2005-01-05", "IGOEUREEC"),
        ("Louis Michel", "2003-02-01", "BELGOV"),
        # his son is a different man
        ("Charles Michel", "2020-02-01", "IGOEUREEC"),
    ],
)
def test_heads_of_bodies_by_date(book, name, date, code):
    match = book.lookup(name, date=date)
    assert match is not None and match.code == code, match
