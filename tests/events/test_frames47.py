"""Frames, issue #9 frames47: an amount of money written in figures ("$168,000") is money as
"$1.6 million" is (sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def _coded(doc, rule: str) -> list[tuple[str, str, str]]:
    return [(e.code, *country_pair(e)) for e in doc.events if rule in (e.rule or "")]


def test_frames47_paid_a_company_an_amount_in_figures(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A Virginia consulting firm paid a Canadian software company "
        "$245,000 for work on a voter database, the firm said in a filing on Tuesday."
    )
    assert ("061", "USA", "CAN") in _coded(doc, "lexicon:061 pay"), seen(doc)


def test_frames47_gave_an_amount_in_figures_to_a_committee(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The German chemicals maker gave $75,000 to a French charity "
        "last year, according to records released on Monday."
    )
    assert ("071", "DEU", "FRA") in _coded(doc, "lexicon:071"), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        # a fine paid is no one paid
        "WASHINGTON (Reuters) - The Ohio company paid $45,000 in fines last year, regulators said.",
        # a figure with no currency sign is no money
        "WASHINGTON (Reuters) - The Canadian company gave 75,000 to the French team last year.",
    ],
)
def test_frames47_no_money_given_to_anyone(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code[:2] in ("06", "07")], seen(doc)


def test_frames47_currency_sign_under_the_number(nlp):
    from redline.events.coding.frames import _currency_of

    doc = nlp("The firm paid a British company $168,000 and 300 people.")
    amount = next(t for t in doc if t.text == "168,000")
    people = next(t for t in doc if t.text == "300")
    assert _currency_of(amount) == "$"
    assert _currency_of(people) is None
    assert _currency_of(doc[1]) is None


# -- "spoke by phone with T", "spoke on the phone": a phone call with T (041) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (Reuters) - French President Emmanuel Macron spoke by phone with German "
        "Chancellor Angela Merkel on Sunday, the Elysee said.",
        "PARIS (Reuters) - French President Emmanuel Macron spoke on the phone with German "
        "Chancellor Angela Merkel on Sunday, the Elysee said.",
        "PARIS (Reuters) - French President Emmanuel Macron spoke over the phone to German "
        "Chancellor Angela Merkel on Sunday, the Elysee said.",
    ],
)
def test_frames47_spoke_by_phone_with_a_partner(code_all, text):
    doc = code_all(text)
    assert ("041", "FRA", "DEU") in _coded(doc, "lexicon:041 speak"), seen(doc)


def test_frames47_two_leaders_spoke_on_the_phone(code_all):
    doc = code_all(
        "PARIS (Reuters) - French President Emmanuel Macron and German Chancellor Angela Merkel "
        "spoke on the phone for an hour on Sunday."
    )
    coded = _coded(doc, "lexicon:041 speak")
    assert ("041", "FRA", "DEU") in coded and ("041", "DEU", "FRA") in coded, seen(doc)


def test_frames47_spoke_on_a_day_is_no_call(code_all):
    doc = code_all(
        "PARIS (Reuters) - French President Emmanuel Macron spoke on Sunday at a rally in Lyon."
    )
    assert not [e for e in doc.events if e.code == "041"], seen(doc)


# -- "left Beijing on Friday for the summit": a government's people leaving a place abroad (042) --


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "TOKYO (Reuters) - Japanese Prime Minister Fumio Kishida left Hanoi on Friday for the "
            "regional summit in Manila, a government spokesman said.",
            ("042", "JPN", "VNM"),
        ),
        (
            "BERLIN (Reuters) - German Chancellor Olaf Scholz left Brazil on Monday without "
            "meeting the country's opposition leaders.",
            ("042", "DEU", "BRA"),
        ),
    ],
)
def test_frames47_a_leader_leaving_a_place_abroad_visited_it(code_all, text, pair):
    doc = code_all(text)
    assert pair in _coded(doc, "lexicon:042 leave"), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        # at home
        "WASHINGTON (Reuters) - U.S. President Joe Biden left Washington on Friday for Delaware.",
        # no government's people
        "KABUL (Reuters) - Thousands of Afghan families left Afghanistan last year.",
        # no place
        "WASHINGTON (Reuters) - The senator left the Republican Party in June.",
    ],
)
def test_frames47_leaving_home_or_no_place_is_no_visit(code_all, text):
    doc = code_all(text)
    assert not _coded(doc, "lexicon:042 leave"), seen(doc)


def test_frames47_urged_to_leave_a_program_keeps_the_appeal(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Mayors from both parties have urged Congress to leave the visa "
        "program intact, the group said on Monday."
    )
    assert [e for e in doc.events if e.code == "020"], seen(doc)
    assert not _coded(doc, "lexicon:042 leave"), seen(doc)
