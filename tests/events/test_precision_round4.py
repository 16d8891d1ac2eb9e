"""Fourth round, actors and senses (issue #9 precision, #10 actors): wrong actors and wrong
senses found reading whole articles, each fixed by a general rule; sentences written for the
tests in news phrasing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def events(doc):
    return [(e.source_actor, e.code, e.target_actor) for e in doc.events]


def test_a_person_called_is_a_phone_call_not_a_name(code_all):
    # the small parser reads the one called as the name given (oprd)
    doc = code_all(
        "French President Emmanuel Macron called German Chancellor Angela Merkel on "
        "Wednesday to discuss the fighting in Libya."
    )
    found = [e for e in doc.events if e.code.startswith("04")]
    assert found and found[0].source_actor[:3] == "FRA" and found[0].target_actor[:3] == "DEU"
    assert "oprd-called" in found[0].rule


def test_naming_still_names(code_all):
    doc = code_all("The opposition leader called the budget a disgrace on Monday.")
    assert not [e for e in doc.events if e.code.startswith("04")], events(doc)


def test_an_english_county_police_force_is_british(code_all):
    doc = code_all(
        "U.S. officials in Washington said on Monday that the diplomat's wife had left the "
        "country. The State Department declined to comment. Bedfordshire police arrested two "
        "men on Tuesday after the crash, the U.S. embassy said."
    )
    police = [e for e in doc.events if e.source_text and "police" in e.source_text]
    assert police and police[0].source_actor == "GBRCOP", [(e.source_actor, e.rule) for e in police]
    assert "place 'Bedfordshire'" in police[0].rule


def test_a_region_police_force_takes_the_region_country(code_all):
    doc = code_all("Ontario police arrested two men on Tuesday, U.S. officials in Washington said.")
    assert any(e.source_actor == "CANCOP" for e in doc.events), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon justified the air strike on the convoy as an act of self-defence.",
        "The ministry defended its decision to close the border on Friday.",
        "The villagers said they had come to defend their land from the loggers.",
    ],
)
def test_defending_ones_own_act_or_a_right_is_no_verbal_defence(code_all, text):
    assert not [e for e in code_all(text).events if e.code == "052"], events(code_all(text))


def test_defending_anothers_decision_is_still_a_defence(code_all):
    doc = code_all("The foreign minister defended the government's decision to expel the envoys.")
    assert [e for e in doc.events if e.code == "052"], events(doc)


def test_vowing_to_kill_a_bill_is_no_threat_to_kill(code_all):
    doc = code_all("Opposition lawmakers vowed to kill the spending bill in the upper house.")
    assert not [e for e in doc.events if e.code.startswith("138")], events(doc)
    doc = code_all("The militants vowed to kill the captured soldiers.")
    assert [e for e in doc.events if e.code.startswith("138")], events(doc)


def test_a_union_leader_is_labour_and_a_relative_clause_names_no_target(code_all):
    doc = code_all(
        "Chancellor Gordon Brown has criticised a union leader who said a rift between him "
        "and Tony Blair was hurting the government."
    )
    crit = [e for e in doc.events if e.code == "111"]
    assert crit and crit[0].target_actor and crit[0].target_actor.endswith("LAB"), events(doc)


def test_a_company_spokesman_is_business(code_all):
    doc = code_all("A company spokesman criticised the regulator in Ottawa on Monday.")
    assert any((e.source_actor or "").endswith("BUS") for e in doc.events), events(doc)


def test_a_negated_generic_meeting_is_no_event(code_all):
    doc = code_all(
        "The minister said the adviser was never at meetings between the president and the "
        "prime minister, so he could not judge."
    )
    assert not [e for e in doc.events if e.code.startswith("04")], events(doc)
    doc = code_all("The president held meetings with the prime minister in Berlin on Monday.")
    assert [e for e in doc.events if e.code.startswith("04")], events(doc)
