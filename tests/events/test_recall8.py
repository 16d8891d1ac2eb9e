"""Recall, eighth round (issue #9 recall8): events whose sentence had no candidate at all, each
on a sentence written for the test in the style of wire news: feelings about what another
actor did, support named by its noun, and acts told from the side of whom they are aimed at."""

from __future__ import annotations

import pytest
from event_views import first_coded

pytestmark = pytest.mark.model


def test_recall8_pleased_that_another_actor_acted_is_praise(code_all):
    doc = code_all("The French president said he was pleased that Germany had agreed to the plan.")
    praise = first_coded(doc, "051")
    assert (praise.source_actor, praise.target_actor) == ("FRAGOV", "DEU"), praise.rule
    assert "[CLAUSE] (evaluative.yml)" in praise.rule


def test_recall8_happy_without_that_keeps_the_clause(code_all):
    doc = code_all("Zelenskiy said he was happy the European Union had opened accession talks.")
    praise = first_coded(doc, "051")
    assert praise.target_actor == "IGOEUREEC", praise.rule


def test_recall8_disappointed_that_is_disapproval(code_all):
    doc = code_all(
        "The Japanese prime minister said he was disappointed that Ukraine had rejected the offer."
    )
    assert first_coded(doc, "110").target_actor == "UKR"


def test_recall8_a_feeling_with_no_clause_is_no_event(code_all):
    doc = code_all("Putin said he was happy with the weather in Minsk.")
    assert not [e for e in doc.events if e.code in ("051", "012", "013")], [
        (e.code, e.rule) for e in doc.events
    ]


def test_recall8_endorsement_of_names_who_backs_whom(code_all):
    doc = code_all("Biden's endorsement of Starmer surprised many in London.")
    praise = first_coded(doc, "051")
    assert (praise.source_actor, praise.target_actor) == ("USAGOV", "GBRGOV"), praise.rule
    assert "(nominals.yml)" in praise.rule


def test_recall8_facing_an_investigation_by_swaps_the_sides(code_all):
    doc = code_all("Serbia is facing an investigation by the European Union over its elections.")
    probe = next(e for e in doc.events if e.code.startswith("09"))
    assert (probe.source_actor, probe.target_actor) == ("IGOEUREEC", "SRB"), probe.rule


def test_recall8_drew_criticism_from_is_criticism_by_that_actor(code_all):
    doc = code_all("Israel's decision drew sharp criticism from France on Tuesday.")
    criticism = first_coded(doc, "111")
    assert (criticism.source_actor, criticism.target_actor) == ("FRA", "ISR"), criticism.rule


def test_recall8_drawn_the_support_of_is_support_by_that_actor(code_all):
    doc = code_all("Kosovo's bid has drawn the support of Germany and France.")
    sources = {e.source_actor for e in doc.events if e.code == "051"}
    assert {"DEU", "FRA"} <= sources, [(e.source_actor, e.code, e.rule) for e in doc.events]


def test_recall8_a_ban_that_targets_people_from_countries_restricts_each(code_all):
    doc = code_all(
        "A U.S. appeals court said on Friday that President Donald Trump's travel ban should "
        "not be applied to people with strong U.S. ties. The ban targets people from Chad, "
        "Iran and Libya seeking to enter the United States."
    )
    reach = {(e.source_actor[:3], e.target_actor) for e in doc.events if e.code == "172"}
    assert {("USA", "TCD"), ("USA", "IRN")} <= reach, [
        (e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events
    ]
    # (nouns21: "Trump's travel ban" is also coded as the ban itself, with no one named under it)
    rule = next(e.rule for e in doc.events if e.code == "172" and e.target_actor)
    assert "(measure reach)" in rule and "named before with its maker" in rule


def test_recall8_sanctions_that_apply_to_someone_are_their_makers_sanctions(code_all):
    doc = code_all("The European Union's new sanctions apply to Belarus and its state airline.")
    sanction = first_coded(doc, "163")
    assert (sanction.source_actor, sanction.target_actor[:3]) == ("IGOEUREEC", "BLR"), sanction.rule


def test_recall8_a_measure_with_no_maker_named_is_no_event(code_all):
    doc = code_all("The ban covers people from Chad and Iran.")
    assert not [e for e in doc.events if e.code == "172"], [e.rule for e in doc.events]


def test_recall8_a_storm_that_hits_a_country_is_no_restriction(code_all):
    doc = code_all("The storm hit Japan on Sunday.")
    assert not [e for e in doc.events if e.code in ("172", "163")]


def test_recall8_ending_protected_status_for_a_country_restricts_it(code_all):
    doc = code_all(
        "The U.S. Homeland Security Department on Monday ended protected status for citizens "
        "of Chad, but extended the status for Malians through 2026."
    )
    ended, extended = first_coded(doc, "172"), first_coded(doc, "075")
    assert (ended.source_actor[:3], ended.target_actor[:3]) == ("USA", "TCD"), ended.rule
    assert extended.target_actor[:3] == "MLI", extended.rule


def test_recall8_in_talks_with_takes_the_subject_as_a_side(code_all):
    doc = code_all("Japan is in talks with Ukraine over new loans, the finance ministry said.")
    sides = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "046"}
    assert ("JPN", "UKR") in sides, [(e.source_actor, e.code, e.target_actor) for e in doc.events]
    rule = next(e.rule for e in doc.events if e.code == "046")
    assert "in talks:" in rule
