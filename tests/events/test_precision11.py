"""Twelfth round of precision on whole articles (issue #9, helper "precision11"): kinds of wrong
events that recur in the docgold false positives, each fixed by a general rule; the sentences are
our own, in news phrasing. The word senses (an investigation called a witch hunt, a term denied,
a victory sealed, voters pushed away, a debate kicked off, a candidate blown out, leaders who hit
it off, a plan dismissed as something, sanctions backed) are examples in ``senses.yml``, run by
``test_senses_modality.py``."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def test_acknowledging_what_others_did_is_no_admission(code_all):
    doc = code_all(
        "Senator Bob Corker acknowledged that senators have raised questions about the "
        "president's authority to wage war."
    )
    assert not [e for e in doc.events if e.code == "015"], events(doc)
    doc = code_all(
        "Treasury Secretary Steve Mnuchin acknowledged that the deadline may not matter much."
    )
    assert not [e for e in doc.events if e.code == "015"], events(doc)


def test_acknowledging_ones_own_act_is_an_admission(code_all):
    doc = code_all(
        "Senator John Conyers acknowledged that his office had settled with a former staffer."
    )
    assert [e for e in doc.events if e.code == "015"], events(doc)
    doc = code_all("Senator John Conyers acknowledged that he had settled with a former staffer.")
    assert [e for e in doc.events if e.code == "015"], events(doc)


def test_an_investigation_called_a_witch_hunt_is_criticism_of_its_makers(code_all):
    doc = code_all(
        "Trump has called the investigation by Special Counsel Robert Mueller a witch hunt."
    )
    called = [e for e in doc.events if e.trigger_text == "called"]
    assert called and all(e.code == "111" for e in called), events(doc)
    assert all((e.target_actor or "").startswith("USA") for e in called), events(doc)
    # a claim called false stays a denial, a probe called a hoax too
    doc = code_all("The Kremlin called the allegations false.")
    assert [e for e in doc.events if e.code == "016"], events(doc)
    doc = code_all("The president has called the investigation a hoax.")
    assert [e for e in doc.events if e.code == "016"], events(doc)


def test_a_denial_answers_who_reported_the_claims(code_all):
    doc = code_all(
        "Senator Roy Blunt denied accusations contained in a report by the Washington Post."
    )
    denied = [e for e in doc.events if e.code == "016"]
    assert denied and all(e.target_actor for e in denied), events(doc)
    assert "denied:reported by" in denied[0].rule


def test_a_plan_dismissed_as_something_is_criticism_a_case_dismissed_by_a_court_is_not(code_all):
    doc = code_all("Senate Democrats dismissed Senator Ted Cruz as a showman.")
    assert [e for e in doc.events if e.trigger_text == "dismissed" and e.code == "111"], events(doc)
    doc = code_all("A federal judge dismissed the lawsuit by the state of Hawaii as moot.")
    assert not [e for e in doc.events if e.trigger_text == "dismissed" and e.code == "111"], events(
        doc
    )


def test_a_warning_about_what_others_do_is_criticism_not_a_threat(code_all):
    doc = code_all(
        "Senator Bob Corker warned last month that Trump might be putting the United States "
        "on the path to war."
    )
    warned = [e for e in doc.events if e.trigger_text == "warned"]
    assert warned and all(e.code == "111" for e in warned), events(doc)
    doc = code_all("China warned that it would respond to any new U.S. tariffs.")
    assert not [e for e in doc.events if e.code == "111"], events(doc)


def test_a_vow_to_destroy_is_a_threat_not_a_destruction(code_all):
    doc = code_all(
        "President Donald Trump has rattled some allies with his vow to “totally destroy” "
        "North Korea if it threatens the United States."
    )
    destroy = [e for e in doc.events if e.trigger_text == "destroy"]
    assert destroy and all(e.code.startswith("13") for e in destroy), events(doc)
    assert not any(e.conditional for e in destroy), events(doc)


def test_what_named_countries_must_do_is_demanded_not_done(code_all):
    doc = code_all(
        "Before leaving for Beijing, Trump cited China as one of the countries that must fully "
        "enforce international sanctions against Pyongyang."
    )
    enforce = [e for e in doc.events if e.trigger_text == "enforce"]
    assert enforce and all(e.code == "100" for e in enforce), events(doc)
    assert all((e.source_actor or "").startswith("USA") for e in enforce), events(doc)
    assert all(e.target_actor == "CHN" for e in enforce), events(doc)
    # a relative clause under a verb that names no one who must: nobody demands it
    doc = code_all(
        "Congress passed the decision back to President Donald Trump, who must decide in "
        "January whether to continue to waive sanctions on Iran."
    )
    assert not [e for e in doc.events if e.code == "100" and "names who must" in e.rule], events(
        doc
    )


def test_siding_with_someone_is_support(code_all):
    doc = code_all(
        "Senator Lindsey Graham sided with the intelligence agencies over the president."
    )
    sided = [e for e in doc.events if e.trigger_text == "sided"]
    assert sided and all(e.code == "051" for e in sided), events(doc)


def test_a_participle_after_a_quote_is_the_speakers_act(code_all):
    doc = code_all(
        "On trade, U.S. President Donald Trump said “China can fix this problem quickly”, urging "
        "Beijing to cut financial links with North Korea."
    )
    urged = [e for e in doc.events if e.trigger_text == "urging"]
    assert urged and all(not (e.source_actor or "").startswith("CHN") for e in urged), events(doc)
