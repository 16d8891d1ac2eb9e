"""Recall, thirty-third round (issue #9 recall33): candidates `_events_for` dropped for two
wordings, each on a sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _all(doc, code):
    return [e for e in doc.events if e.code == code]


def test_recall33_a_chamber_going_to_conference_with_the_other_intends_talks(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The U.S. Senate voted 51-49 on Wednesday to go to conference "
        "with the House of Representatives on the defense bill."
    )
    found = _all(doc, "036")
    assert found, seen(doc)
    assert found[0].source_actor == "USALEG" and found[0].target_actor == "USALEG", seen(doc)
    assert "with (go to conference)" in found[0].rule


def test_recall33_going_to_a_conference_with_colleagues_is_no_talks(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The senator will go to a conference with her staff in Denver "
        "next week."
    )
    assert not _all(doc, "036"), seen(doc)


def test_recall33_a_coordinated_subject_continuing_negotiations_talks_each_way(code_all):
    doc = code_all(
        "PARIS (Reuters) - France and Italy will continue negotiations on the migrant quotas "
        "next week, officials said."
    )
    pairs = {(e.source_actor, e.target_actor) for e in _all(doc, "046")}
    assert {("FRA", "ITA"), ("ITA", "FRA")} <= pairs, seen(doc)
    assert all("talks held by the coordinated subject" in e.rule for e in _all(doc, "046"))


def test_recall33_being_in_negotiations_pairs_the_two_named(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Canada and Mexico are in negotiations on a new steel quota, "
        "a spokesman said on Thursday."
    )
    pairs = {(e.source_actor, e.target_actor) for e in _all(doc, "046")}
    assert ("CAN", "MEX") in pairs, seen(doc)


def test_recall33_talks_held_by_one_subject_name_no_partner(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Republicans will continue negotiations on the tax bill "
        "next week."
    )
    assert not _all(doc, "046"), seen(doc)


def test_recall33_done_at_someones_request_is_their_appeal_to_the_doer(code_all):
    doc = code_all(
        "THE HAGUE (Reuters) - Dutch authorities froze the company's accounts at the United "
        "States' request, according to a court filing seen by Reuters."
    )
    found = [e for e in _all(doc, "020") if e.source_actor == "USA"]
    assert found and found[0].target_actor.startswith("NLD"), seen(doc)
    assert "did it at the request (freeze)" in found[0].rule


def test_recall33_done_at_ones_own_request_asks_no_one(code_all):
    doc = code_all(
        "LONDON (Reuters) - The British ambassador to Washington left his post at his own "
        "request, the Foreign Office said."
    )
    assert not _all(doc, "020"), seen(doc)
