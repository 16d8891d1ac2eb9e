"""issue #9 actors47, the actor book: the leaders of al-Qaeda and the Islamic State are their
groups' people on any date (the news names them long after their deaths), and a World Bank
president of the 2010s is the Bank's while in office; office-holders of the 2015-18 Washington
news (an attorney general, a bureau director, an envoy, Russia's ambassador) hold their posts on
the article's date.

Phrases written for these tests in the style of news."""

from __future__ import annotations

import pytest

from redline.actors import load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        ("Osama bin Laden", "2016-05-02", "IMGMUSALQ"),
        ("bin Laden", "2001-10-07", "IMGMUSALQ"),
        ("al-Qaeda chief Ayman al-Zawahiri", "2014-09-04", "IMGMUSALQ"),
        ("Abu Bakr al-Baghdadi", "2015-03-01", "IMGMUSISI"),
        ("Abu Bakr al-Baghdadi", "2021-03-01", "IMGMUSISI"),
    ],
)  # fmt: skip
def test_militant_leaders_are_their_groups(book, phrase, date, code):
    match = book.lookup(phrase, date)
    assert match is not None and match.code == code, (phrase, match)


def test_a_world_bank_president_is_the_bank_while_in_office(book):
    match = book.lookup("Jim Yong Kim", "2016-04-12")
    assert match is not None and match.code == "IGOUNODEVWBK", match
    later = book.lookup("Jim Yong Kim", "2020-01-10")
    assert later is None or later.code != "IGOUNODEVWBK", later


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        ("Sergei Kislyak", "2017-03-02", "RUSGOV"),
        ("Kislyak", "2017-12-01", "RUSGOV"),
        ("Attorney General Loretta Lynch", "2016-07-01", "USAJUD"),
        ("Richard Cordray", "2017-11-16", "USAGOV"),
        ("Joseph Yun", "2017-10-02", "USAGOV"),
    ],
)  # fmt: skip
def test_office_holders_of_the_washington_news_hold_their_posts(book, phrase, date, code):
    match = book.lookup(phrase, date)
    assert match is not None and match.code == code, (phrase, match)


def test_a_former_attorney_general_is_no_longer_the_judiciary(book):
    match = book.lookup("Loretta Lynch", "2017-06-08")
    assert match is not None and match.code == "USAELI", match
