"""Recall, fifteenth round (issue #9 recall15): frames that failed on whole articles, each on a
sentence written for the test in the style of wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def test_recall15_judging_an_actors_request_judges_that_actor(code_all):
    doc = code_all(
        "PARIS (Reuters) - German Foreign Minister Heiko Maas asked a French court on Monday to "
        "delay the hearing. The court denied his request on Tuesday."
    )
    owned = [e for e in doc.events if "owner of the object" in (e.rule or "")]
    assert [(e.code[:2], *country_pair(e)) for e in owned] == [("12", "FRA", "DEU")], seen(doc)


def test_recall15_ones_own_request_names_no_other_owner(code_all):
    doc = code_all(
        "PARIS (Reuters) - French President Emmanuel Macron withdrew his own request on Tuesday."
    )
    assert not [e for e in doc.events if "owner of the object" in (e.rule or "")], seen(doc)


def test_recall15_calling_for_an_actor_to_act_appeals_to_it(code_all):
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Angela Merkel called for Turkey to release the "
        "detained journalists on Friday."
    )
    called = [e for e in doc.events if e.trigger_text == "called" and e.root_code == "02"]
    assert [country_pair(e) for e in called] == [("DEU", "TUR")], seen(doc)


def test_recall15_calling_for_an_actor_in_a_marked_clause_appeals_to_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. Senator Mark Warner called for Congress to make clear to "
        "the president that firing the special counsel would have consequences."
    )
    called = [e for e in doc.events if e.trigger_text == "called" and e.root_code == "02"]
    assert [e.target_actor for e in called] == ["USALEG"], seen(doc)


def test_recall15_calling_for_a_thing_still_names_no_actor_from_a_clause(code_all):
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Angela Merkel called for calm on Friday, saying "
        "she wanted talks to resume."
    )
    called = [e for e in doc.events if "call+for" in (e.rule or "")]
    assert all((e.target_actor or "")[:3] != "TUR" for e in called), seen(doc)


def test_recall15_telling_a_legislature_is_testimony(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Defense Secretary Jim Mattis told the Senate Armed Services "
        "Committee on Tuesday that the troops would stay in Syria."
    )
    told = [e for e in doc.events if "tell|inform|brief+congress" in (e.rule or "")]
    assert [(e.code, *country_pair(e)) for e in told] == [("040", "USA", "USA")], seen(doc)
    assert all(e.target_actor == "USALEG" for e in told), seen(doc)


def test_recall15_telling_reporters_is_no_testimony(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Defense Secretary Jim Mattis told reporters on Tuesday that the "
        "troops would stay in Syria."
    )
    assert not [e for e in doc.events if "tell|inform|brief+congress" in (e.rule or "")], seen(doc)


def test_recall15_a_contact_across_borders_told_in_the_background_is_an_event(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Former national security adviser Michael Flynn pleaded guilty on "
        "Friday to lying to the FBI about his contacts with the Russian ambassador."
    )
    met = [e for e in doc.events if "contact+with" in (e.rule or "")]
    assert [country_pair(e)[1] for e in met] == ["RUS"], seen(doc)


def test_recall15_a_contact_at_home_told_in_the_background_stays_background(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Former national security adviser Michael Flynn pleaded guilty on "
        "Friday to lying to the FBI about his contacts with the White House chief of staff."
    )
    assert not [e for e in doc.events if "contact+with" in (e.rule or "")], seen(doc)


def test_recall15_angering_someone_is_their_disapproval_of_the_one_who_angered(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japan angered China with its decision to buy the islands, officials "
        "said on Monday."
    )
    angered = [e for e in doc.events if "anger|infuriate" in (e.rule or "")]
    assert [(e.code, *country_pair(e)) for e in angered] == [("111", "CHN", "JPN")], seen(doc)


def test_recall15_offering_a_diplomatic_opening_is_an_offer_to_talk(code_all):
    doc = code_all(
        "SEOUL (Reuters) - South Korean President Moon offered a diplomatic opening to "
        "Pyongyang on Tuesday."
    )
    offered = [e for e in doc.events if "diplomatic opening" in (e.rule or "")]
    assert [(e.code, *country_pair(e)) for e in offered] == [("036", "KOR", "PRK")], seen(doc)


def test_recall15_acting_under_pressure_from_someone_is_their_pressure(code_all):
    doc = code_all(
        "BERLIN (Reuters) - The Greek finance minister resigned under pressure from German "
        "Chancellor Angela Merkel on Friday."
    )
    pressed = [e for e in doc.events if "under pressure" in (e.rule or "")]
    assert [(e.code, *country_pair(e)) for e in pressed] == [("100", "DEU", "GRC")], seen(doc)


def test_recall15_pressure_with_no_one_under_it_is_not_a_noun_event(code_all):
    doc = code_all("BEIJING (Reuters) - Pressure from China on North Korea is growing.")
    assert not [e for e in doc.events if "(nominals.yml)" in (e.rule or "")], seen(doc)


def test_recall15_lobbying_with_no_one_lobbied_named_is_aimed_at_the_legislature(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - The government dropped the tax change after intense lobbying by "
        "mining companies."
    )
    lobbied = [e for e in doc.events if "lobbying" in (e.rule or "")]
    assert [e.target_actor for e in lobbied] == ["CANLEG"], seen(doc)
