"""issue #9/#10 actors43: a person the actor book does not know takes the post the text says
they hold: "Khan is the mayor of London", "Khan became mayor of London", "Khan was elected
(as) mayor of London", "Khan, who is mayor of London", "was appointed Afghanistan's finance
minister"; the post's own "of" phrase places it, never the place an envoy serves ("became
ambassador in Paris"), nor someone's post ("is Trump's lawyer").

Sentences written for these tests in the style of news (invented people)."""

from __future__ import annotations

import pytest

from redline.actors.graph import entity_graph

pytestmark = pytest.mark.model

POST = "placed-by-the-post-it-takes"


def _placed(code_text, text: str, name: str) -> tuple[str | None, str]:
    doc = code_text(text, published="2016-05-10")
    for entity in entity_graph(doc):
        if entity.canonical and name in entity.canonical:
            return entity.actor, " ".join(m.rule or "" for m in entity.mentions)
    raise AssertionError([e.canonical for e in entity_graph(doc)])


@pytest.mark.parametrize(
    ("clause", "code"),
    [
        ("Hamdan is the mayor of London.", "GBRGOV"),
        ("Hamdan became mayor of London last week.", "GBRGOV"),
        ("Hamdan was elected mayor of London last week.", "GBRGOV"),
        ("Hamdan, a lawyer, was elected as mayor of London last week.", "GBRGOV"),
        ("Hamdan, who is mayor of London, spoke to reporters.", "GBRGOV"),
        ("Hamdan was appointed Afghanistan's finance minister in May.", "AFGGOV"),
    ],
)
def test_the_post_a_person_holds_places_them(code_text, clause, code):
    text = f"Donald Trump said he would make an exception for Tariq Hamdan.\n\n{clause}"
    actor, rules = _placed(code_text, text, "Tariq Hamdan")
    assert actor == code, (actor, rules)
    assert POST in rules, rules


def test_the_post_places_the_events(code_text):
    text = (
        "Donald Trump said he would make an exception for Tariq Hamdan. Hamdan was elected "
        "mayor of London last week. Hamdan criticized Trump on Tuesday."
    )
    doc = code_text(text, published="2016-05-10")
    found = [e for e in doc.events if "criticized" in (e.trigger_text or "")]
    assert found and found[0].source_actor == "GBRGOV", [
        (e.trigger_text, e.source_actor, e.rule) for e in doc.events
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "Hamdan became ambassador in Paris last year.",  # where an envoy serves
        "Hamdan is Trump's lawyer.",  # someone's post
        "Hamdan is a critic of London's mayor.",  # no post the book knows
    ],
)
def test_no_post_of_its_own_places_nobody_there(code_text, clause):
    opening = "WASHINGTON - Donald Trump said he would make an exception for Tariq Hamdan."
    text = f"{opening}\n\n{clause}"
    actor, rules = _placed(code_text, text, "Tariq Hamdan")
    assert actor is None or not actor.startswith(("FRA", "GBR")), (actor, rules)
    assert POST not in rules, rules


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("The F.B.I.", "USACOP"),
        ("F.B.I. agents", "USACOP"),
        ("the C.I.A.'s director", "USASPY"),
        ("the N.S.A.", "USASPY"),
        ("the W.T.O.", "IGOBUSWTO"),
    ],
)
def test_an_acronym_spelled_with_stops_is_the_acronym(book, phrase, code):
    match = book.lookup(phrase, date="2016-05-10")
    assert match is not None and match.code == code, match


@pytest.mark.parametrize("phrase", ["N.H.", "P.M."])
def test_two_letters_with_stops_are_no_acronym(book, phrase):
    assert book.lookup(phrase, date="2016-05-10") is None


@pytest.mark.parametrize(
    "phrase", ["the state elections board", "the Board of Elections", "the county election board"]
)
def test_an_elections_board_is_the_government(book, phrase):
    match = book.lookup(phrase, date="2016-05-10")
    assert match is not None and match.code == "---GOV", match
