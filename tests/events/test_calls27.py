"""Calls, appeals and pleas named by the noun, and "called X Y" naming (issue #9, calls27;
sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _codes(doc, prefix: str) -> list:
    return [e for e in doc.events if e.code.startswith(prefix)]


# -- "called X Y" names, it is no phone call -----------------------------------------------------


def test_calls27_called_plural_ones_a_plural_name_is_no_phone_call(code_all):
    doc = code_all("The Polish senator called the gunmen cowards.")
    assert not [e for e in doc.events if e.code == "041"], seen(doc)


def test_calls27_called_rioters_criminals_is_no_phone_call(code_all):
    doc = code_all("The French interior minister called the rioters criminals.")
    assert not [e for e in doc.events if e.code == "041"], seen(doc)


def test_calls27_a_phone_call_to_a_named_leader_is_still_a_call(code_all):
    doc = code_all("Emmanuel Macron called Vladimir Putin on Tuesday.")
    assert [e.code for e in doc.events if e.code == "041"], seen(doc)


# -- appeals named by the noun -------------------------------------------------------------------


def _appeals(doc) -> list:
    return [(e.code, e.source_actor, e.target_actor) for e in doc.events if e.code[:2] == "02"]


def test_calls27_call_repeated_names_the_one_called_on_by_the_for_clause(code_all):
    doc = code_all("The European Union repeated its call for Iran to free the tanker crew.")
    assert ("020", "IGOEUREEC", "IRN") in _appeals(doc), seen(doc)


def test_calls27_call_from_a_capital_for_a_country_to_act(code_all):
    doc = code_all("Calls from Berlin for Russia to withdraw its troops grew louder on Monday.")
    assert ("020", "DEU", "RUS") in _appeals(doc), seen(doc)


def test_calls27_call_renewed_on_someone_to_act(code_all):
    doc = code_all("Germany renewed its call on Turkey to release the detained reporters.")
    assert [a for a in _appeals(doc) if a[1] == "DEU" and a[2] == "TUR"], seen(doc)


def test_calls27_a_call_for_a_thing_told_again_names_no_one_called_on(code_all):
    doc = code_all("Erdogan's call for a boycott of French goods drew criticism in Paris.")
    assert not [e for e in doc.events if e.code == "020"], seen(doc)


def test_calls27_a_phone_call_made_to_a_leader_is_no_appeal(code_all):
    doc = code_all("Donald Trump made a phone call to Xi Jinping on Friday.")
    assert not _appeals(doc), seen(doc)


def test_calls27_call_for_a_thing_renewed_is_an_appeal_to_no_one_named(code_all):
    doc = code_all("Angela Merkel on Tuesday renewed her call for a common European asylum system.")
    found = [e for e in doc.events if e.code[:2] == "02" and e.source_actor.startswith("DEU")]
    assert found and not found[0].target_actor, seen(doc)


def test_calls27_a_call_with_a_leader_stays_a_phone_call(code_all):
    doc = code_all("Angela Merkel's call with Vladimir Putin lasted an hour.")
    assert [e for e in doc.events if e.code == "041"] and not _appeals(doc), seen(doc)
