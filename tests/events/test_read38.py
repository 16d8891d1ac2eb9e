"""Outputs read on long US political articles of 2015-16 from other publishers than the Reuters
gold (issue #9 read38, session 29), fixed for the phrasing: a candidate who "whipped" or
"trounced" another among voters or in the primaries won an election, no assault; a governor or
mayor named with a party word ("Republican Gov. ...") heads an executive; "Sen." and "Rep."
place a person the book does not know, a "former" title as the elite; a light verb's "not"
denies its noun's event; force words in a relative clause below a threatened act make no threat
of force; prayers for victims are a condolence. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "CONCORD, N.H. - Senator Bernie Sanders whipped Hillary Clinton among young voters "
            "in New Hampshire on Tuesday.",
            "whipped",
        ),
        (
            "COLUMBIA, S.C. - The Vermont senator whipped his rival in the Michigan primary, "
            "a result few pollsters expected.",
            "whipped",
        ),
        (
            "DES MOINES, Iowa - Senator Ted Cruz trounced his rivals among evangelical voters "
            "on Monday night.",
            "trounced",
        ),
    ],
)
def test_a_candidate_whipping_another_at_the_polls_is_no_assault(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in by_trigger(doc, trigger) if e.code.startswith("18")], events(doc)


def test_guards_whipping_prisoners_still_beat_them(code_all):
    doc = code_all(
        "CAIRO (Reuters) - Prison guards whipped the detainees with cables, the group said."
    )
    assert [e for e in by_trigger(doc, "whipped") if e.code == "182"], events(doc)


@pytest.mark.parametrize(
    "text, trigger, source",
    [
        (
            "OKLAHOMA CITY - Republican Gov. Mary Fallin vetoed the abortion bill passed by the "
            "Oklahoma legislature on Friday.",
            "vetoed",
            "USAGOV",
        ),
        (
            "PITTSBURGH - Democratic Mayor Bill Peduto praised the city's police chief on Monday.",
            "praised",
            "USAGOV",
        ),
    ],
)
def test_a_governor_or_mayor_with_a_party_word_is_the_executive(code_all, text, trigger, source):
    doc = code_all(text)
    found = by_trigger(doc, trigger)
    assert found and found[0].source_actor == source, events(doc)


def test_a_party_senator_stays_a_lawmaker(code_all):
    doc = code_all(
        "WASHINGTON - Republican Senator Tom Harkness criticized the Pentagon's budget plan on "
        "Tuesday."
    )
    found = by_trigger(doc, "criticized")
    assert found and found[0].source_actor in ("USALEG", "USA"), events(doc)


@pytest.mark.parametrize(
    "text, trigger, source",
    [
        (
            "RIYADH - Saudi Arabia has distributed a white paper on its fight against terror. "
            "Former Ohio Sen. Walter Brannigan has pressed the administration to release the "
            "pages.",
            "pressed",
            "USAELI",
        ),
        (
            "RIYADH - Saudi Arabia has distributed a white paper on its fight against terror. "
            "Democratic Sen. Walter Brannigan criticized the Saudi government on Tuesday.",
            "criticized",
            "USALEG",
        ),
        (
            "MEXICO CITY - Mexico rejected the plan for a wall on Monday. Republican Rep. Linda "
            "Farraday praised the Mexican foreign minister for his patience.",
            "praised",
            "USALEG",
        ),
    ],
)
def test_an_abbreviated_title_places_a_person_the_book_does_not_know(
    code_all, text, trigger, source
):
    doc = code_all(text)
    found = by_trigger(doc, trigger)
    assert found and found[0].source_actor == source, events(doc)


@pytest.mark.parametrize(
    "text, negated",
    [
        (
            "WASHINGTON - The Justice Department said on Wednesday it would not pursue an "
            "indictment against the former governor.",
            True,
        ),
        (
            "WASHINGTON - The Justice Department would accept the recommendation and not pursue "
            "an indictment against the former governor, the attorney general said.",
            True,
        ),
        (
            "WASHINGTON - The Justice Department said on Wednesday it would pursue an "
            "indictment against the former governor.",
            False,
        ),
    ],
)
def test_a_light_verbs_not_denies_the_nouns_event(code_all, text, negated):
    doc = code_all(text)
    found = [e for e in by_trigger(doc, "indictment") if e.code.startswith("17")]
    assert found and found[0].negated is negated, events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "WASHINGTON - Republican senators offered their thoughts and prayers to the victims "
            "of the shooting on Wednesday.",
            "offered",
        ),
        (
            "WASHINGTON - Senator Jim Harlow said he was praying for the wounded officers and "
            "their families.",
            "praying",
        ),
    ],
)
def test_prayers_for_victims_are_a_condolence(code_all, text, trigger):
    doc = code_all(text)
    assert [e for e in by_trigger(doc, trigger) if e.code == "018" and e.target_actor], events(doc)


def test_offering_thoughts_on_a_topic_is_no_condolence(code_all):
    doc = code_all(
        "WASHINGTON - The candidate offered his thoughts on the economy at a town hall in Iowa."
    )
    assert not [e for e in doc.events if e.code == "018"], events(doc)


def test_a_veto_threat_is_aimed_at_the_bill_not_at_those_the_bill_would_let_be_sued(code_all):
    doc = code_all(
        "WASHINGTON - Riyadh has long denied any role in the attacks. The president has "
        "threatened to veto the bill that allows lawsuits against the kingdom over the 2001 "
        "attacks."
    )
    threats = [e for e in doc.events if e.code.startswith("13")]
    assert threats and not [e for e in threats if e.code == "138"], events(doc)
    assert all(e.target_actor != "SAU" for e in threats), events(doc)


def test_a_threat_of_force_in_the_clause_itself_stays_military(code_all):
    doc = code_all(
        "SEOUL (Reuters) - North Korea threatened to launch missile strikes against Guam, "
        "which hosts U.S. bombers."
    )
    assert [e for e in by_trigger(doc, "threatened") if e.code.startswith("13")], events(doc)
