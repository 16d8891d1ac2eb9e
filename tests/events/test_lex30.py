"""Wordings with no lexicon entry on whole articles, third pass (issue #9 lex30,
docgold_misses.py "no entry"). A preposition conjoined to the one a frame reads ("ruled in
favor of A and against B") carries the frame's target; complying with (or abiding by) someone's
order, ruling, request or subpoena yields to them (080; said it would: 035), a law complied with
names no one; a participle in -ing the parser tags a noun but which has a direct object
("pushed the secretary into expelling tens of thousands of migrants") is the verb, and a doubled
final consonant is undone to find its lemma ("expelling" -> expel); a claim judged by name whose
own "that" clause names someone ("called reports that X was involved ... 'extremely troubling'")
is aimed at that one. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "ruled for one side and against the other": (
        "WASHINGTON (Reuters) - The Trump administration has ruled in favor of corn growers and "
        "against the oil refining industry in a string of decisions this year.",
        "120",
        "rule|side|decide+against",
        ("USA", "USA"),
    ),
    "a court rules for one side and against the other": (
        "NAIROBI (Reuters) - A Kenyan court ruled in favour of the opposition and against the "
        "government on Friday.",
        "120",
        "rule|side|decide+against",
        ("KEN", "KEN"),
    ),
    "discussed in a place and with someone": (
        "WASHINGTON (Reuters) - The senator said he had discussed sanctions at length in Moscow "
        "and with the Russian foreign minister.",
        "040",
        "discuss+with",
        ("USA", "RUS"),
    ),
    "complied with court orders": (
        "WASHINGTON (Reuters) - At airports, border officials largely complied with court orders "
        "blocking the travel ban, the inspector general wrote.",
        "080",
        "comply+",
        ("USA", "USA"),
    ),
    "complied with a German court's ruling": (
        "BERLIN (Reuters) - The Turkish government said on Monday it had complied with the "
        "German court's ruling on the journalist's release.",
        "080",
        "comply+",
        ("TUR", "DEU"),
    ),
    "will abide by a court's ruling: an intent to yield": (
        "MANILA (Reuters) - Beijing said on Tuesday it would abide by the Philippine court's "
        "ruling on the islands.",
        "035",
        "abide+",
        ("CHN", "PHL"),
    ),
    "complied with the law: no one yielded to": (
        "WASHINGTON (Reuters) - The lobbying firm said it had fully complied with the law in "
        "disclosing its work for the Ukrainian party.",
        "080",
        "comply+",
        None,
    ),
    "a participle read as a noun, with its object": (
        "WASHINGTON (Reuters) - Aides to the president pushed the U.S. homeland security "
        "secretary into expelling tens of thousands of Salvadoran migrants.",
        "174",
        "expel",
        ("USA", "SLV"),
    ),
    "a claim's that clause names the accused": (
        "LONDON (Reuters) - Theresa May called reports that French Foreign Minister Jean-Yves Le "
        "Drian was involved in a bribery scheme “extremely troubling.”",
        "111",
        "claim judged",
        ("GBR", "FRA"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_lex30(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)


def test_doubled_consonant_undone():
    from redline.events.coder import _variants

    assert "expel" in _variants("", "expelling")
    assert "submit" in _variants("", "submitted")
    assert "pass" in _variants("", "passed")
    assert "cal" not in _variants("", "called")
