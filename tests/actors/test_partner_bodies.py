"""A body named for a pair of countries ("the U.S.-China ... Commission") is the first country's,
not the last named (lead review, session 23)."""

import pytest

import redline
from redline.actors.book import load_actors


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("U.S.-China Economic and Security Review Commission", "USA"),
        ("U.S.-China Business Council", "USA"),
        ("U.S.-Japan Council", "USA"),
    ],
)
def test_a_pair_named_body_is_the_first_countrys(phrase, country):
    match = load_actors().lookup(phrase)
    assert match is not None and match.country == country, match


def test_a_pair_without_a_body_keeps_the_last_country():
    match = load_actors().lookup("U.S.-China trade war")
    assert match is not None and match.country == "CHN", match


def test_the_commission_criticizing_beijing_is_a_us_body():
    text = (
        "The U.S.-China Economic and Security Review Commission criticized Beijing's trade "
        "practices in its annual report to Congress on Tuesday."
    )
    doc = redline.code_text(text, published="2018-11-14")
    found = [(e.source_actor[:3], e.code[:2], e.target_actor) for e in doc.events]
    assert ("USA", "11", "CHN") in found, [e.rule for e in doc.events]
    for event in doc.events:
        assert text[event.source_start : event.source_end] == event.source_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Japan-U.S. talks on tariffs resumed in Tokyo.", [("Japan", "JPN"), ("U.S.", "USA")]),
        ("The Russia-Ukraine war went on.", [("Russia", "RUS"), ("Ukraine", "UKR")]),
        ("The India-Pakistan border was shut.", [("India", "IND"), ("Pakistan", "PAK")]),
    ],
)
def test_a_hyphenated_pair_of_countries_names_both(text, names):
    found = [(text[s:e], m.code) for s, e, m in load_actors().find_mentions(text)]
    assert found[: len(names)] == names


@pytest.mark.parametrize(
    "text", ["The Saudi-led coalition struck Sanaa.", "Pro-Russian rebels held the town."]
)
def test_a_hyphenated_modifier_is_no_pair(text):
    codes = [m.code for _, _, m in load_actors().find_mentions(text)]
    assert "SAU" not in codes and "RUS" not in codes
