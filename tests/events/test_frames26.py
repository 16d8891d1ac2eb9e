"""Frames, issue #9 frames26: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger_start as _at
from event_views import seen

pytestmark = pytest.mark.model


def _pairs(events):
    return [(e.code, e.source_actor, e.target_actor) for e in events]


# -- calls on someone to step down, told by the noun --------------------------------------------


def test_frames26_calls_defied_to_step_down_appeal_to_whoever_defies_them(code_all):
    doc = code_all("Olaf Scholz defied calls from Polish lawmakers to step down.")
    assert _pairs(_at(doc, "calls")) == [("0241", "POLLEG", "DEUGOV")], seen(doc)


def test_frames26_calls_by_someone_hung_on_the_verb_still_name_the_callers(code_all):
    # the parser hangs both "by ..." and "to step down" on "defied"
    doc = code_all("Olaf Scholz also defied calls by Polish lawmakers to step down.")
    assert _pairs(_at(doc, "calls")) == [("0241", "POLLEG", "DEUGOV")], seen(doc)


def test_frames26_calls_to_do_anything_else_are_no_call_to_step_down(code_all):
    doc = code_all("Olaf Scholz ignored calls from Polish lawmakers to comment on the budget.")
    assert not [e for e in doc.events if e.code == "0241"], seen(doc)


# -- ethics investigations of a lawmaker ---------------------------------------------------------


def test_frames26_ethics_investigation_cooperated_with_investigates_the_cooperator(code_all):
    doc = code_all(
        "Olaf Scholz apologized for his behavior and said he would cooperate with a Bundestag "
        "Ethics Committee investigation."
    )
    found = [e for e in doc.events if e.code == "091"]
    assert [(e.source_actor[:3], e.target_actor) for e in found] == [("DEU", "DEUGOV")], seen(doc)


def test_frames26_other_committee_investigations_are_not_read_as_ethics_probes(code_all):
    doc = code_all(
        "Olaf Scholz said he would cooperate with the Bundestag intelligence committee "
        "investigation."
    )
    assert not [e for e in doc.events if e.code == "091"], seen(doc)


def test_frames26_ethics_investigation_with_no_investigator_named_is_the_legislature(code_all):
    doc = code_all("BERLIN (Reuters) - Olaf Scholz could face an ethics investigation if he wins.")
    found = [e for e in doc.events if e.code == "091"]
    assert _pairs(found) == [("091", "DEULEG", "DEUGOV")], seen(doc)


def test_frames26_the_subject_of_an_ethics_investigation_is_investigated(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Olaf Scholz, who is the subject of an ethics investigation in the "
        "Bundestag, denied the allegations on Monday."
    )
    found = [e for e in doc.events if e.code == "091"]
    assert [(e.source_actor, e.target_actor) for e in found] == [("DEULEG", "DEUGOV")], seen(doc)


# -- records sought, negotiations sought, hopes -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Polish prosecutors requested additional documents to support the claims.", "requested"),
        ("Olaf Scholz is seeking more details about the costs of the plan.", "seeking"),
        ("The Polish government wants to request data on the border crossings.", "request"),
    ],
)
def test_frames26_records_sought_demand_information(code_all, text, trigger):
    doc = code_all(text)
    assert [e.code for e in _at(doc, trigger)] == ["101"], seen(doc)


def test_frames26_seeking_negotiations_with_someone_is_intent_to_meet_them(code_all):
    doc = code_all("Olaf Scholz is seeking negotiations with Poland over the border dispute.")
    assert _pairs(_at(doc, "seeking")) == [("036", "DEUGOV", "POL")], seen(doc)


def test_frames26_hoping_another_will_act_appeals_to_them(code_all):
    doc = code_all("Olaf Scholz said he hoped the Polish government would reconsider the plan.")
    assert _pairs(_at(doc, "hoped")) == [("020", "DEUGOV", "POLGOV")], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz said he hoped the talks would succeed.",
        "Olaf Scholz hopes others will join Poland in backing the plan.",
    ],
)
def test_frames26_hoping_for_an_outcome_asks_no_one(code_all, text):
    doc = code_all(text)
    assert not _at(doc, "hope"), seen(doc)


def test_frames26_a_proposal_sent_to_someone_appeals_to_them(code_all):
    doc = code_all(
        "Olaf Scholz last week sent a proposal to the Polish government to cap gas prices."
    )
    assert _pairs(_at(doc, "sent")) == [("020", "DEUGOV", "POLGOV")], seen(doc)
