"""Frames, issue #9 frames33: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger_start as _at
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(events):
    return [(e.code, e.source_actor, e.target_actor) for e in events]


# -- joining someone at an occasion is meeting them ---------------------------------------------


def test_frames33_joined_someone_at_a_dinner_meets_them(code_all):
    doc = code_all("Vladimir Putin joined Joe Biden at a state dinner in Geneva on Tuesday.")
    assert ("040", "RUSGOV", "USAGOV") in _pairs(_at(doc, "joined")), seen(doc)


def test_frames33_joined_someone_for_talks_meets_them(code_all):
    doc = code_all("Keir Starmer joined Olaf Scholz for talks on the Ukraine crisis.")
    assert ("040", "GBRGOV", "DEUGOV") in _pairs(_at(doc, "joined")), seen(doc)


def test_frames33_joined_someone_at_a_rally_is_no_meeting(code_all):
    doc = code_all("Keir Starmer joined Olaf Scholz at a campaign rally in Berlin.")
    assert not [e for e in _at(doc, "joined") if e.code == "040"], seen(doc)


def test_frames33_joining_an_alliance_is_no_meeting(code_all):
    doc = code_all("Poland joined NATO in 1999.")
    assert not [e for e in _at(doc, "joined") if e.code == "040"], seen(doc)


# -- remaining committed to another -------------------------------------------------------------


def test_frames33_remains_committed_to_another_is_an_intent_to_cooperate(code_all):
    doc = code_all("Olaf Scholz said Germany remained committed to Ukraine.")
    assert ("030", "DEU", "UKR") in _pairs(_at(doc, "remained")), seen(doc)


def test_frames33_committed_to_an_act_leaves_the_act_as_the_event(code_all):
    doc = code_all("Germany is committed to defending Ukraine, Olaf Scholz said.")
    assert not [e for e in _at(doc, "is") if e.code == "030"], seen(doc)
    assert [e for e in _at(doc, "defending") if e.code[:2] == "05"], seen(doc)


# -- faith or trust in another ------------------------------------------------------------------


def test_frames33_has_faith_in_another_approves_of_them(code_all):
    doc = code_all("Joe Biden said he had full faith in Olaf Scholz.")
    assert ("051", "USAGOV", "DEUGOV") in _pairs(_at(doc, "had")), seen(doc)


def test_frames33_placed_trust_in_another_approves_of_them(code_all):
    doc = code_all("Kyiv has placed its trust in NATO.")
    assert ("051", "UKR", "IGOWSTNAT") in _pairs(_at(doc, "placed")), seen(doc)


def test_frames33_faith_with_no_one_named_is_no_event(code_all):
    doc = code_all("Biden said he had faith that the economy would recover.")
    assert not [e for e in _at(doc, "had") if e.code == "051"], seen(doc)


# -- idioms: breaking ranks, pitching investment, meals ------------------------------------------


def test_frames33_broke_ranks_with_leaders_rejects_them(code_all):
    doc = code_all("Some German lawmakers broke ranks with Olaf Scholz to back the motion.")
    assert ("120", "DEULEG", "DEUGOV") in _pairs(_at(doc, "broke")), seen(doc)


def test_frames33_investments_pitched_to_someone_ask_them_to_invest(code_all):
    doc = code_all("Keir Starmer pitched investments in Britain to Japan on a visit to Tokyo.")
    assert ("0211", "GBRGOV", "JPN") in _pairs(_at(doc, "pitched")), seen(doc)


def test_frames33_a_lunch_with_someone_is_a_meeting_with_them(code_all):
    doc = code_all("Olaf Scholz's lunch with Keir Starmer ran over time.")
    assert ("043", "DEUGOV", "GBRGOV") in _pairs(_at(doc, "lunch")), seen(doc)


# -- a diplomatic opening offered to the one named before the object ----------------------------


def test_frames33_offered_someone_a_diplomatic_opening_offers_them_talks(code_all):
    doc = code_all("Joe Biden offered Iran a diplomatic opening on Monday.")
    assert ("036", "USAGOV", "IRN") in _pairs(_at(doc, "offered")), seen(doc)


def test_frames33_offered_someone_a_job_is_no_offer_of_talks(code_all):
    doc = code_all("Joe Biden offered Olaf Scholz a seat at the table on Monday.")
    assert not [e for e in _at(doc, "offered") if e.code == "036"], seen(doc)
