"""Actors left unresolved (issue #9 and #10's entity graph, helper unres50, session 39): a thing
of someone's judged ("welcomed his sympathy", "welcomed Kovach's entry into the race") is aimed
at its owner; a demand yielded to is its maker's, named by the possessor, "from" or "of"
("accepted the opposition's demands", "a request from three senators", "the demands of the
striking miners"), though a telephone call from someone is no demand; a city that names a pact
("the Paris climate accord") is no party to it; "the telecom giant" is a business. The sentences
are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

from redline.model import check_offsets

pytestmark = pytest.mark.model


def test_welcoming_someones_entry_into_a_race_is_aimed_at_them(code_text):
    doc = code_text(
        "CHARLESTON, W.Va. (Reuters) - Coal executive Dan Kovach said on Monday he would run for "
        "the Senate. Rival Republican candidate Pat Morris said he welcomed Kovach's entry into "
        "the race.",
        published="2018-01-08",
    )
    welcomed = by_trigger(doc, "welcomed")
    assert [(e.code[:2], e.target_actor[:3]) for e in welcomed] == [("05", "USA")], seen(doc)
    assert check_offsets(doc) == []


def test_welcoming_his_sympathy_is_aimed_at_him(code_text):
    doc = code_text(
        "TOKYO (Reuters) - Relatives of Japanese fishermen held abroad met U.S. President "
        "Donald Trump on Monday and welcomed his sympathy for their families.",
        published="2017-11-06",
    )
    welcomed = [e for e in by_trigger(doc, "welcomed") if e.code[:2] == "05"]
    assert [e.target_actor for e in welcomed] == ["USAGOV"], seen(doc)
    assert check_offsets(doc) == []


def test_accepting_someones_demands_yields_to_them(code_text):
    doc = code_text(
        "LONDON (Reuters) - The prime minister refused to accept the opposition's demands on "
        "Tuesday.",
        published="2005-03-01",
    )
    accepted = [e for e in by_trigger(doc, "accept") if e.code[:2] in ("08", "12")]
    assert [e.target_actor for e in accepted] == ["GBROPP"], seen(doc)
    assert check_offsets(doc) == []


def test_a_request_from_named_senators_is_theirs(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - The Government Accountability Office said it had accepted a "
        "request from Democratic Senators Amy Klobuchar and Cory Booker to investigate the "
        "commission.",
        published="2017-10-25",
    )
    accepted = [e for e in by_trigger(doc, "accepted") if e.code[:2] == "08"]
    assert [(e.target_actor or "")[:3] for e in accepted] == ["USA"], seen(doc)
    assert check_offsets(doc) == []


def test_meeting_the_demands_of_strikers_yields_to_them(code_text):
    doc = code_text(
        "JOHANNESBURG (Reuters) - The mining company met the demands of the striking miners on "
        "Friday, a union spokesman said.",
        published="2012-09-14",
    )
    met = [e for e in by_trigger(doc, "met") if e.code[:2] == "08"]
    assert [e.target_actor for e in met] == ["ZAFLAB"], seen(doc)
    assert check_offsets(doc) == []


def test_a_telephone_call_from_someone_is_no_demand(nlp):
    from redline.events.owners import owner_of

    parsed = nlp("The minister took a telephone call from the ambassador on Friday.")
    call = next(t for t in parsed if t.lemma_ == "call")
    assert owner_of(call) is None
    parsed = nlp("The minister resisted calls from the ambassador to resign.")
    calls = next(t for t in parsed if t.lower_ == "calls")
    found = owner_of(calls)
    assert found is not None and found[0].text == "ambassador", found


def test_a_city_naming_a_pact_is_no_party_to_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - European allies are troubled by Trump's rhetoric and his "
        "withdrawal from the Paris climate accord, diplomats said.",
        published="2017-12-06",
    )
    withdrawals = by_trigger(doc, "withdrawal")
    assert withdrawals and all(e.target_actor != "FRA" for e in withdrawals), seen(doc)
    assert check_offsets(doc) == []


def test_a_telecom_giant_is_a_business(code_text):
    doc = code_text(
        "DALLAS (Reuters) - AT&T Inc settled a contract dispute with its unions on Monday. "
        "Engineers had objected to the telecom giant's plans to close call centers in Ohio.",
        published="2016-06-01",
    )
    objected = [e for e in by_trigger(doc, "objected") if e.code[:2] == "11"]
    assert [e.target_actor for e in objected] == ["USABUS"], seen(doc)
    assert check_offsets(doc) == []


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the telecom giant", "---BUS"),
        ("Russian energy giant", "RUSBUS"),
        ("the Asian giant", None),
    ],
)
def test_a_giant_of_a_trade_is_business(book, phrase, code):
    match = book.lookup(phrase, date="2016-06-01")
    assert (match.code if match is not None else None) == code, match and match.rule
