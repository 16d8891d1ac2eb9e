"""Wrong kinds of event the lead saw reading unseen BBC articles (issue #9, helper kinds42):
a passive clause lending another clause's subject, "called X a 'Y'" read as a telephone
call, a book's title read as a country through "It". The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL (Reuters) - The envoy was furious and Park was summoned to the ministry on "
        "Monday, a source said.",
        "MOSCOW (Reuters) - Russia protested on Monday and the Polish ambassador was summoned "
        "to the foreign ministry.",
        "KABUL (Reuters) - Gunmen opened fire on the checkpoint at dawn, and three Afghan "
        "policemen were killed, officials said.",
    ],
)
def test_a_passive_conjunct_borrows_no_subject(code_all, text):
    # the subject of the clause joined to a passive one with no "by" phrase did not act in it
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text in ("summoned", "killed")]
    assert found, events(doc)
    assert all(e.source_actor is None for e in found), events(doc)


def test_a_passive_conjunct_keeps_its_by_phrase(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russia protested on Monday and the Polish ambassador was summoned "
        "by Foreign Minister Sergei Lavrov."
    )
    found = by_trigger(doc, "summoned")
    assert found and found[0].source_actor and found[0].source_actor.startswith("RUS"), events(doc)


def test_an_active_conjunct_still_shares_its_subject(code_all):
    doc = code_all("MOSCOW (Reuters) - Russia protested on Monday and summoned the Polish envoy.")
    found = by_trigger(doc, "summoned")
    assert found and found[0].source_actor == "RUS", events(doc)


def test_a_feeling_is_the_shared_subject_s(code_all):
    # "X ... and was dismayed to learn": the feeler is the subject the clauses share
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Jane Morton returned to Washington on Monday and was "
        "dismayed to learn that the Pentagon had cut the program."
    )
    found = by_trigger(doc, "dismayed")
    assert found and found[0].source_actor is not None, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (Reuters) - The Chinese ambassador was summoned on Monday, Japan's foreign "
        "minister said.",
        "TOKYO (Reuters) - Japan's foreign minister said the Chinese ambassador had been "
        "summoned over the incursion.",
    ],
)
def test_the_reporting_speaker_is_no_agent_of_a_passive(code_all, text):
    doc = code_all(text)
    found = by_trigger(doc, "summoned")
    assert found and all(e.source_actor is None for e in found), events(doc)


def test_what_should_be_done_is_still_the_speaker_s_demand(code_all):
    # the text says so: a passive under "should" is what the speaker asks for
    doc = code_all(
        "WASHINGTON (Reuters) - The mayor should be investigated by the Justice Department, "
        "Senator Jane Morton said on Monday."
    )
    found = [e for e in doc.events if e.trigger_text == "investigated" and e.source_actor]
    assert found and found[0].code.startswith("10"), events(doc)
