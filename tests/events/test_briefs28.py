"""Short items, twenty-eighth round (issue #9 briefs28): in a feed of someone's posts ("The
following statements were posted to the verified Twitter accounts of ..."), the words outside
quotation marks are the author's own, so the judgements and threats in them are his speech acts;
"it was my honor to visit X": the honour's owner visits. Sentences written for the test in the
style of wire news and of such posts."""

from __future__ import annotations

import pytest
from event_views import dyads

pytestmark = pytest.mark.model

FEED = (
    "The following statements were posted to the verified Twitter accounts of U.S. President "
    "Donald Trump, @realDonaldTrump and @POTUS.  The opinions expressed are his own. Reuters "
    "has not edited the statements or confirmed their accuracy.  @realDonaldTrump : - "
)


def _authored(doc, root: str) -> list:
    return [
        e
        for e in doc.events
        if (e.code or "")[:2] == root and "the document's author" in (e.rule or "")
    ]


def test_a_judgement_in_a_post_is_the_authors(code_all):
    doc = code_all(
        FEED + "The Obstructionist Democrats in Congress are totally incompetent. [0712 EST] - "
        "Great jobs numbers today! [0915 EST]",
        published="2017-12-04",
    )
    judged = _authored(doc, "11")
    assert judged, dyads(doc)
    assert (judged[0].source_actor or "")[:3] == "USA", dyads(doc)


def test_a_threat_in_a_post_is_the_authors(code_all):
    doc = code_all(
        FEED + "The Democrats in the Senate are blocking our great Tax Cuts. They will pay a "
        "heavy price in the Midterms! [0830 EST]",
        published="2017-12-04",
    )
    assert _authored(doc, "13"), dyads(doc)


def test_a_judgement_quoted_in_a_post_is_not_the_authors(code_all):
    doc = code_all(
        FEED + "Senator Rand Paul said: “The Obstructionist Democrats in Congress are totally "
        "incompetent.” [0712 EST]",
        published="2017-12-04",
    )
    assert not _authored(doc, "11"), dyads(doc)


def test_a_judgement_with_no_speaker_outside_a_feed_is_not_coded(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Democrats in Congress are totally incompetent, read a "
        "poster seen at the rally on Tuesday.",
        published="2017-12-04",
    )
    assert not _authored(doc, "11"), dyads(doc)


def test_my_honor_to_visit_is_the_owners_visit(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. Defense Secretary Jim Mattis told troops in Kabul on "
        "Monday: “It was my great honor to visit the soldiers of the 10th Mountain Division.” "
        "Afghan President Ashraf Ghani said on Tuesday it was his privilege to welcome Indian "
        "Prime Minister Narendra Modi to Kabul.",
        published="2017-12-04",
    )
    visits = [e for e in doc.events if (e.code or "")[:2] == "04"]
    honoured = [e for e in visits if "honour's owner" in (e.rule or "")]
    assert honoured, dyads(doc)
    assert all((e.source_actor or "")[:3] in ("USA", "AFG") for e in honoured), dyads(doc)


def test_a_post_with_no_subject_is_the_authors_act(code_all):
    doc = code_all(
        FEED + "Meeting with Prime Minister Theresa May of the United Kingdom at the White House "
        "today about trade. [0905 EST]",
        published="2017-12-04",
    )
    met = [e for e in _authored(doc, "04") if (e.target_actor or "")[:3] == "GBR"]
    assert met, dyads(doc)


def test_a_third_person_post_with_no_subject_is_not_the_authors(code_all):
    doc = code_all(
        FEED + "Our great Tax Bill passed the Senate last night. Heads to the House of "
        "Representatives tomorrow for the final vote! [0621 EST]",
        published="2017-12-04",
    )
    assert not any(
        "the document's author" in (e.rule or "") and e.trigger_text.lower().startswith("head")
        for e in doc.events
    ), dyads(doc)


def test_a_measure_a_post_says_will_be_taken_is_the_authors(code_all):
    doc = code_all(
        FEED + "The Stock Market hit another record high today! [0930 EST] - Tough new "
        "sanctions will be imposed on Iran next week! [1010 EST]",
        published="2017-12-04",
    )
    imposed = [e for e in doc.events if "the document's author" in (e.rule or "")]
    assert any((e.target_actor or "")[:3] == "IRN" for e in imposed), dyads(doc)


def test_a_person_a_post_says_will_be_questioned_is_no_act_of_the_author(code_all):
    doc = code_all(
        FEED + "The Stock Market hit another record high today! [0930 EST] - Senator Jeff Flake "
        "will be interviewed on @foxandfriends at 7:00 A.M. [0623 EST]",
        published="2017-12-04",
    )
    assert not any("source:author" in (e.rule or "") for e in doc.events), dyads(doc)


def _epithets(doc) -> list:
    return [e for e in doc.events if "epithet" in (e.rule or "")]


def test_an_epithet_in_a_post_is_the_authors_criticism(code_all):
    doc = code_all(
        FEED + "The Stock Market hit another record high today! [0930 EST] - Why is Fake News "
        "NBC never reporting the great jobs numbers? [1015 EST]",
        published="2017-12-04",
    )
    found = _epithets(doc)
    assert found and (found[0].code or "").startswith("11"), dyads(doc)
    assert (found[0].source_actor or "")[:3] == "USA", dyads(doc)
    assert (found[0].target_actor or "").endswith("MED"), dyads(doc)


def test_an_epithet_said_by_a_speaker_is_his_criticism(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - “I will take no questions from Fake News CNN today,” "
        "President Donald Trump told reporters at the White House on Tuesday.",
        published="2017-12-04",
    )
    found = _epithets(doc)
    assert found and (found[0].target_actor or "").endswith("MED"), dyads(doc)
    assert (found[0].source_actor or "").startswith("USA"), dyads(doc)


def test_no_epithet_without_a_speaker(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A study of fake news websites found that most of them were run "
        "from outside the United States.",
        published="2017-12-04",
    )
    assert not _epithets(doc), dyads(doc)


def _sympathies(doc) -> list:
    return [e for e in doc.events if "evaluative:sympathy" in (e.rule or "")]


def test_thoughts_and_prayers_in_a_post_are_the_authors_sympathy(code_all):
    doc = code_all(
        FEED + "The Stock Market hit another record high today! [0930 EST] - My thoughts and "
        "prayers are with the families of the Japanese sailors lost at sea. [1010 EST]",
        published="2017-12-04",
    )
    found = _sympathies(doc)
    assert found and found[0].code == "018", dyads(doc)
    assert (found[0].source_actor or "")[:3] == "USA", dyads(doc)
    assert (found[0].target_actor or "")[:3] == "JPN", dyads(doc)


def test_hearts_going_out_is_the_speakers_sympathy(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - “Our hearts go out to the people of Mexico,” Canadian Prime Minister "
        "Justin Trudeau said on Wednesday after the earthquake.",
        published="2017-12-04",
    )
    found = _sympathies(doc)
    assert found and (found[0].source_actor or "")[:3] == "CAN", dyads(doc)
    assert (found[0].target_actor or "")[:3] == "MEX", dyads(doc)


def test_thoughts_with_no_holder_are_no_sympathy(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The thoughts of the committee are with the budget talks in the "
        "Senate, Senator Dan Hale said on Wednesday.",
        published="2017-12-04",
    )
    assert not _sympathies(doc), dyads(doc)
