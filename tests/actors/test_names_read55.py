"""issue #9/#10 read55: firms, bodies and people of BBC business and technology stories of
2004-05 the book did not know."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("SBC Communications", "USABUS"),
        ("Business Software Alliance", "USABUS"),
        ("Manchester United", "GBRBUS"),
        ("Man Utd", "GBRBUS"),
        ("Energis", "GBRBUS"),
        ("Pipex", "GBRBUS"),
        ("Matsushita Electric", "JPNBUS"),
        ("BMO Financial Group", "CANBUS"),
        ("the US Customs Service", "USACOP"),
        ("Malcolm Glazer", "USABUS"),
        ("John Magnier", "IRLBUS"),
        ("JP McManus", "IRLBUS"),
        ("Stelios Haji-Ioannou", "GBRBUS"),
    ],
)
def test_names_of_the_stories(book, name, code):
    match = book.lookup(name, date="2005-03-01")
    assert match is not None and match.code == code, match


@pytest.mark.parametrize(
    ("date", "code"),
    [("1996-05-01", "FRAGOV"), ("2005-03-01", "IGOEUREEC"), ("2012-01-01", "FRAJUD")],
)
def test_the_eu_transport_commissioner_by_date(book, date, code):
    match = book.lookup("Jacques Barrot", date=date)
    assert match is not None and match.code == code, match


def test_united_alone_is_no_club(book):
    match = book.lookup("United")
    assert match is None or not match.code.endswith("BUS"), match
