"""Frames, issue #9 frames30a: speech and communication verbs that had lexicon entries but no
frame for the phrasing (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger_start as _at
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(events):
    return [(e.code, e.source_actor, e.target_actor) for e in events]


# -- "T needed to <act>", the infinitive parsed as an adverbial clause of "need" ----------------


def test_frames30a_needed_to_act_parsed_as_adverbial_is_an_appeal(code_all):
    doc = code_all("The senator said the German government needed to explain the decision.")
    assert _pairs(_at(doc, "explain")) == [("020", "---LEG", "DEUGOV")], seen(doc)


def test_frames30a_needed_to_further_act_with_an_adverb_between(code_all):
    doc = code_all("The senator said the Polish ministry needed to further detail its spending.")
    found = _at(doc, "detail")
    assert _pairs(found) == [("020", "---LEG", "POLGOV")], seen(doc)
    assert not found[0].conditional, seen(doc)  # no purpose clause: what the ministry must do


def test_frames30a_needing_a_thing_to_act_is_a_purpose_no_appeal(code_all):
    doc = code_all("The senator said the Polish ministry needs more money to pay the farmers.")
    assert not [e for e in doc.events if e.code == "020"], seen(doc)


# -- "would like (to see) T <act>" ------------------------------------------------------------


def test_frames30a_would_like_to_see_another_act_is_an_appeal_to_them(code_all):
    doc = code_all(
        "The chancellor said she would like to see the Bundestag pass the budget before Christmas."
    )
    assert [(e.code, e.target_actor) for e in _at(doc, "pass")] == [("020", "DEULEG")], seen(doc)


def test_frames30a_would_like_another_to_act_is_an_appeal_to_them(code_all):
    doc = code_all("Macron would like the German government to reconsider its decision.")
    assert _pairs(_at(doc, "reconsider")) == [("020", "FRAGOV", "DEUGOV")], seen(doc)


def test_frames30a_would_like_to_see_someone_win_asks_no_act(code_all):
    doc = code_all("The chancellor said she would like to see Macron win the election.")
    assert not [e for e in doc.events if e.code == "020"], seen(doc)


def test_frames30a_might_like_is_still_a_guess_no_appeal(code_all):
    doc = code_all("Macron might like the German government to reconsider its decision.")
    assert not [e for e in doc.events if e.code == "020"], seen(doc)


# -- doubts and worries about what another does ------------------------------------------------


def test_frames30a_questioned_whether_another_acted_criticizes_them(code_all):
    doc = code_all(
        "Two Polish lawmakers questioned whether the German ministry had followed the rules."
    )
    assert _pairs(_at(doc, "questioned")) == [("111", "POLLEG", "DEUGOV")], seen(doc)


def test_frames30a_questions_with_no_subject_of_its_own_judge_no_one(code_all):
    doc = code_all(
        "Like Merkel, Polish conservative Kaczynski questions whether the French plan will pass."
    )
    assert not [e for e in doc.events if e.code == "111"], seen(doc)


def test_frames30a_worry_that_another_acts_criticizes_them(code_all):
    doc = code_all(
        "Several French senators worry the German government is moving too quickly on the pipeline."
    )
    assert _pairs(_at(doc, "worry")) == [("111", "FRALEG", "DEUGOV")], seen(doc)


def test_frames30a_worry_about_a_topic_judges_no_one(code_all):
    doc = code_all("French senators worried about the German chancellor's rhetoric.")
    assert not [e for e in doc.events if e.code == "111"], seen(doc)


def test_frames30a_worry_about_an_outcome_with_no_actor_as_subject_judges_no_one(code_all):
    doc = code_all(
        "French senators worry that raising the tax rate could make the German economy "
        "less attractive."
    )
    assert not [e for e in doc.events if e.code == "111"], seen(doc)


def test_frames30a_growing_worried_is_a_state_not_a_judgement(code_all):
    doc = code_all(
        "French senators are growing worried that the German government may quit the pact."
    )
    assert not [e for e in doc.events if e.code == "111"], seen(doc)


# -- petitions ---------------------------------------------------------------------------------


def test_frames30a_petitioned_a_body_appeals_to_it(code_all):
    doc = code_all(
        "Polish farmers have petitioned the European Commission for months to block the imports."
    )
    assert [(e.code, e.target_actor) for e in _at(doc, "petitioned")] == [("020", "IGOEUREEC")], (
        seen(doc)
    )


# -- an act named as a crime, a bill named a give-away -----------------------------------------


def test_frames30a_described_as_a_case_of_ethnic_cleansing_accuses_the_actor(code_all):
    doc = code_all(
        "A senior U.N. official described the Myanmar military's campaign as a textbook case of "
        "ethnic cleansing."
    )
    assert _pairs(_at(doc, "case of ethnic")) == [("112", "IGOUNO", "MMRMIL")], seen(doc)


def test_frames30a_bill_called_a_give_away_criticizes_its_makers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats call the tax bill a give-away to the rich."
    )
    assert _pairs(_at(doc, "give-away")) == [("111", "USALEG", "USALEG")], seen(doc)


# -- a speaker denying his own deed ------------------------------------------------------------


def test_frames30a_said_he_had_not_done_the_things_denies_them(code_all):
    doc = code_all(
        "Scholz apologized for the remarks and said he had not done the things he talked about."
    )
    assert [(e.code, e.source_actor[:3]) for e in _at(doc, "done")] == [("016", "DEU")], seen(doc)


def test_frames30a_says_he_did_not_direct_an_aide_denies_it(code_all):
    doc = code_all("Macron says he did not direct his adviser to contact the Russian embassy.")
    assert _pairs(_at(doc, "direct")) == [("016", "FRAGOV", None)], seen(doc)


def test_frames30a_another_side_not_doing_a_deed_is_no_denial_by_the_speaker(code_all):
    doc = code_all("Macron said Germany had not directed the attacks.")
    assert not [e for e in doc.events if e.code == "016"], seen(doc)


def test_frames30a_not_doing_enough_is_no_denial(code_all):
    doc = code_all("Macron said France had not done enough to stop the flow of arms.")
    assert not [e for e in doc.events if e.code == "016"], seen(doc)


def test_frames30a_do_stays_no_lexicon_word_for_appeals_to_do_more(code_all):
    doc = code_all("Macron said he would ask Scholz to do more.")
    assert [(e.code, e.target_actor[:3]) for e in _at(doc, "ask")] == [("020", "DEU")], seen(doc)


def test_frames30a_nothing_to_do_with_still_denies_a_link(code_all):
    doc = code_all("The Kremlin said the meeting had nothing to do with the election.")
    assert [(e.code, e.source_actor) for e in _at(doc, "had")] == [("016", "RUSGOV")], seen(doc)


# -- relief sought in court --------------------------------------------------------------------


def test_frames30a_seeking_a_restraining_order_asks_the_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The mayor sued in federal court on Monday, seeking a temporary "
        "restraining order against the ministry."
    )
    assert [(e.code, e.target_actor) for e in _at(doc, "seeking")] == [("020", "USAJUD")], seen(doc)


def test_frames30a_seeking_to_suppress_evidence_asks_the_home_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Defense lawyers for the former aide are seeking to suppress "
        "evidence seized in the raid."
    )
    assert [(e.code, e.target_actor) for e in _at(doc, "seeking")] == [("020", "USAJUD")], seen(doc)


def test_frames30a_seeking_a_job_asks_no_court(code_all):
    doc = code_all("WASHINGTON (Reuters) - The senator is seeking a new job in the private sector.")
    assert not [e for e in doc.events if e.code == "020"], seen(doc)
