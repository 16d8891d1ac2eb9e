"""Amounts: value, unit, counted object and approximator; linked to the event in their clause."""

from __future__ import annotations

import pytest

from redline.enrich import extract_quantities
from redline.model import check_offsets


def only_quantity(parse, text: str):
    doc = extract_quantities(parse(text))
    assert check_offsets(doc) == []
    assert len(doc.quantities) == 1, doc.quantities
    return doc.quantities[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "obj", "approx"),
    [
        (
            "The Pentagon has shipped more than 100 ATACMS to the front.",
            "more than 100 ATACMS", 100, None, "ATACMS", "more than",
        ),
        (
            "The new rockets have a range of up to 300 kilometres, engineers said.",
            "up to 300 kilometres", 300, "km", None, "up to",
        ),
        (
            "Congress approved $ 2 billion for the border agency.",
            "$ 2 billion", 2e9, "USD", None, None,
        ),
        (
            "The ministry paid 31 million dollars for the grain.",
            "31 million dollars", 31e6, "USD", None, None,
        ),
        (
            "Turnout dropped by about 20 per cent in the northern provinces.",
            "about 20 per cent", 20, "%", None, "about",
        ),
        (
            "Tehran keeps hundreds of ballistic missiles in underground bases.",
            "hundreds of ballistic missiles", 100, None, "ballistic missiles", "hundreds of",
        ),
        (
            "Tens of thousands of people marched through Tbilisi.",
            "Tens of thousands of people", 1e4, "people", "people", "tens of thousands of",
        ),
        (
            "Envoys from 26 countries gathered in Geneva.",
            "26 countries", 26, None, "countries", None,
        ),
        (
            "Sweden became part of the 32-member alliance in March.",
            "32-member", 32, None, "member", None,
        ),
        (
            "Rescuers pulled twenty-five miners from the shaft.",
            "twenty-five miners", 25, None, "miners", None,
        ),
        (
            "Kyiv asked for two dozen helicopters.",
            "two dozen helicopters", 24, None, "helicopters", None,
        ),
        (
            "The fund lost €5m last quarter.",
            "€5m", 5e6, "EUR", None, None,
        ),
        (
            "Some 1,200 troops crossed the river.",
            "Some 1,200 troops", 1200, "troops", "troops", "some",
        ),
    ],
)  # fmt: skip
def test_quantities_examples(parse, text, span, value, unit, obj, approx):
    quantity = only_quantity(parse, text)
    assert quantity.text == span
    assert quantity.value == pytest.approx(value)
    assert (quantity.unit, quantity.object, quantity.approx) == (unit, obj, approx)


@pytest.mark.parametrize(
    "text",
    [
        "A 62-year-old farmer was detained in 2021.",
        "Two F-16 jets flew over the capital at 10:30.",
        "Article 5 of the treaty was invoked.",
    ],
)
def test_quantities_ages_years_times_and_labels_are_not_amounts(parse, text):
    doc = extract_quantities(parse(text))
    assert all(q.text not in ("62", "2021", "16", "10:30", "5") for q in doc.quantities)
    assert all("year-old" not in q.text for q in doc.quantities)


def test_quantities_rules_are_recorded(parse):
    doc = extract_quantities(parse("Nearly 400 migrants landed, and the bill rose 5%."))
    assert len(doc.quantities) == 2
    assert "approximator" in doc.quantities[0].rule


def test_quantities_linked_to_event_in_same_clause(parse, sentence_event):
    doc = parse(
        "Russia fired more than 40 missiles at Kharkiv on Sunday. "
        "Officials said 12 people were hurt, while 3 schools closed."
    )
    doc.events = [
        sentence_event(doc, 0, "fired"),
        sentence_event(doc, 1, "closed"),
    ]
    doc = extract_quantities(doc)
    texts = [q.text for q in doc.quantities]
    fired, closed = doc.events
    assert [texts[i] for i in fired.quantity_ids] == ["more than 40 missiles"]
    assert [texts[i] for i in closed.quantity_ids] == ["3 schools"]


def test_quantities_event_without_trigger_takes_its_sentence(parse, sentence_event):
    doc = parse("Protesters blocked 3 roads. Police detained 15 people.")
    doc.events = [sentence_event(doc, 1)]
    doc = extract_quantities(doc)
    assert [doc.quantities[i].text for i in doc.events[0].quantity_ids] == ["15 people"]
