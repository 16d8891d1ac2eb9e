"""Recall, sixth round (issue #9 recallb): appeals and intents said in ways the lexicon had no
entry for, each on a sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_recallb_looking_forward_to_an_act_is_an_intent(code_all):
    doc = code_all(
        '"We are looking forward to meeting President Putin next month," the German '
        "chancellor said."
    )
    meeting = next(e for e in doc.events if e.trigger_text == "meeting")
    assert meeting.code == "036", meeting.rule
    assert "intent: looking forward 040->036" in meeting.rule


def test_recallb_looking_forward_to_working_with_is_an_intent_to_cooperate(code_all):
    doc = code_all("Trump said he looked forward to working with the new Iranian government.")
    working = next(e for e in doc.events if e.trigger_text == "working")
    assert working.code.startswith("03"), working.rule


def test_recallb_stopped_short_of_calling_on_keeps_who_calls(code_all):
    doc = code_all(
        "So far, Republicans in the Senate have stopped short of calling on Trump to fire the "
        "special counsel.",
        published="2017-12-10",
    )
    appeal = next(e for e in doc.events if e.code.startswith("02"))
    assert (appeal.source_actor, appeal.target_actor) == ("USALEG", "USAGOV"), appeal.rule


def test_recallb_it_is_time_for_someone_to_act_is_an_appeal(code_all):
    doc = code_all('"It is time for China to put more pressure on North Korea," the senator said.')
    appeal = next(e for e in doc.events if e.code == "020")
    assert appeal.target_actor == "CHN", appeal.rule
    assert "time for" in appeal.rule


def test_recallb_the_time_has_come_for_someone_to_act_is_an_appeal(code_all):
    doc = code_all("The senator said the time has come for Germany to take the lead on sanctions.")
    appeal = next(e for e in doc.events if e.code == "020")
    assert appeal.target_actor == "DEU", appeal.rule


def test_recallb_time_for_ones_own_side_or_a_thing_is_no_appeal(code_all):
    doc = code_all('"It is time for us to go home," the general said. It is time for lunch.')
    assert not any(e.code.startswith("02") for e in doc.events), [e.rule for e in doc.events]


def test_recallb_wanting_another_to_act_is_an_appeal_to_them(code_all):
    doc = code_all(
        "Trump said Chinese President Xi Jinping wanted Pyongyang to denuclearize.",
        published="2017-11-20",
    )
    appeal = next(e for e in doc.events if e.code == "020")
    assert (appeal.source_actor, appeal.target_actor) == ("CHNGOV", "PRK"), appeal.rule


def test_recallb_wanting_to_act_oneself_is_no_appeal(code_all):
    doc = code_all("Russia wants to discuss the report before the vote.")
    assert not any(e.code.startswith("02") for e in doc.events), [e.rule for e in doc.events]


def test_recallb_thanking_someone_is_praise(code_all):
    doc = code_all("The prime minister thanked Japan for its support on Friday.")
    thanks = next(e for e in doc.events if e.trigger_text == "thanked")
    assert (thanks.code, thanks.target_actor) == ("051", "JPN"), thanks.rule


def test_recallb_thank_you_is_the_speakers_praise_of_whom_it_names(code_all):
    doc = code_all(
        '"Thank you President Xi for a wonderful dinner," Trump said in a tweet.',
        published="2017-11-09",
    )
    thanks = next(e for e in doc.events if e.trigger_text == "Thank")
    assert (thanks.source_actor, thanks.code, thanks.target_actor) == (
        "USAGOV",
        "051",
        "CHNGOV",
    ), thanks.rule


def test_recallb_the_hosts_of_a_visitor_are_the_datelines_country(code_all):
    doc = code_all(
        "BEIJING (Reuters) - U.S. President Donald Trump thanked his hosts for a private "
        "dinner on Thursday.",
        published="2017-11-09",
    )
    thanks = next(e for e in doc.events if e.trigger_text == "thanked")
    assert thanks.target_actor == "CHN", thanks.rule
    assert "the dateline's country -> CHN" in thanks.rule


def test_recallb_hosts_at_home_are_not_moved(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. President Donald Trump thanked his hosts for a private "
        "dinner on Thursday.",
        published="2017-11-09",
    )
    assert not any("hosts of" in e.rule for e in doc.events), [e.rule for e in doc.events]


def test_recallb_call_upon_is_call_on(code_all):
    doc = code_all("The White House called upon the United Nations to investigate the missile.")
    # issue #9 recall30: an investigation called for is a demand for one (101)
    appeal = next(e for e in doc.events if e.code == "101")
    assert (appeal.source_actor, appeal.target_actor) == ("USAGOV", "IGOUNO"), appeal.rule


def test_recallb_encouraging_another_to_act_is_an_appeal_whatever_the_act(code_all):
    doc = code_all("The French minister encouraged Germany to rethink its energy policy.")
    appeal = next(e for e in doc.events if e.code == "020")
    assert appeal.target_actor == "DEU", appeal.rule
    assert "appeal to act" in appeal.rule


def test_recallb_pressing_a_button_is_no_appeal(code_all):
    doc = code_all("The reporter pressed the button to record the interview.")
    assert not any(e.code.startswith("02") for e in doc.events), [e.rule for e in doc.events]


def test_recallb_a_tour_that_took_someone_to_places_is_a_visit_to_each(code_all):
    doc = code_all(
        "Japanese Prime Minister Shinzo Abe praised the tour. The Asian tour took Abe to "
        "Vietnam and the Philippines.",
        published="2017-11-14",
    )
    visits = {e.target_actor for e in doc.events if e.code == "042"}
    assert {"VNM", "PHL"} <= visits, [e.rule for e in doc.events]
    assert all(e.source_actor == "JPNGOV" for e in doc.events if e.code == "042"), [
        e.rule for e in doc.events
    ]


def test_recallb_taking_a_case_to_court_is_no_visit(code_all):
    doc = code_all("The governor took the case to the Supreme Court.")
    assert not any(e.code == "042" for e in doc.events), [e.rule for e in doc.events]


def test_recallb_a_news_conference_with_a_leader_is_a_meeting(code_all):
    doc = code_all(
        "Trump said at a news conference with Vietnamese President Tran Dai Quang that he "
        "trusted U.S. intelligence agencies.",
        published="2017-11-12",
    )
    meeting = next(e for e in doc.events if e.trigger_text == "conference")
    assert (meeting.source_actor, meeting.code) == ("USAGOV", "040"), meeting.rule
    assert meeting.target_actor.startswith("VNM"), meeting.rule


def test_recallb_leaders_agreeing_together_commit_to_each_other(code_all):
    doc = code_all(
        "Tillerson said Trump and Xi agreed to tackle the fentanyl trade together.",
        published="2017-11-09",
    )
    pairs = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "030"}
    assert {("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")} <= pairs, [e.rule for e in doc.events]


def test_recallb_agreeing_with_a_view_is_no_commitment(code_all):
    doc = code_all("Analysts and bankers agreed that the economy was slowing.")
    assert not any(e.code == "030" for e in doc.events), [e.rule for e in doc.events]


def test_recallb_a_guessed_wish_is_no_appeal(code_all):
    doc = code_all("The generals might want the president to head back after the attack.")
    assert not any(e.code.startswith("02") for e in doc.events), [e.rule for e in doc.events]
