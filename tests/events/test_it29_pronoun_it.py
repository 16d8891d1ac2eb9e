"""issue #9/#10 it29: an "it" that goes on with the noun of its clause's first conjunct (a
decision, a draft, a plan) is that thing, not a country named further back. On an unseen BBC
article "... and observers claim it is a snub" took Israel as the actor. Sentences written for
these tests."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def _codes(events, role: str) -> list[str]:
    return [getattr(e, f"{role}_actor") or "" for e in events]


def test_it_after_a_decision_is_not_the_country_named_before(code_all):
    doc = code_all(
        "Talks in Jerusalem ended without a deal on Tuesday, officials in Israel said. The "
        "decision to cancel the visit was announced on Friday, and observers said it would "
        "anger Germany."
    )
    angered = _at(doc, "anger")
    assert angered, seen(doc)
    assert not any(c.startswith("ISR") for c in _codes(angered, "target")), seen(doc)


def test_it_after_a_proposal_is_the_proposal_not_the_country_it_names(code_all):
    doc = code_all(
        "The British proposal, which was seen by reporters on Monday, says Iran must stop "
        "enriching uranium, and it calls on Germany to provide aid to the region."
    )
    provided = _at(doc, "provide")
    assert provided, seen(doc)
    assert not any(c.startswith("IRN") for c in _codes(provided, "source")), seen(doc)


def test_it_after_a_plan_is_the_plan_of_its_owner(code_all):
    doc = code_all(
        "Putin's plan to build the pipeline was the centrepiece of his visit to Belarus, but it "
        "has been criticised by Poland."
    )
    criticised = _at(doc, "criticised")
    assert criticised, seen(doc)
    assert not any(c.startswith("BLR") for c in _codes(criticised, "target")), seen(doc)


def test_it_after_a_country_subject_stays_the_country(code_all):
    doc = code_all(
        "Iran rejected the offer on Sunday, and it urged the European Union to lift the sanctions."
    )
    urged = _at(doc, "urged")
    assert urged and _codes(urged, "source")[0].startswith("IRN"), seen(doc)


def test_it_after_the_sayer_stays_the_sayer(code_all):
    doc = code_all(
        "Serbia closed the crossing on Friday. Kosovo protested, and the ministry said it would "
        "boycott the talks with Belgrade."
    )
    boycotted = _at(doc, "boycott")
    assert boycotted, seen(doc)
    assert not any(c.startswith("SRB") for c in _codes(boycotted, "source")), seen(doc)


def test_it_opening_a_sentence_is_the_report_the_sentence_before_is_about(code_all):
    doc = code_all(
        "The report, published on Monday by a London research group, accuses Russia of hiding "
        "its losses in Ukraine. It also urges France to send more tanks."
    )
    urged = _at(doc, "urges")
    assert urged, seen(doc)
    assert not any(c.startswith("RUS") for c in _codes(urged, "source")), seen(doc)


def test_its_in_a_phrase_opening_the_sentence_is_the_subject_after_it(code_all):
    doc = code_all(
        "Poland hosted the summit on Monday. With its invasion of Ukraine, Russia has shown a "
        "readiness to use force in the region."
    )
    invaded = _at(doc, "invasion")
    assert invaded and _codes(invaded, "source")[0].startswith("RUS"), seen(doc)


def test_its_in_a_phrase_after_the_subject_is_still_the_subject(code_all):
    doc = code_all(
        "Poland hosted the summit on Monday. Russia, with its invasion of Ukraine, has shown a "
        "readiness to use force in the region."
    )
    invaded = _at(doc, "invasion")
    assert invaded and _codes(invaded, "source")[0].startswith("RUS"), seen(doc)


def test_it_of_what_it_takes_is_no_actor(code_all):
    doc = code_all(
        "Japan's envoy to France told reporters on Monday it will take a broad effort to "
        "pressure Iran over its missile programme."
    )
    pressed = _at(doc, "pressure")
    assert pressed, seen(doc)
    assert not any(c.startswith("FRA") for c in _codes(pressed, "source")), seen(doc)
