"""Recall on whole articles, thirty-fifth round (issue #9 recall35): actors of right events lost
on the way. "The agency" points back at a department named before as at an agency; a Senate
leader's Twitter handle is the leader; an ambassador the parser hangs on "to" with the host
country ("Russia's ambassador to the United States Sergei Kislyak") is of the country that sent
him; one who cooperates with an investigation into a country cooperates with who
investigates, not with that country; "launched an investigation of X" investigates X; and a
denial with no one named answers the body that concluded or said it of the denier's country
nearby (a person saying so is no accuser). Sentences written for the test in the style of wire
news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_the_agency_after_a_department(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Tillerson has backed the budget cut and frozen hiring while he "
        "reviews the State Department's operations. On Tuesday, two senators on the Foreign "
        "Relations Committee blasted the agency for the loss of senior diplomats.",
        published="2017-11-28",
    )
    blasted = first_triggered(doc, "blasted")
    assert (blasted.target_actor or "")[:3] == "USA", dyads(doc)
    assert "the agency named before" in blasted.rule


def test_an_agency_is_still_not_the_white_house(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The White House said on Monday it would send a budget to "
        "Congress. Environmental groups criticized the agency over the plan.",
        published="2017-11-28",
    )
    criticized = first_triggered(doc, "criticized")
    assert "the agency named before" not in criticized.rule, dyads(doc)


def test_the_majority_leaders_handle(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Donald Trump wrote on Twitter on Saturday: \u201cI "
        "would like to congratulate @SenateMajLdr on the confirmation of twelve judges.\u201d",
        published="2017-12-16",
    )
    congratulate = first_triggered(doc, "congratulate")
    assert congratulate.target_actor == "USALEG", dyads(doc)


def test_an_ambassador_named_after_the_host_is_of_his_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The former adviser misled the vice president about his talks "
        "with Russia's then-ambassador to the United States Sergei Kislyak. In what appeared to "
        "be moves against the outgoing president's policies, the pair discussed sanctions, and "
        "the adviser asked Kislyak to help delay a United Nations vote.",
        published="2017-12-01",
    )
    asked = first_triggered(doc, "asked")
    assert (asked.target_actor or "")[:3] == "RUS", dyads(doc)


def test_cooperating_with_an_investigation_is_not_with_its_subject(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former campaign aide, Tom Baker, said on Friday that he would "
        "cooperate with an investigation into possible ties between Russia and the campaign.",
        published="2017-12-01",
    )
    cooperate = first_triggered(doc, "cooperate")
    assert (cooperate.target_actor or "")[:3] != "RUS", dyads(doc)


def test_cooperating_with_an_investigation_led_by_the_counsel(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former campaign aide, Tom Baker, said on Friday that he would "
        "cooperate with an investigation led by Special Counsel Robert Mueller into Russia's "
        "role in the election.",
        published="2017-12-01",
    )
    cooperate = first_triggered(doc, "cooperate")
    assert cooperate.target_actor == "USAJUD", dyads(doc)


def test_launching_an_investigation_of_someone(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The inspector general launched an investigation of Interior "
        "Secretary Ryan Zinke's use of charter flights after complaints from watchdog groups.",
        published="2017-10-20",
    )
    launched = first_triggered(doc, "launched")
    assert (launched.target_actor or "")[:3] == "USA", dyads(doc)
    assert "pobj(of)" in launched.rule


def test_a_denial_answers_the_agencies_that_concluded_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The sanctions law punishes Moscow because U.S. intelligence "
        "agencies concluded Russia carried out a campaign of hacking and propaganda to interfere "
        "in the election. The Kremlin has repeatedly denied the allegations.",
        published="2017-11-20",
    )
    denied = first_triggered(doc, "denied")
    assert denied.target_actor == "USASPY", dyads(doc)
    assert "who held it" in denied.rule


def test_a_denial_of_what_agencies_say(code_all):
    doc = code_all(
        "LONDON (Reuters) - Moscow has denied what U.S. intelligence agencies say was an effort "
        "to sway the vote in last year's election.",
        published="2017-11-20",
    )
    denied = first_triggered(doc, "denied")
    assert denied.target_actor == "USASPY", dyads(doc)


def test_a_person_saying_something_of_the_denier_is_no_accuser(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Donald Trump said on Saturday that Russia's actions had "
        "not changed the result of the election. Russia has denied any interference.",
        published="2017-11-20",
    )
    denied = first_triggered(doc, "denied")
    assert "who held it" not in (denied.rule or ""), dyads(doc)


def test_a_denial_of_allegations_named_by_their_maker(code_all):
    doc = code_all(
        "LONDON (Reuters) - Moscow denies U.S. allegations of interference in the vote, and the "
        "Kremlin said on Monday it would not change its stance.",
        published="2017-11-20",
    )
    denies = first_triggered(doc, "denies")
    assert (denies.target_actor or "")[:3] == "USA", dyads(doc)


def test_a_report_is_its_reporters(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Washington Post reported on Monday that the chief of staff "
        "had pressed the agency to end the program. The agency's acting head, Mary Lane, "
        "denied the report on Tuesday.",
        published="2017-11-20",
    )
    denied = first_triggered(doc, "denied")
    assert "the report made by" in denied.rule, dyads(doc)
    assert (denied.target_actor or "")[:3] == "USA", dyads(doc)


def test_a_wire_story_code_is_no_subject(code_all):
    doc = code_all(
        "HAVANA (Reuters) - U.S. President Donald Trump said last week that Havana was "
        "responsible. [nS0N2QQ011] In an interview with Reuters, Cuban government officials "
        "accused him this week of slandering their country.",
        published="2017-10-20",
    )
    accused = first_triggered(doc, "accused")
    assert (accused.source_actor or "")[:3] == "CUB", dyads(doc)


def test_a_letter_is_its_senders(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Farm groups were heartened by a letter sent on Tuesday by 30 "
        "House Democrats urging the agriculture secretary to extend the program.",
        published="2017-12-08",
    )
    heartened = first_triggered(doc, "heartened")
    assert heartened.target_actor == "USALEG", dyads(doc)
    assert "whose letter it is ('sent by')" in heartened.rule
