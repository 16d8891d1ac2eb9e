"""Actors, nineteenth round (issues #9/#10 actors19): an envoy's "to" country is the host, not
the envoy's own ("China's ambassador to Britain Liu Xiaoming" and every later "Liu" are
China's); an American party word ("Democratic", "Republican") alone does not make a role
American in a story at home elsewhere that never names the United States ("Democratic
lawmakers" in a Seoul story, Iraq's "Republican Guard"). Sentences written for the test in the
style of wire news. A post's portfolio ("spokeswoman for women") is not its holder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import test_actors_round18 as round18  # noqa: E402

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        # the country after "ambassador to" hosts the envoy: no country of the envoy's own
        ("ambassador to Britain Liu Xiaoming", "2019-08-01", "---GOV"),
        ("the envoy to France", "2019-08-01", "---GOV"),
        ("the ambassador to the United States", "2019-08-01", "---GOV"),
        # the envoy's own country still decides, before or after the head
        ("China's ambassador to Britain", "2019-08-01", "CHNGOV"),
        ("the Chinese ambassador to Britain", "2019-08-01", "CHNGOV"),
        ("the ambassador of France", "2019-08-01", "FRAGOV"),
        # the people a post is for are its portfolio, not who holds it
        ("Liberal Democrat spokeswoman for women", "2005-03-01", "GBROPP"),
        ("Tory spokesman for women", "2005-03-01", "GBROPP"),
        ("the British minister for refugees", "2015-06-01", "GBRGOV"),
        # the people alone, or an office named for them, stay as they are
        ("a shelter for women", "2015-06-01", "---CVL"),
        ("the UN High Commissioner for Refugees", "2015-06-01", "IGOUNOREFHCR"),
    ],
)
def test_the_book_reads_the_phrase(book, phrase, date, code):
    round18.test_the_book_reads_the_phrase(book, phrase, date, code)


_pairs = round18._pairs


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "Britain" on the name as a compound: "Liu" is still China's
        "LONDON (Reuters) - China's ambassador to Britain Liu Xiaoming has warned that Beijing "
        "will not sit on its hands in Hong Kong.\n\nLiu accused British politicians of "
        "interfering in China's internal affairs.",
        # with commas: the name is the apposition of the ambassador, past his "to Britain"
        "LONDON (Reuters) - China's ambassador to Britain, Liu Xiaoming, spoke to reporters on "
        "Thursday.\n\nLiu accused British politicians of interfering in China's internal "
        "affairs.",
    ],
)
def test_the_ambassador_named_later_is_his_countrys(code_all, text):
    doc = code_all(text, published="2019-07-18")
    pairs = _pairs(doc)
    assert any(s == "CHNGOV" and c == "11" for s, c, _ in pairs), pairs
    assert not any(s and s.startswith("GBR") and c == "11" for s, c, _ in pairs), pairs


@pytest.mark.parametrize(
    ("text", "published", "side"),
    [
        # an American party word alone in a story at home elsewhere: the home's lawmakers
        (
            "SEOUL (Reuters) - Democratic lawmakers on Tuesday criticised the conservative "
            "opposition for blocking a vote on the extra budget.",
            "2017-06-06",
            "KORLEG",
        ),
        # the word with the United States named in the story: American as before
        (
            "SEOUL (Reuters) - Democratic lawmakers in Washington on Tuesday criticised "
            "South Korea's plan to buy more fighter jets.",
            "2017-06-06",
            "USALEG",
        ),
        # at home in America: American
        (
            "WASHINGTON (Reuters) - Democratic lawmakers on Tuesday criticised President "
            "Donald Trump's plan to cut the budget of the State Department.",
            "2017-06-06",
            "USALEG",
        ),
    ],
)
def test_an_american_party_word_abroad_is_no_sign_of_america(code_all, text, published, side):
    doc = code_all(text, published=published)
    pairs = _pairs(doc)
    assert any(s == side and c == "11" for s, c, _ in pairs), pairs


def test_iraqs_republican_guard_is_no_american_lawmaker(code_all):
    doc = code_all(
        "BAGHDAD (Reuters) - The Republican Guard shelled Kurdish villages near Kirkuk on "
        "Sunday, residents said.",
        published="2002-06-09",
    )
    sources = {s for s, _, _ in _pairs(doc)}
    assert sources and not any(s and s.startswith("USA") for s in sources), _pairs(doc)


def test_the_spokeswoman_for_women_is_the_oppositions(code_all):
    doc = code_all(
        "LONDON - Liberal Democrat spokeswoman for women Sandra Gidley criticised the "
        "government's plan to close maternity units on Tuesday.",
        published="2005-03-01",
    )
    assert any(s == "GBROPP" and c == "11" for s, c, _ in _pairs(doc)), _pairs(doc)
