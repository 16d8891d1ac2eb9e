"""Actors of the right events, fifteenth round (issues #9/#10 actors15): the root was coded but
an actor was left unresolved or given the dateline's country, each on a sentence written for
the test in the style of wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _has(doc, root, rule_part, pair):
    """An event of ``root`` by the rule with source and target codes opening as ``pair``."""
    return any(
        (e.source_actor or "").startswith(pair[0]) and (e.target_actor or "").startswith(pair[1])
        for e in doc.events
        if e.code.startswith(root) and rule_part in (e.rule or "")
    )


def _seen(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


# (text, CAMEO root, a piece of the rule, the country pair that rule must give)
FOUND = {
    "a group the book does not know is the home's": (
        "OTTAWA (Reuters) - A coalition of dairy farmers criticized the trade deal on Monday. "
        "The group praised Trudeau's decision to delay the vote.",
        "05",
        "a group the book does not know",
        ("CAN", "CAN"),
    ),
    "a lobby coalition named by its own name": (
        "CANBERRA (Reuters) - The Clean Air coalition urged Prime Minister Anthony Albanese on "
        "Tuesday to close the coal plants.",
        "02",
        "a coalition the book does not know",
        ("AUS", "AUS"),
    ),
    "some of a group act as the group": (
        "CANBERRA (Reuters) - Some of Albanese's fellow Labor lawmakers criticized Prime Minister "
        "Anthony Albanese on Tuesday.",
        "11",
        "<-partitive",
        ("AUS", "AUS"),
    ),
    "prosecutors named later with their country": (
        "MOSCOW (Reuters) - The Kremlin said on Monday Putin had not been influenced by Michael "
        "Flynn. Flynn pleaded guilty on Friday and agreed to cooperate with prosecutors delving "
        "into the affairs of President Donald Trump's inner circle. U.S. prosecutors said Flynn "
        "had lied.",
        "09",
        "named nearby as 'U.S. prosecutors'",
        ("USA", "USA"),
    ),
    "the intelligence agencies named before with their country": (
        "HANOI (Reuters) - U.S. intelligence agencies concluded that Moscow tried to sway the "
        "vote. On Sunday, the president said he sided with the intelligence agencies.",
        "05",
        "named nearby as 'U.S. intelligence agencies'",
        ("", "USA"),
    ),
    "a candidate told again by a common noun": (
        "OTTAWA (Reuters) - Pierre Poilievre, the Conservative leader, faces a difficult "
        "campaign in Quebec. Premier Doug Ford has endorsed the candidate.",
        "05",
        "the person named before",
        ("CAN", "CAN"),
    ),
    "a concern voiced that someone will act aims at them": (
        "CANBERRA (Reuters) - Several Labor lawmakers expressed concerns on Tuesday that tough "
        "Chinese demands will sink the trade talks.",
        "01",
        "concern that:nsubj",
        ("AUS", "CHN"),
    ),
    "a concern voiced that a bill will hurt aims at the home legislature": (
        "OTTAWA (Reuters) - Two Conservative lawmakers have voiced concern that the budget bill "
        "could raise taxes on farmers.",
        "01",
        "a bill with no maker named",
        ("CAN", "CAN"),
    ),
    "proposals in the legislature are its": (
        "OTTAWA (Reuters) - Internet companies had long objected to proposals in Parliament to "
        "rewrite the broadcasting law.",
        "11",
        "('in' phrase)",
        ("CAN", "CAN"),
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_actors15_found(code_all, case):
    text, root, rule_part, pair = FOUND[case]
    doc = code_all(text)
    assert _has(doc, root, rule_part, pair), _seen(doc)


# (text, a piece of a rule that must not fire on it)
NOT_FOUND = {
    "the armed group named before is not the home's": (
        "WASHINGTON (Reuters) - An armed group attacked a convoy in northern Mali, a U.S. "
        "official said. The group has threatened the government in Bamako before.",
        "group the book does not know",
    ),
    "some of the time is no group": (
        "OTTAWA (Reuters) - Some of the time was spent criticizing the budget, Prime Minister "
        "Justin Trudeau said.",
        "<-partitive",
    ),
    "his challenger is not the person named before": (
        "OTTAWA (Reuters) - Pierre Poilievre campaigned in Quebec on Monday. Premier Doug Ford "
        "has endorsed his challenger.",
        "the person named before",
    ),
    "a plan in a place is not the place's": (
        "CANBERRA (Reuters) - Greens on Tuesday objected to a plan in Queensland to build a coal "
        "mine.",
        "('in' phrase)",
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_FOUND))
def test_actors15_not_found(code_all, case):
    text, rule_part = NOT_FOUND[case]
    doc = code_all(text)
    assert not any(rule_part in (e.rule or "") for e in doc.events), _seen(doc)


def test_actors15_a_concern_that_the_talks_fail_aims_at_no_one(code_all):
    doc = code_all(
        "CANBERRA (Reuters) - Several Labor lawmakers expressed concern on Tuesday that the "
        "talks would collapse."
    )
    voiced = [e for e in doc.events if "concern that" in (e.rule or "")]
    assert all(not e.target_actor for e in voiced), _seen(doc)


def test_actors15_prosecutors_of_another_country_named_far_away_do_not_count(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russian prosecutors charged a blogger on Monday with extremism. "
        "Prosecutors said the blogger had insulted the army."
    )
    assert any(
        e.code.startswith("17") and (e.source_actor or "").startswith("RUS") for e in doc.events
    ), _seen(doc)


def test_actors15_the_second_clauses_own_subject_denies(code_all):
    doc = code_all(
        "PARIS (Reuters) - Russia denies meddling in the 2022 French election and Macron has "
        "denied any collusion."
    )
    denials = [e for e in doc.events if e.code.startswith("016")]
    assert any(
        "stray-conj-subject" in (e.rule or "") and (e.source_actor or "").startswith("FRA")
        for e in denials
    ), _seen(doc)
