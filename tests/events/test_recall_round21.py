"""Recall, twenty-first round (issue #9 recall21): a speaker who says someone "had nothing to do
with" an act or an actor denies the link (016), unless the words foretell ("will have nothing to
do with"); "there was no evidence of wrongdoing" and "no impropriety" deny as "no collusion"
does; admiration expressed for someone praises them (051); a subpoena received from someone is
their demand (101, told from who received it); qualms or reservations about someone's plan are
criticism (111); communications halted with someone suspend relations with them (164); a
crackdown on someone is repression (175), as "cracked down on". Sentences written for the test
in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import coded_pairs

pytestmark = pytest.mark.model


# text, (the code, a piece of the rule, the country pair; None: no event of that code)
CASES = {
    "had nothing to do with an act": (
        "MOSCOW (Reuters) - A Kremlin spokesman said on Monday that Russia had nothing to do "
        "with the hacking of the German parliament.",
        ("016", "nothing to do with", ("RUS", "")),
    ),
    "has nothing to do with, in a quotation": (
        "“It has nothing to do with the election,” German Chancellor Angela Merkel said of the "
        "pipeline on Friday.",
        ("016", "nothing to do with", ("DEU", "")),
    ),
    "will have nothing to do with foretells and denies nothing": (
        "BERLIN (Reuters) - A spokesman for the German finance minister said his decision on the "
        "budget would have nothing to do with the French president.",
        ("016", "nothing to do with", None),
    ),
    "no evidence of wrongdoing": (
        "PARIS (Reuters) - The French foreign ministry said there was no evidence of wrongdoing "
        "by its diplomats in Algiers.",
        ("016", "speech.yml", ("FRA", "")),
    ),
    "no impropriety": (
        "“There was no impropriety,” Canadian Prime Minister Justin Trudeau told reporters in "
        "Ottawa on Wednesday.",
        ("016", "speech.yml", ("CAN", "")),
    ),
    "expressed admiration for a leader": (
        "BRASILIA (Reuters) - Brazilian President Luiz Inacio Lula da Silva expressed admiration "
        "for Chinese President Xi Jinping on Friday.",
        ("051", "admiration", ("BRA", "CHN")),
    ),
    "received a subpoena from a committee": (
        "FRANKFURT (Reuters) - Germany's Deutsche Bank received a subpoena from the U.S. House "
        "Intelligence Committee in April.",
        ("101", "subpoena", ("USA", "DEU")),
    ),
    "reservations about another country's plan": (
        "PARIS (Reuters) - The French government has serious reservations about Germany's plan "
        "to cut its defence budget, a minister said.",
        ("111", "qualm|reservation", ("FRA", "DEU")),
    ),
    "halted communications with a legal team": (
        "BERLIN (Reuters) - Lawyers for German Chancellor Olaf Scholz have halted communications "
        "with French President Emmanuel Macron's legal team.",
        ("164", "with[PREP]", ("DEU", "FRA")),
    ),
    "a crackdown on protesters": (
        "CAIRO (Reuters) - The Egyptian army's crackdown on protesters in Cairo left hundreds "
        "dead in August.",
        ("175", "crackdown", ("EGY", "EGY")),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall21(code_all, case):
    text, (code, rule, pair) = CASES[case]
    found = coded_pairs(code_all(text), code, rule)
    assert (pair in found) if pair is not None else not found, (found, text)
