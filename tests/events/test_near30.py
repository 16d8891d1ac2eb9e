"""Near misses on long campaign articles, found and fixed by near30 (issue #9, session 29): a
request made "at the request of" someone or one a person has not replied to, an American of
hyphenated descent named in the words before the name, superdelegates as the party and "the
generals" as the military. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _appeals(doc) -> list[tuple]:
    return [(e.source_actor, e.target_actor) for e in doc.events if e.code.startswith("02")]


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        (
            "About 40 demonstrators left the state capitol at the request of police on Friday.",
            "---COP",
            "---CVL",
        ),
        (
            "The mayor cancelled the parade at the request of the governor, officials said.",
            "---GOV",
            "---GOV",
        ),
    ],
)
def test_a_request_of_someone_the_act_was_done_at(code_all, text, asker, asked):
    doc = code_all(text)
    assert (asker, asked) in _appeals(doc), events(doc)


def test_a_request_someone_has_not_replied_to_is_asked_of_them(code_all):
    doc = code_all("The senator has not responded to her interview requests, the reporter said.")
    assert [t for _, t in _appeals(doc)] == ["---LEG"], events(doc)


def test_a_reporters_request_for_comment_is_no_appeal(code_all):
    doc = code_all("The Kremlin did not respond to a Reuters request for comment on Friday.")
    assert not _appeals(doc), events(doc)


def test_a_hyphenated_american_named_before_the_name_is_american(code_all):
    doc = code_all(
        "The prominent Cuban-American journalist Luis Ortega interviewed Hillary Clinton in "
        "Miami on Tuesday. Later he questioned Donald Trump about his plans for the border."
    )
    questioned = [e for e in doc.events if e.trigger_text == "questioned"]
    assert questioned and questioned[0].source_actor == "USAMED", events(doc)


def test_superdelegates_are_the_party(code_all):
    doc = code_all("Clinton is backed by 520 superdelegates, according to the Associated Press.")
    assert [e.source_actor for e in doc.events if e.code == "051"] == ["---PTY"], events(doc)


def test_the_generals_are_the_military_but_a_general_election_is_not(code_all):
    doc = code_all("Trump said on Monday he would work with the generals on a plan to defeat ISIS.")
    assert "---MIL" in {e.target_actor for e in doc.events}, events(doc)
    doc = code_all("In general, the senators praised the plan before the general election.")
    assert "---MIL" not in {e.target_actor for e in doc.events}, events(doc)
