"""Frames, issue #9 frames30b: phrasings of non-speech triggers that had lexicon entries but no
frame for them (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger_start as _at
from event_views import country_codes as _countries
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(events):
    return [(e.code, e.source_actor, e.target_actor) for e in events]


# -- an event noun's preposition hung on its own phrase -----------------------------------------


def test_frames30b_investigation_led_by_someone_into_a_question_investigates_its_parties(
    code_all,
):
    # the parser hangs "into" on the participle "led"
    doc = code_all(
        "Scholz is a central figure in an investigation led by German prosecutors into whether "
        "his aides took money from Russia."
    )
    found = [e for e in _at(doc, "investigation") if e.code[:2] == "09"]
    assert ("DEU", "RUS") in {(e.source_actor[:3], e.target_actor[:3]) for e in found}, seen(doc)


def test_frames30b_subpoena_sent_by_someone_to_a_bank_demands_of_the_bank(code_all):
    doc = code_all(
        "Scholz's aides said a subpoena sent by the Bundestag finance committee to Gazprom's bank "
        "was politically motivated."
    )
    # attach29: the participle "sent", its agent named, now reads "subpoena" as its object and
    # codes the same act at the verb (the noun's frame yields to it)
    found = _at(doc, "subpoena") + _at(doc, "sent")
    assert _pairs(found) == [("101", "DEULEG", "RUSBUS")], seen(doc)


def test_frames30b_of_phrase_in_the_investigators_name_is_not_what_is_investigated(code_all):
    doc = code_all(
        "Critics questioned whether the move allowed the bank to escape any investigations by "
        "the Bavarian Department of Financial Supervision."
    )
    assert not _at(doc, "investigations"), seen(doc)


# -- light verbs with their event noun -----------------------------------------------------------


def test_frames30b_a_message_of_support_delivered_to_allies_praises_them(code_all):
    doc = code_all(
        "The German foreign minister delivered a message of support to Poland in Warsaw."
    )
    assert _pairs(_at(doc, "delivered")) == [("051", "DEUGOV", "POL")], seen(doc)


def test_frames30b_a_message_of_another_kind_delivered_is_no_support(code_all):
    doc = code_all(
        "The German foreign minister delivered a message of warning to Poland in Warsaw."
    )
    assert not [e for e in _at(doc, "delivered") if e.code == "051"], seen(doc)


def test_frames30b_joint_efforts_made_with_a_country_intend_to_cooperate(code_all):
    doc = code_all("Japan will make joint efforts with South Korea to curb the missile threat.")
    assert [(e.code[:2], e.source_actor, e.target_actor) for e in _at(doc, "make")] == [
        ("03", "JPN", "KOR")
    ], seen(doc)


def test_frames30b_a_range_of_concessions_offered_yields_to_whom_they_are_offered(code_all):
    doc = code_all("Scholz offered a wide range of concessions to Poland to secure a deal.")
    assert _countries(_at(doc, "offered")) == [("080", "DEU", "POL")], seen(doc)


def test_frames30b_removing_someone_from_office_sanctions_them(code_all):
    doc = code_all("The Ukrainian parliament removed Yanukovych from office in 2014.")
    assert [(e.code, e.target_actor[:3]) for e in _at(doc, "removed")] == [("172", "UKR")], seen(
        doc
    )


def test_frames30b_removing_a_thing_from_a_bill_sanctions_no_one(code_all):
    doc = code_all("The German parliament removed the provision from the bill in 2014.")
    assert not [e for e in _at(doc, "removed") if e.code == "172"], seen(doc)


def test_frames30b_removing_people_from_a_building_sanctions_no_one(code_all):
    doc = code_all("Polish police removed the protesters from the parliament building on Tuesday.")
    assert not [e for e in _at(doc, "removed") if e.code == "172"], seen(doc)


def test_frames30b_taking_aim_at_a_government_criticises_it(code_all):
    doc = code_all("Scholz has taken aim at the Polish government's judicial reforms.")
    assert _countries(_at(doc, "taken")) == [("111", "DEU", "POL")], seen(doc)


# -- talks and summits named by a hyphenated pair of countries -----------------------------------


def test_frames30b_talks_named_by_a_hyphenated_pair_go_both_ways(code_all):
    doc = code_all("Officials said the Japan-South Korea talks had stalled over the dispute.")
    assert sorted(_countries(_at(doc, "talks"))) == [
        ("046", "JPN", "KOR"),
        ("046", "KOR", "JPN"),
    ], seen(doc)


def test_frames30b_a_summit_named_by_a_hyphenated_pair_meets_the_other_side(code_all):
    doc = code_all("The India-Pakistan summit ended without a joint statement.")
    assert _countries(_at(doc, "summit")) == [("043", "IND", "PAK")], seen(doc)


def test_frames30b_a_summit_with_one_country_before_it_names_no_partner(code_all):
    doc = code_all("The Pakistan summit ended without a joint statement.")
    assert not _at(doc, "summit"), seen(doc)


# -- a court letting a measure take effect -------------------------------------------------------


def test_frames30b_a_court_letting_a_ban_take_effect_yields_to_its_maker(code_all):
    doc = code_all(
        "The German Constitutional Court on Monday allowed Scholz's travel ban to go into effect."
    )
    assert _countries(_at(doc, "allowed")) == [("080", "DEU", "DEU")], seen(doc)
    assert "maker" in _at(doc, "allowed")[0].rule, seen(doc)


def test_frames30b_a_court_allowing_a_version_of_a_ban_yields_to_its_maker(code_all):
    doc = code_all("The German court voted 6-3 to allow a limited version of Scholz's ban.")
    assert [(e.code, e.target_actor[:3]) for e in _at(doc, "allow")] == [("080", "DEU")], seen(doc)


def test_frames30b_letting_someone_take_a_step_is_no_measure_allowed(code_all):
    doc = code_all("The German court allowed the Bundestag to take up the bill.")
    assert not [e for e in _at(doc, "allowed") if e.code == "080"], seen(doc)


# -- passing on someone's post -------------------------------------------------------------------


def test_frames30b_retweeting_someones_post_endorses_its_maker(code_all):
    doc = code_all("The Polish president retweeted Orban's post about the migration pact.")
    assert _countries(_at(doc, "retweeted")) == [("051", "POL", "HUN")], seen(doc)


def test_frames30b_videos_shared_on_a_platform_endorse_who_posted_them(code_all):
    doc = code_all(
        "The Polish president shared on Twitter anti-immigrant videos posted by a far-right "
        "British party leader."
    )
    assert _countries(_at(doc, "shared")) == [("051", "POL", "GBR")], seen(doc)


def test_frames30b_a_post_shared_with_no_maker_named_endorses_no_one(code_all):
    doc = code_all("The Polish president shared a video of the flooding on Twitter.")
    assert not [e for e in _at(doc, "shared") if e.code == "051"], seen(doc)
