"""Roots, issue #9 roots30: events coded at the right trigger with the wrong root (sentences
written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger_start as _at
from event_views import country_codes as _countries
from event_views import seen

pytestmark = pytest.mark.model


# -- hacking told as what someone says is an accusation (guideline §17.13) ---------------------


def test_roots30_hacking_agencies_say_was_done_accuses_the_hacker(code_all):
    doc = code_all(
        "The group published emails that German intelligence agencies say were hacked by Russia "
        "to sway the vote."
    )
    assert _countries(_at(doc, "hacked")) == [("112", "DEU", "RUS")], seen(doc)


def test_roots30_hacking_officials_determined_accuses_the_hacker(code_all):
    doc = code_all(
        "The leaked files came from servers that Dutch officials determined Russian military "
        "intelligence had hacked last spring."
    )
    assert _countries(_at(doc, "hacked")) == [("112", "NLD", "RUS")], seen(doc)


def test_roots30_hacking_told_by_the_text_stays_a_hacking(code_all):
    doc = code_all("Russian military intelligence hacked the Bundestag network in 2015.")
    assert [e.code[:2] for e in _at(doc, "hacked")] == ["17"], seen(doc)


def test_roots30_hacking_said_by_the_hackers_own_side_is_no_accusation(code_all):
    doc = code_all("Russian officials say Ukrainian servers were hacked by Russian activists.")
    assert all(e.code != "112" for e in _at(doc, "hacked")), seen(doc)


# -- an investigation's parties named by a pronoun (guideline §10.14) ---------------------------


def test_roots30_ties_between_it_and_a_country_investigate_both_sides(code_all):
    doc = code_all(
        "The Swedish Democrats said on Tuesday they had given the Swedish prosecutors "
        "investigating ties between them and Russia all their emails."
    )
    found = {country for _, _, country in _countries(_at(doc, "investigating"))}
    assert {"RUS", "SWE"} <= found, seen(doc)


# -- a meeting someone helped set up was held ----------------------------------------------------


def test_roots30_meeting_someone_helped_set_up_was_held(code_all):
    doc = code_all(
        "The newspaper reported that the adviser helped set up a meeting between Scholz and "
        "Egyptian President Abdel Fattah al-Sisi in April."
    )
    assert [c for c, _, _ in _countries(_at(doc, "meeting"))] == ["043"], seen(doc)


def test_roots30_meeting_someone_tried_to_set_up_stays_an_intent(code_all):
    doc = code_all(
        "The adviser tried to set up a meeting between Scholz and Russian President Vladimir "
        "Putin, court papers show."
    )
    assert [c for c, _, _ in _countries(_at(doc, "meeting"))] == ["036"], seen(doc)


# -- a recognition announced takes effect in the announcement -----------------------------------


def test_roots30_recognition_announced_with_would_is_the_recognition(code_all):
    doc = code_all(
        "Last week the chancellor announced Germany would recognize Kosovo as an independent state."
    )
    assert _countries(_at(doc, "recognize")) == [("054", "DEU", "KSV")], seen(doc)


def test_roots30_recognition_said_with_would_stays_an_intent(code_all):
    doc = code_all("The chancellor said Germany would recognize Kosovo if the talks failed.")
    assert [c[:2] for c, _, _ in _countries(_at(doc, "recognize"))] == ["03"], seen(doc)


# -- "hoped" is lemmatized "hop" by spaCy: mended before coding, so a hope is an intent -------


def test_roots30_hoping_to_meet_is_an_intent_not_a_meeting(code_all):
    doc = code_all(
        "The Japanese prime minister is hoping to meet Chinese President Xi Jinping at the "
        "summit next month."
    )
    assert _countries(_at(doc, "meet")) == [("036", "JPN", "CHN")], seen(doc)


def test_roots30_hoped_to_work_with_is_an_intent_not_cooperation(code_all):
    doc = code_all(
        "German Chancellor Angela Merkel said on Monday she hoped to work with the new French "
        "government on migration."
    )
    codes = [e.code for e in _at(doc, "work")]
    assert codes and all(code.startswith("03") for code in codes), seen(doc)
