"""What read55 saw reading ten unseen BBC business and technology stories (issue #9). The
sentences are our own."""

from __future__ import annotations

import pytest
from event_views import coded_at_any_confidence, seen

pytestmark = pytest.mark.model


def test_proceedings_started_against_someone_are_a_lawsuit(code_text):
    doc = code_text(
        "British Airways said it was starting legal proceedings against Ryanair for trademark "
        "infringement."
    )
    events = [e for e in doc.events if e.code == "115"]
    assert events, seen(doc)
    assert (events[0].source_actor, events[0].target_actor) == ("GBRBUS", "IRLBUS"), seen(doc)
    assert doc.text[events[0].target_start : events[0].target_end] == events[0].target_text


def test_talks_cut_off_with_someone_are_halted_with_them(code_text):
    doc = code_text("The two Irish investors have cut off talks with the American tycoon.")
    events = [e for e in doc.events if e.code == "164"]
    assert events, seen(doc)
    assert (events[0].source_actor or "").startswith("IRL"), seen(doc)
    assert (events[0].target_actor or "").startswith("USA"), seen(doc)


def test_an_act_as_the_subject_of_give_gives_nothing(code_text):
    """ "Selling the stake would give Gazprom access ...": the sale is no giver (was the
    metonym of whatever the gerund's object named)."""
    doc = coded_at_any_confidence(
        code_text, "Selling the stake would give Gazprom access to the German market."
    )
    given = [e for e in doc.events if e.trigger_text == "give"]
    assert all(e.source_actor is None for e in given), seen(doc)
    assert all(e.target_actor == "RUSBUS" for e in given), seen(doc)


def test_access_granted_goes_to_the_one_given_it(code_text):
    """The parser hangs "Russian engineers" on "access": they get it, not "the plant"."""
    doc = coded_at_any_confidence(
        code_text, "The Iranian government granted Russian engineers access to the plant."
    )
    events = [e for e in doc.events if e.code == "086"]
    assert events, seen(doc)
    assert (events[0].source_actor, events[0].target_actor) == ("IRNGOV", "RUS"), seen(doc)
    assert doc.text[events[0].target_start : events[0].target_end] == events[0].target_text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Trump withheld US military aid to Ukraine.", "UKR"),
        ("The senator gave an unwavering American commitment to NATO.", "IGOWSTNAT"),
    ],
)
def test_a_country_word_before_a_thing_given_is_no_recipient(code_text, text, target):
    doc = coded_at_any_confidence(code_text, text)
    assert any(e.target_actor == target for e in doc.events), seen(doc)


def test_a_pledge_to_contest_an_action_is_no_commitment(code_text):
    """ "has pledged to contest the action": resisting a lawsuit, no promise to cooperate
    (was 030 to the article's country)."""
    doc = coded_at_any_confidence(
        code_text, "The British businessman has pledged to contest the action in court."
    )
    assert not [e for e in doc.events if e.code == "030"], seen(doc)


def test_a_pledge_to_fight_corruption_stays_a_commitment(code_text):
    doc = coded_at_any_confidence(code_text, "The British government pledged to fight corruption.")
    assert [e for e in doc.events if e.code == "030"], seen(doc)
