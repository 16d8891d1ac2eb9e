"""issue #9 judge30: judgements said about another actor with no judging word of their own:
what unnamed critics are reported to say ("critics say the bill tramples ..."), a name given
in an apposition ("called the plan a fiasco"), and concern voiced about what another does.
Sentences written for the tests in wire style."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _critics(doc):
    return [e for e in doc.events if "critics:" in (e.rule or "")]


def test_critics_say_is_criticism_of_the_clause_subject(code_all):
    doc = code_all(
        "Critics say the Chinese government's crackdown is meant to silence dissent in Hong Kong."
    )
    found = _critics(doc)
    assert [(e.code, e.source_actor, e.target_actor[:3]) for e in found] == [
        ("111", None, "CHN")
    ], [(e.code, e.rule) for e in doc.events]


def test_critics_say_an_act_named_after_a_clause_aims_at_its_subject(code_all):
    doc = code_all(
        "The Federal Communications Commission voted on Thursday to scrap the rules, a move "
        "critics say will let internet providers slow some websites."
    )
    found = _critics(doc)
    assert found and found[0].target_actor == "USAGOV", [(e.code, e.rule) for e in doc.events]
    assert found[0].source_actor is None


def test_critics_of_someone_say_aims_at_whom_they_criticise(code_all):
    doc = code_all("Critics of President Erdogan say he has hollowed out the country's courts.")
    found = _critics(doc)
    assert found and found[0].target_actor.startswith("TUR"), [(e.rule) for e in doc.events]


def test_one_critic_or_supporters_saying_is_not_read_as_critics(code_all):
    doc = code_all(
        "A critic of the plan, Senator Ben Cardin said the Russian government had not done "
        "enough. Supporters say the Russian government has done its part."
    )
    assert _critics(doc) == []


def test_critics_saying_nothing_about_anyone_named_is_not_coded(code_all):
    doc = code_all("Critics say there is no evidence that the scheme works.")
    assert _critics(doc) == []
