"""Actors at country level, ninth round (issue #9): the right event with the wrong actor.
A company the actor book knows is its home country's business whatever the dateline, a
country's name inside a longer region name ("New South Wales", "British Columbia") names no
country, the police of an agentless arrest "in Istanbul" are the country of the place, and a
third person inside a quotation is not the one quoted. Sentences are our own, in wire phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger

pytestmark = pytest.mark.model


def test_a_known_company_is_its_home_business_not_the_datelines(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Deutsche Bank sued a Russian shipping tycoon on Tuesday over "
        "unpaid loans worth $200 million.",
        published="2017-10-10",
    )
    [sue] = by_trigger(doc, "sued")
    assert sue.source_actor == "DEUBUS", sue.rule


def test_a_company_in_a_foreign_dateline_keeps_its_country(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Qualcomm Inc signed agreements worth $12 billion with Xiaomi "
        "and two other Chinese handset makers on Thursday.",
        published="2017-11-09",
    )
    signed = by_trigger(doc, "signed")
    assert signed and signed[0].source_actor == "USABUS", [e.rule for e in signed]


def test_a_region_named_after_a_country_is_not_that_country(code_all):
    doc = code_all(
        "SYDNEY (Reuters) - The premier of New South Wales criticised the federal "
        "government on Monday over the cuts to hospital funding.",
        published="2017-06-05",
    )
    [criticise] = by_trigger(doc, "criticised")
    assert criticise.source_actor[:3] == "AUS", criticise.rule


def test_an_agentless_arrest_in_a_city_is_that_countrys_police(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - An employee of the U.S. consulate was detained in Istanbul "
        "last week, the embassy said.",
        published="2017-10-09",
    )
    [detain] = by_trigger(doc, "detained")
    assert detain.source_actor == "TURCOP", detain.rule
    assert "gazetteer" in detain.rule


def test_he_inside_a_quote_is_not_its_speaker(code_all):
    doc = code_all(
        "HONG KONG (Reuters) - Police Senior Superintendent Lee Hoi-kwan said at a news "
        "conference: \"The officers' lives were seriously threatened. To save his own and his "
        "colleagues' lives, he fired a live shot at the attacker.\"",
        published="2019-10-01",
    )
    fired = by_trigger(doc, "fired")
    assert all("kwan" not in (e.rule or "") for e in fired), [e.rule for e in fired]


def test_they_goes_on_with_the_plural_subject_before(code_all):
    doc = code_all(
        "BEIJING (Reuters) - U.S. business lobbies argue that their members are restricted in "
        "those industries while Chinese companies operate freely in the U.S. market. They have "
        "also criticized Beijing's industrial plan.",
        published="2017-11-09",
    )
    [criticize] = by_trigger(doc, "criticized")
    assert criticize.source_actor == "USABUS", criticize.rule
    assert "plural subject before" in criticize.rule


def test_its_in_a_clause_is_the_clause_subjects(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Moscow has denied any meddling. The House Ethics Committee "
        "said on Friday it had widened its investigation of the congressman.",
        published="2017-11-21",
    )
    events = [e for e in doc.events if e.trigger_text == "investigation"]
    assert events and all(e.source_actor[:3] == "USA" for e in events), [e.rule for e in events]


def test_a_legislatures_committees_and_the_gop_are_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Democrats say that five congressional committees have looked "
        "into the uranium sale. The bill was hailed by GOP colleagues as a bold effort.",
        published="2017-11-14",
    )
    [hail] = by_trigger(doc, "hailed")
    assert hail.source_actor == "USALEG", hail.rule
    looked = by_trigger(doc, "looked")
    assert looked and looked[0].source_actor == "USALEG", [e.rule for e in looked]


def test_a_summit_attended_is_its_bodys_not_the_host_citys(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Trump will attend the Asia-Pacific Economic Cooperation summit "
        "in Danang, Vietnam, next week.",
        published="2017-11-03",
    )
    [attend] = by_trigger(doc, "attend")
    assert attend.target_actor == "IGOAPEC", attend.rule


def test_a_region_with_an_including_list_is_each_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The call comes as U.S. President Donald Trump sets off on a "
        "trip to Asia - including China, South Korea and Japan - looking for help.",
        published="2017-11-03",
    )
    targets = {e.target_actor for e in by_trigger(doc, "sets")}
    assert {"CHN", "KOR"} <= targets, targets


def test_unnamed_critics_have_no_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Critics have decried the reorganization of the State "
        "Department. Kremlin critics accused Putin of fraud.",
        published="2017-11-28",
    )
    [decry] = by_trigger(doc, "decried")
    assert decry.source_actor in (None, "---OPP"), decry.rule
    [accuse] = by_trigger(doc, "accused")
    assert accuse.source_actor == "RUSOPP", accuse.rule
