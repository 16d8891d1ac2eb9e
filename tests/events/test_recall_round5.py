"""Recall, fifth round (issue #9 recall2): country-less roles placed by where the act happens,
and wordings missing on the document-level dev articles, each on a sentence written for the
test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads

pytestmark = pytest.mark.model


def test_recall_roles_take_the_country_of_the_acts_place(code_all):
    doc = code_all("Police shot two protesters in Nairobi on Friday.")
    shot = next(e for e in doc.events if e.trigger_text == "shot")
    assert (shot.source_actor, shot.target_actor) == ("KENCOP", "KENCVL"), shot.rule
    assert "the act's place 'Nairobi' -> KEN" in shot.rule


def test_recall_a_named_country_is_not_moved_by_the_acts_place(code_all):
    doc = code_all("French soldiers arrested two men in Bamako on Sunday.")
    arrest = next(e for e in doc.events if e.trigger_text == "arrested")
    assert arrest.source_actor.startswith("FRA"), arrest.rule
    assert arrest.target_actor == "MLICVL", arrest.rule


def test_recall_a_house_committee_is_the_legislature(code_all):
    doc = code_all("The House Ethics Committee criticized the congressman on Monday.")
    criticism = next(e for e in doc.events if e.code == "111")
    assert criticism.source_actor == "USALEG", criticism.rule


def test_recall_the_panel_is_the_committee_named_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Bob Corker, who chairs the Senate Foreign Relations "
        "Committee, spoke to reporters. Corker said the panel had held a tense meeting with the "
        "State Department last week."
    )
    meeting = next(e for e in doc.events if e.code == "040")
    assert (meeting.source_actor, meeting.target_actor) == ("USALEG", "USAGOV"), meeting.rule
    assert "the panel named before ('Senate Foreign Relations Committee')" in meeting.rule


def test_recall_a_panel_of_experts_is_not_a_committee_named_before(code_all):
    doc = code_all(
        "The Senate Intelligence Committee met on Monday. A panel of U.N. experts criticized "
        "the sanctions regime."
    )
    assert not any("named before" in e.rule for e in doc.events), [e.rule for e in doc.events]


def test_recall_a_role_someone_has_is_in_their_country(code_all):
    doc = code_all(
        "Germany's chancellor Angela Merkel met Putin on Monday. Her spokesman criticized "
        "Poland on Tuesday."
    )
    criticism = next(e for e in doc.events if e.code == "111")
    assert criticism.source_actor == "DEUGOV", criticism.rule
    assert "whose it is: 'Her' -> DEU" in criticism.rule


def test_recall_his_in_a_pair_is_the_first_of_the_pair(code_all):
    doc = code_all(
        "Putin met Erdogan on Monday. A federal grand jury indicted Erdogan and his business "
        "associate in October."
    )
    targets = {e.target_actor for e in doc.events if e.code == "173"}
    assert targets == {"TURGOV", "TURBUS"}, [e.rule for e in doc.events]
    assert not any("graph pronoun" in e.rule for e in doc.events if e.code == "173")


def test_recall_noun_events_in_what_is_feared(code_all):
    doc = code_all(
        "There are fears in Japan that Israeli strikes against Iran could provoke retaliation."
    )
    assert ("ISR", "190", "IRN") in dyads(doc), [e.rule for e in doc.events]


def test_recall_noun_events_in_a_relative_clause_stay_background(code_all):
    doc = code_all("Germany criticized the group that led the offensive against Ukraine.")
    assert not [e for e in doc.events if e.trigger_text == "offensive"], dyads(doc)
