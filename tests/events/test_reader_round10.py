"""Tenth round of whole articles read (issue #9, helper "precision9"): wrong events a user saw on
unseen BBC and Wikinews articles and in the false positives of the docgold check3 and train3
splits, each fixed by a general rule; the sentences are our own, in news phrasing. The word
senses (a majority held, control of a chamber taken, freed to act, campaigning for an office,
quarrels, questions ignored) are examples in ``senses.yml``, run by
``test_senses_modality.py``."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def test_a_maxim_about_any_government_is_no_demand(code_all):
    doc = code_all(
        "Argentina's president said a government that is present must protect its citizens."
    )
    assert not [e for e in doc.events if e.trigger_text == "protect"], events(doc)
    # a named actor told what it must do stays a demand
    doc = code_all("Argentina's president said the government must protect its citizens.")
    assert [e.code for e in doc.events if e.trigger_text == "protect"] == ["1034"], events(doc)


def test_one_person_pleased_with_herself_is_no_praise(code_all):
    doc = code_all("Emily Spanton, a Canadian tourist, said she is glad that she did her part.")
    assert not [e for e in doc.events if e.code.startswith("05")], events(doc)
    doc = code_all("Emily Spanton, a Canadian tourist, said she is glad that Canada helped her.")
    assert [e for e in doc.events if e.code == "051"], events(doc)


def test_a_politician_quarrelling_with_officials_is_criticism_not_a_clash(code_all):
    doc = code_all("Italy's interior minister has often clashed with officials in Brussels.")
    clashed = [e for e in doc.events if e.trigger_text == "clashed"]
    assert clashed and {e.code for e in clashed} == {"111"}, events(doc)
    assert all("sense: 'clash ... official'" in e.rule for e in clashed)


def test_an_assault_on_governments_by_a_party_is_criticism(code_all):
    doc = code_all(
        "Governor Smith called the tax plan an assault on local governments by Republicans in "
        "Washington."
    )
    assert not [e for e in doc.events if e.root_code == "19"], events(doc)


def test_talks_that_are_only_an_opportunity_are_hypothetical(code_all):
    doc = code_all(
        "The defence secretary said there could be an opportunity for talks between North Korea "
        "and the United States if Pyongyang stopped testing missiles."
    )
    talks = [e for e in doc.events if e.trigger_text == "talks"]
    assert talks and all(e.conditional for e in talks), events(doc)
    assert "possibility: 'opportunity for'" in talks[0].rule
    doc = code_all("Talks between North Korea and the United States resumed on Monday.")
    talks = [e for e in doc.events if e.trigger_text == "Talks"]
    assert talks and not any(e.conditional for e in talks), events(doc)


def test_we_in_a_speakers_own_quote_is_her_side_not_herself(code_all):
    doc = code_all(
        "U.S. Representative Pramila Jayapal spoke to reporters on Sunday. “We have to recognize "
        "and be able to hold two ideas at once, that a leader can do great things and still do "
        "harm,” said Jayapal."
    )
    assert [e for e in doc.events if e.trigger_text == "recognize"], events(doc)


def test_campaigning_for_a_candidate_before_an_election_stays_support(code_all):
    doc = code_all(
        "President Donald Trump will campaign for Senator Lindsey Graham before the election in "
        "November."
    )
    assert [e for e in doc.events if e.trigger_text == "campaign"], events(doc)


def test_support_expressed_is_endorsement_and_support_pledged_a_promise(code_all):
    doc = code_all(
        "Several Democratic senators have expressed support for Germany's tough approach."
    )
    assert [e.code for e in doc.events if e.trigger_text == "expressed"] == ["051"], events(doc)
    doc = code_all("France pledged support for Ukraine on Monday.")
    assert [e.code for e in doc.events if e.trigger_text == "pledged"] == ["032"], events(doc)


def test_wanting_someone_to_run_for_re_election_stays_an_appeal(code_all):
    doc = code_all(
        "President Donald Trump said he wants Senator Lindsey Graham to run for re-election."
    )
    assert [e.code for e in doc.events if e.trigger_text == "run"] == ["020"], events(doc)
