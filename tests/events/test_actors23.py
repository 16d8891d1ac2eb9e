"""Actors, twenty-third round (issues #9/#10 actors23): scientists are education and folks are
people (roles.yml); "Democratic leaders" are lawmakers; lawmakers who say they reached a deal
reached it among themselves; in a feed of someone's posts ("The following statements were posted
to the verified Twitter accounts of ..."), the time stamp that closes one post and that the parse
makes the subject of the next ("[0815 EST] - Just spoke with ...") is the document's author, as a
post with no subject is. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model

FEED = (
    "The following statements were posted to the verified Twitter accounts of U.S. President "
    "Donald Trump, @realDonaldTrump and @POTUS.  The opinions expressed are his own. Reuters "
    "has not edited the statements or confirmed their accuracy.  @realDonaldTrump : - "
)


def test_a_post_after_a_time_stamp_is_the_authors(code_all):
    doc = code_all(
        FEED + "The ratings of the failing networks keep falling, a total disgrace! [0815 EST] - "
        "Just spoke with Prime Minister Shinzo Abe of Japan about the threat of North Korea. "
        "We are united! [0902 EST]",
        published="2017-11-20",
    )
    spoke = first_triggered(doc, "spoke")
    assert (spoke.source_actor or "")[:3] == "USA", dyads(doc)
    assert "time stamp" in spoke.rule
    assert (spoke.target_actor or "")[:3] == "JPN", dyads(doc)


def test_a_time_stamp_is_no_author_outside_a_feed(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Dan Hale said on Tuesday he would vote against the bill. "
        "The vote is set for 1400 EST on Wednesday.",
        published="2017-11-20",
    )
    assert not any("time stamp" in e.rule for e in doc.events), dyads(doc)


def test_scientists_are_placed_as_education(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Environmental Protection Agency on Tuesday barred scientists "
        "who receive its grants from serving on its advisory boards.",
        published="2017-10-31",
    )
    barred = first_triggered(doc, "barred")
    assert barred.target_actor == "USAEDU", dyads(doc)


def test_folks_are_people(code_all):
    doc = code_all(
        "COLUMBUS, Ohio (Reuters) - Folks in small towns across Ohio criticized Senator Dan Hale "
        "on Monday over the closing of the plant.",
        published="2017-10-31",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USACVL", dyads(doc)


def test_lawmakers_who_say_they_reached_a_deal_reached_it_among_themselves(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican and Democratic lawmakers said on Tuesday they had "
        "reached a bipartisan agreement on the farm bill.",
        published="2017-10-31",
    )
    reached = first_triggered(doc, "reached")
    assert (reached.source_actor, reached.target_actor) == ("USALEG", "USALEG"), dyads(doc)


def test_negotiators_who_say_they_reached_a_deal_name_no_partner(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Negotiators said on Tuesday they had reached an agreement on the "
        "trade pact.",
        published="2017-10-31",
    )
    reached = first_triggered(doc, "reached")
    assert reached.target_actor is None, dyads(doc)


def test_a_us_partys_leaders_are_its_lawmakers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Senate and House Democratic leaders, Chuck Schumer and Nancy "
        "Pelosi, skipped the meeting after Trump attacked them in a tweet as weak on crime.",
        published="2017-11-28",
    )
    attacked = first_triggered(doc, "attacked")
    assert (attacked.source_actor, attacked.target_actor) == ("USAGOV", "USALEG"), dyads(doc)


def test_a_partys_leaders_abroad_are_not_us_lawmakers(code_all):
    doc = code_all(
        "LONDON (Reuters) - Opposition leaders criticized Prime Minister Theresa May on Tuesday "
        "over the Brexit talks.",
        published="2017-11-28",
    )
    criticized = first_triggered(doc, "criticized")
    assert (criticized.source_actor or "")[:3] == "GBR", dyads(doc)
