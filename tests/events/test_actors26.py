"""Actors before events (issue #9 actors26): an "-ing" clause with no subject of its own after
"while", "when", "after" ... is the main clause's subject's act. Sentences written for the test
in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_a_while_clause_shares_the_main_subject(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau defended the trade pact on "
        "Tuesday while criticizing Germany for its new tariffs on steel.",
        published="2017-11-20",
    )
    criticizing = first_triggered(doc, "criticizing")
    assert (criticizing.source_actor or "")[:3] == "CAN", dyads(doc)
    assert (criticizing.target_actor or "")[:3] == "DEU", dyads(doc)


def test_a_when_clause_shares_the_main_subject(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japanese Prime Minister Shinzo Abe raised the fate of the abductees "
        "with Xi when meeting Chinese officials in Beijing on Monday.",
        published="2017-11-20",
    )
    meeting = first_triggered(doc, "meeting")
    assert (meeting.source_actor or "")[:3] == "JPN", dyads(doc)


def test_a_while_clause_with_its_own_subject_keeps_it(code_all):
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Angela Merkel praised the deal, while Poland "
        "criticized Ukraine over the pipeline.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert (criticized.source_actor or "")[:3] == "POL", dyads(doc)


def test_an_article_speaks_for_its_author(code_all):
    doc = code_all(
        "KIEV (Reuters) - The column, which was written by Petro Hrytsenko, a former adviser to "
        "Ukraine’s foreign ministry, praised Poland for its support.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert (praised.source_actor or "")[:3] == "UKR", dyads(doc)
    assert "whose column it is" in praised.rule


def test_statements_speak_for_who_issued_them(code_all):
    doc = code_all(
        "BERLIN (Reuters) - The German government issued statements that condemned Belarus for "
        "the arrests of opposition leaders.",
        published="2017-11-20",
    )
    condemned = first_triggered(doc, "condemned")
    assert (condemned.source_actor or "")[:3] == "DEU", dyads(doc)
    assert (condemned.target_actor or "")[:3] == "BLR", dyads(doc)
    assert "who issued the statements" in condemned.rule


def test_statements_in_a_report_are_not_their_readers(code_all):
    doc = code_all(
        "BERLIN (Reuters) - German officials read statements that condemned Belarus for the "
        "arrests.",
        published="2017-11-20",
    )
    condemned = first_triggered(doc, "condemned")
    assert "who read the statements" not in condemned.rule, dyads(doc)


def test_who_one_sympathizes_with_is_the_target(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Polish officials sympathize with Ukraine, whose ports have been "
        "blockaded for months.",
        published="2017-11-20",
    )
    sympathize = first_triggered(doc, "sympathize")
    assert sympathize.code == "018", dyads(doc)
    assert (sympathize.target_actor or "")[:3] == "UKR", dyads(doc)


def test_thank_you_thanks_whom_it_was_told_to(code_all):
    doc = code_all(
        "BERLIN (Reuters) - “Thank you for the warm welcome,” Biden told Chancellor Olaf Scholz "
        "of Germany on Friday.",
        published="2024-10-18",
    )
    thank = first_triggered(doc, "Thank")
    assert (thank.source_actor or "")[:3] == "USA", dyads(doc)
    assert (thank.target_actor or "")[:3] == "DEU", dyads(doc)


def test_thank_you_said_to_no_one_has_no_target(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - “Thank you for your service,” Biden said at the ceremony.",
        published="2024-10-18",
    )
    thanks = [e for e in doc.events if e.trigger_text.startswith("Thank")]
    assert all(not e.target_actor for e in thanks), dyads(doc)


def test_a_question_joined_to_an_investigation_is_investigated_too(code_all):
    doc = code_all(
        "KYIV (Reuters) - Prosecutors in Kyiv are investigating Belarus’s role in the border "
        "incident and whether there was collusion between Polish smugglers and Minsk.",
        published="2024-10-18",
    )
    investigated = {
        (e.target_actor or "")[:3] for e in doc.events if e.trigger_text == "investigating"
    }
    assert {"BLR", "POL"} <= investigated, dyads(doc)


def test_a_relative_judged_is_a_person_of_the_possessors_country(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Polish President Andrzej Duda praised his daughter for her work with "
        "refugees on Monday.",
        published="2024-10-18",
    )
    praised = first_triggered(doc, "praised")
    assert (praised.target_actor or "")[:3] == "POL", dyads(doc)
    assert "whose daughter" in praised.rule


def test_a_relative_spoken_with_is_no_target(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Polish President Andrzej Duda spoke with his daughter on Monday.",
        published="2024-10-18",
    )
    assert not any("whose daughter" in e.rule for e in doc.events), dyads(doc)


def test_demonstrating_opposition_to_t_is_a_rally_against_t(code_all):
    doc = code_all(
        "MINSK (Reuters) - Thousands of students filled the squares of Minsk on Sunday to "
        "demonstrate opposition to Putin.",
        published="2024-10-18",
    )
    demonstrate = first_triggered(doc, "demonstrate")
    assert demonstrate.code == "141", dyads(doc)
    assert (demonstrate.target_actor or "")[:3] == "RUS", dyads(doc)
