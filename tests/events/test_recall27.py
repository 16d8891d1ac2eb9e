"""Recall, twenty-seventh round (issue #9 recall27): predications no lexicon frame matched on
whole articles. A call received from someone is their call (the caller is the source); a contract
pitched to someone offers them business (061); "asked for T to act" appeals to T while "asked T
for X" still asks T; an appeal or a demand that names no one asked ("asked for the change",
"is seeking more information", "U.S. demands") goes to the other party the story names nearest
(coder._party_asked), not when it is negated; a singular "demand" with no one's name on it is
the market's ("stronger demand from refiners"), no event. Sentences written for the test in the
style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded, seen

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "a congratulatory call received": (
        "PARIS (Reuters) - The French president said he received a congratulatory call from the "
        "German chancellor on Wednesday.",
        "041",
        "receive|get|take+call",
        ("DEU", "FRA"),
    ),
    "a contract pitched": (
        "RIYADH (Reuters) - A former British minister pitched a $5 million contract to two Saudi "
        "businessmen last year.",
        "061",
        "pitch+",
        ("GBR", "SAU"),
    ),
    "asked for someone to act": (
        "PARIS (Reuters) - The French government asked for the European Union to act immediately.",
        "020",
        "ask+for",
        ("FRA", "IGO"),
    ),
    "asked T for X asks T": (
        "PARIS (Reuters) - The French government asked Germany for help on Monday.",
        "020",
        "ask[DOBJ]",
        ("FRA", "DEU"),
    ),
    "asked for a change: the party in the story": (
        "MEXICO CITY (Reuters) - Mexico's economy minister met U.S. trade officials in "
        "Washington on Tuesday. Mexico asked for a delay of the steel tariffs.",
        "020",
        "the party asked",
        ("MEX", "USA"),
    ),
    "seeking information: the party in the story": (
        "MEXICO CITY (Reuters) - Mexico's economy minister met U.S. trade officials in "
        "Washington on Tuesday. Mexico is seeking more information about the steel tariffs.",
        "101",
        "the party asked",
        ("MEX", "USA"),
    ),
    "not asking for anything asks no one": (
        "MEXICO CITY (Reuters) - Mexico's economy minister met U.S. trade officials in "
        "Washington on Tuesday. Mexico did not ask for a delay of the steel tariffs.",
        "020",
        "the party asked",
        None,
    ),
    "asked for comment names no asker": (
        "PARIS (Reuters) - Asked for comment, a spokesman for the French government declined to "
        "respond.",
        "020",
        "ask+for",
        None,
    ),
    "demands aimed at the other party": (
        "OTTAWA (Reuters) - Canada has pushed back at U.S. demands on dairy during the trade "
        "talks.",
        "100",
        "the party asked",
        ("USA", "CAN"),
    ),
    "a demand for T to act": (
        "ANKARA (Reuters) - The prime minister said Turkey's demand for the United States to "
        "extradite the cleric would be discussed during his visit.",
        "100",
        "demand+for",
        ("TUR", "USA"),
    ),
    "the market's demand is no one's": (
        "SINGAPORE (Reuters) - Oil prices rose on Monday on stronger demand from Chinese refiners.",
        "100",
        "demand",
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall27(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2019-03-04")
    assert_pair_coded(doc, code, rule, pair)


def test_asked_t_for_x_is_not_aimed_at_the_thing(code_all):
    """The "for" entry yields to the direct object: the one asked is the target."""
    doc = code_all(
        "PARIS (Reuters) - The French government asked Germany for help on Monday.",
        published="2019-03-04",
    )
    assert not [e for e in doc.events if "ask+for" in (e.rule or "")], seen(doc)
