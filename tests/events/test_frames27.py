"""Frames, issue #9 frames27: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _coded(doc, code: str) -> list[tuple]:
    return [(e.source_actor, e.target_actor) for e in doc.events if e.code == code]


# -- subsidies cut from someone are aid cut (162) ------------------------------------------------


def test_frames27_stopping_subsidies_to_someone_cuts_aid_to_them(code_all):
    doc = code_all("The French government stopped fuel subsidies to Air France on Monday.")
    assert [(s, (t or "")[:3]) for s, t in _coded(doc, "162")] == [("FRAGOV", "FRA")], seen(doc)


def test_frames27_subsidies_that_only_rise_are_no_cut(code_all):
    doc = code_all("The French government said subsidies to Air France rose last year.")
    assert not _coded(doc, "162"), seen(doc)


# -- working on or toward a deal with someone negotiates it (046) --------------------------------


def test_frames27_working_toward_an_agreement_with_someone_negotiates(code_all):
    doc = code_all(
        "German Chancellor Olaf Scholz said on Thursday he was working toward an agreement "
        "with French President Emmanuel Macron."
    )
    assert ("DEUGOV", "FRAGOV") in _coded(doc, "046"), seen(doc)


def test_frames27_with_hung_on_the_topic_of_an_agreement_is_still_the_partner(code_all):
    # the parser hangs "with Macron" on "issue", the topic of the agreement
    doc = code_all(
        "Olaf Scholz said on Thursday he had reached an agreement on the pension issue with "
        "French President Emmanuel Macron."
    )
    assert ("DEUGOV", "FRAGOV") in _coded(doc, "057"), seen(doc)


def test_frames27_two_sides_working_on_a_compromise_negotiate_with_each_other(code_all):
    doc = code_all("Germany and France are working on a compromise on the budget rules.")
    assert sorted(_coded(doc, "046")) == [("DEU", "FRA"), ("FRA", "DEU")], seen(doc)


def test_frames27_one_lawmaker_working_on_a_bill_negotiates_with_no_one(code_all):
    doc = code_all("The German senator is working on legislation to ban the sale of drones.")
    assert not [t for _, t in _coded(doc, "046") if t], seen(doc)


def test_frames27_working_with_someone_on_a_topic_is_not_read_through_the_topic(code_all):
    # only "with" is looked for on the topic: "a warning on travel to Cuba" warns no one
    doc = code_all("The French government issued a warning on travel to Mali.")
    assert not [t for _, t in _coded(doc, "130") if t == "MLI"], seen(doc)
