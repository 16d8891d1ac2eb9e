"""issue #9 read52: business news writes a body's "and" as an ampersand ("the Securities &
Exchange Commission", "the Food & Drug Administration"); the book keeps those names with "and",
and a standalone "&" is read as that word. Names written for these tests."""

from __future__ import annotations

import pytest

from redline.actors.book import load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Securities & Exchange Commission", "USAGOV"),
        ("the Food & Drug Administration", "USAGOV"),
        ("Securities and Exchange Commission", "USAGOV"),
        # names the book keeps with the ampersand itself still match
        ("Marks & Spencer", "GBRBUS"),
        ("Trinidad & Tobago", "TTO"),
    ],
)
def test_an_ampersand_between_words_reads_as_and(book, name, code):
    match = book.lookup(name)
    assert match is not None and match.code == code, match


def test_a_lone_ampersand_names_no_one(book):
    assert book.lookup("salt & pepper") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [("Opec", "IGOBUSOPC"), ("Opec's", "IGOBUSOPC"), ("Asean", "IGOSEAASN"), ("Farc", "COLREB")],
)
def test_a_bodys_acronym_written_as_a_word_is_the_body(book, name, code):
    """issue #9 read52: British news writes "Opec", "Asean", "the Farc"."""
    match = book.lookup(name)
    assert match is not None and match.code == code, match


@pytest.mark.parametrize("word", ["Shape", "Sana", "Wise"])
def test_a_titled_word_that_is_a_word_or_name_is_no_acronym(book, word):
    match = book.lookup(word)
    assert match is None or match.kind not in ("organisation", "metonym"), match


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the National Union of Journalists", "GBRLAB"),
        ("the NUJ", "GBRLAB"),
        ("The Daily Telegraph", "GBRMED"),
        ("Trinity Mirror", "GBRMED"),
        ("Ministry of Economy, Trade and Industry", "JPNGOV"),
        ("OFHEO", "USAGOV"),
        ("the Energy Information Administration", "USAGOV"),
        ("Lycos Europe", "DEUBUS"),
        ("Sophos", "GBRBUS"),
        ("UFJ Bank", "JPNBUS"),
        ("Air Sahara", "INDBUS"),
    ],
)
def test_bodies_of_business_news_have_their_country(book, name, code):
    """issue #9 read52: British papers and unions the BBC names bare, regulators and
    statisticians of business news."""
    match = book.lookup(name)
    assert match is not None and match.code == code, match


def test_a_bare_guardian_is_no_newspaper(book):
    """Atlantic City's mayor Don Guardian is no British newspaper."""
    match = book.lookup("Guardian")
    assert match is None or match.code != "GBRMED", match
