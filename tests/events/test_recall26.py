"""Recall, twenty-sixth round (issue #9 recall26): word senses that dropped an event or coded the
wrong root. A charge with an offence named is an indictment whoever brings it; calling for an
investigation demands it (101); an electoral map is challenged in court (115); "talk of
collusion" dismissed is denied (016), no talks rejected; a rule killed is rejected (120); a
civilian who shoots people assaults them (180); "I would like to congratulate ..." is the praise
itself; a measure a government announced it "would" take is decided (172), no threat (one it
announces it "will" take stays one, as the CAMEO manual's future-tense examples).
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _codes(doc) -> set[str]:
    return {e.code for e in doc.events}


# (text, a code that must be coded, a code that must not be)
CASES = {
    "a charge with an offence named is an indictment": (
        "WASHINGTON (Reuters) - The United States has charged a former Ghanaian finance "
        "minister with money laundering.",
        "173",
        "112",
    ),
    "a charge with no offence stays an accusation": (
        "WASHINGTON (Reuters) - The senator charged the ministry with hiding the report.",
        "112",
        "173",
    ),
    "calling for an investigation demands it": (
        "WASHINGTON (Reuters) - Two Democratic senators on Thursday called for an "
        "investigation into the deal.",
        "101",
        "020",
    ),
    "an electoral map is challenged in court": (
        "WASHINGTON (Reuters) - Democratic voters challenged the Republican-drawn electoral map "
        "in federal court.",
        "115",
        None,
    ),
    "talk of collusion dismissed is denied": (
        "WASHINGTON (Reuters) - The president has dismissed talk of collusion with Moscow.",
        "016",
        "125",
    ),
    "talks rejected stay rejected talks": (
        "The rebels rejected talks with the government on Monday.",
        "125",
        "016",
    ),
    "a rule killed is rejected": (
        "WASHINGTON (Reuters) - The Republican-controlled Congress last month killed a consumer "
        "bureau rule that had allowed borrowers to sue lenders.",
        "120",
        "190",
    ),
    "a civilian who shoots people assaults them": (
        "That year, an Egyptian man shot and killed two people at an airport in Los Angeles.",
        "180",
        "193",
    ),
    "a performative congratulation is the praise": (
        "WASHINGTON (Reuters) - The president tweeted: “I would like to congratulate Senator "
        "McConnell on having done a fantastic job.”",
        "051",
        "032",
    ),
    "a thanks reported for later stays an intent": (
        "WASHINGTON (Reuters) - The minister said he would like to thank Japan next week.",
        "032",
        "051",
    ),
    "an announced measure is decided": (
        "WASHINGTON (Reuters) - The Trump administration announced on Monday that it would end "
        "TPS for Haiti in July 2019.",
        "172",
        "132",
    ),
    "a measure announced in the future tense stays a threat": (
        "WASHINGTON (Reuters) - The White House announced on Monday that it will impose "
        "sanctions on Venezuela.",
        "1312",
        "163",
    ),
    "a measure only said stays a threat": (
        "WASHINGTON (Reuters) - Trump said he would impose sanctions on Venezuela.",
        "1312",
        "163",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall26(code_all, case):
    text, wanted, unwanted = CASES[case]
    doc = code_all(text, published="2019-03-04")
    codes = _codes(doc)
    assert wanted in codes, seen(doc)
    if unwanted is not None:
        assert unwanted not in codes, seen(doc)


def test_recall26_rule_names_are_visible(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Trump administration announced on Monday that it would end "
        "TPS for Haiti in July 2019.",
        published="2019-03-04",
    )
    assert any("announced measure" in (e.rule or "") for e in doc.events), seen(doc)
