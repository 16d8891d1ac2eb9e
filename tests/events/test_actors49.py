"""What the lead saw on unseen articles in the thirty-eighth round (issue #9, helper actors49):
"The Trade Unions Congress" read as a legislature; "With the AIP, West stands in Richardson's
usual place" coded as support; "a spokesman for West" read as a government of no country; "the
TUC welcomed the increase" with no one behind the increase. A union federation named "Congress"
is labour, the ANC and India's Congress party are parties; "Congress" alone stays the
legislature. The sentences and phrases are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

from redline.model import check_offsets

pytestmark = pytest.mark.model


def test_a_fronted_with_phrase_is_no_stand_with(code_all):
    doc = code_all(
        "Howie Hawkins is the Green Party's presidential nominee. "
        "With the Greens, Hawkins stands in Ralph Nader's old place on the ballot.",
        published="2020-08-10",
    )
    assert not [e for e in by_trigger(doc, "stands") if e.code.startswith("05")], seen(doc)
    assert check_offsets(doc) == []


def test_standing_with_someone_still_backs_them(code_text):
    doc = code_text("The party chairman said the Labour Party stands with the strikers.")
    assert [e.code for e in by_trigger(doc, "stands")] == ["051"], seen(doc)


def test_with_whom_keeps_its_partner(code_text):
    doc = code_text(
        "Senator Susan Collins said she had the backing of President Donald Trump, with whom "
        "she has discussed the bill twice.",
        published="2017-10-01",
    )
    assert [e.code[:2] for e in by_trigger(doc, "discussed")] == ["04"], seen(doc)


def test_a_spokesman_for_a_person_is_no_government(code_all):
    doc = code_all(
        "Howie Hawkins is the Green Party's presidential nominee this year. On Monday, a "
        "spokesman for Hawkins accused the Democratic Party of blocking his campaign.",
        published="2020-08-10",
    )
    accused = [e for e in by_trigger(doc, "accused") if e.code == "112"]
    assert accused and all(e.source_actor != "---GOV" for e in accused), seen(doc)
    assert doc.quotes and all(q.actor != "---GOV" for q in doc.quotes), doc.quotes
    assert check_offsets(doc) == []


def test_an_increase_told_before_is_its_unveiler_s(code_text):
    doc = code_text(
        "Unveiling the latest increase in the minimum wage, Prime Minister Tony Blair said it "
        "was a symbol of fairness. Britain's largest union welcomed the increase on Tuesday.",
        published="2005-02-16",
    )
    welcomed = by_trigger(doc, "welcomed")
    assert [(e.code, e.target_actor) for e in welcomed] == [("051", "GBRGOV")], seen(doc)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("The Trade Unions Congress", "---LAB"),
        ("the Trade Union Congress", "---LAB"),
        ("the Nigeria Labour Congress", "NGALAB"),
        ("the Congress of Trade Unions", "---LAB"),
        ("the African National Congress", "ZAFPTY"),
        ("the ANC", "ZAFPTY"),
        ("the Indian National Congress", "INDPTY"),
        ("India's ruling Congress party", "INDPTY"),
    ],
)
def test_a_union_or_party_named_congress_is_no_legislature(book, phrase, code):
    match = book.lookup(phrase, date="2005-03-01")
    assert match is not None and match.code == code, match and match.rule


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Congress", "---LEG"), ("the US Congress", "USALEG"), ("the Peruvian Congress", "PERLEG")],
)
def test_the_legislature_named_congress_stays_one(book, phrase, code):
    match = book.lookup(phrase, date="2005-03-01")
    assert match is not None and match.code == code, match and match.rule


def test_a_fronted_with_phrase_leaves_other_kinds_of_event(code_all):
    doc = code_all(
        "With the approval by the cabinet meeting, the Kenyan government formally agreed and "
        "accepted the proposal submitted by a Chinese port company, the ambassador said."
    )
    assert [e for e in by_trigger(doc, "agreed") if e.source_actor == "KENGOV"], seen(doc)
