"""Recall, thirty-second round (issue #9 recall32): events coded at the right trigger with
another CAMEO root, each on a sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_recall32_lobbying_against_a_tax_is_an_appeal_to_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Drug makers have lobbied hard against the new excise tax, "
        "industry officials said."
    )
    lobbied = [e for e in doc.events if e.trigger_text == "lobbied"]
    assert lobbied and lobbied[0].code == "0242", [(e.code, e.rule) for e in doc.events]
    assert lobbied[0].target_actor == "USALEG", lobbied[0].rule
    assert not any(e.code == "113" for e in doc.events), [e.rule for e in doc.events]


def test_recall32_lobbying_lawmakers_is_an_appeal_to_them(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The consulting firm lobbied several senators on behalf of the "
        "Georgian government last year."
    )
    lobbied = next(e for e in doc.events if e.trigger_text == "lobbied")
    assert (lobbied.code, lobbied.target_actor) == ("0242", "USALEG"), lobbied.rule


def test_recall32_campaigning_against_stays_rallying_opposition(code_all):
    doc = code_all("WASHINGTON (Reuters) - The union campaigned against the trade bill.")
    assert any(e.code == "113" for e in doc.events), [(e.code, e.rule) for e in doc.events]


def test_recall32_said_a_country_violated_a_treaty_is_an_accusation(code_all):
    doc = code_all("Iran has violated the nuclear agreement, the Israeli prime minister said.")
    accused = [e for e in doc.events if e.trigger_text == "violated"]
    assert accused and accused[0].code == "112", [(e.code, e.rule) for e in doc.events]
    assert (accused[0].source_actor[:3], accused[0].target_actor) == ("ISR", "IRN")
    assert not any(e.code == "128" for e in doc.events)


def test_recall32_a_violation_with_no_one_saying_it_is_no_accusation(code_all):
    doc = code_all("The ministry violated the court order last year.")
    assert not any(e.code == "112" for e in doc.events), [(e.code, e.rule) for e in doc.events]


def test_recall32_cannot_support_a_bill_is_a_refusal(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Two Democratic senators said they cannot support the tax bill."
    )
    support = next(e for e in doc.events if e.trigger_text == "support")
    assert support.code == "120", support.rule
    assert "refusal: 'can not'" in support.rule and not support.negated


def test_recall32_could_not_attend_is_no_refusal(code_all):
    doc = code_all("The Japanese minister could not attend the summit in Paris because of illness.")
    assert not any(e.root_code == "12" for e in doc.events), [(e.code, e.rule) for e in doc.events]


def test_recall32_support_withdrawn_reduces_relations_not_praise(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The state party withdrew its endorsement of Moore on Friday."
    )
    withdrawn = [e for e in doc.events if e.trigger_text == "withdrew"]
    assert withdrawn and withdrawn[0].code == "160", [(e.code, e.rule) for e in doc.events]
    assert not any(e.root_code == "05" for e in doc.events), [e.rule for e in doc.events]
