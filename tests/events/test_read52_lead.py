"""Business news read unseen (issue #9, lead's read52): what someone is threatened *with*
names the threat and its target, and the condition set with it ("if it fails to respond") is no
force threatened; an offer of supplies, or of access to a country's resources, is an intent to
cooperate economically with the one offered it. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import coded_at_any_confidence, country_pair, events, offsets_hold

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        ("Washington has threatened Caracas with new sanctions.", "1312", ("USA", "VEN")),
        ("Britain threatened Argentina with force over the islands.", "138", ("GBR", "ARG")),
        (
            "Seoul's creditors have threatened Pyongyang with penalties if it fails to repay"
            " its debts.",
            "130",
            ("KOR", "PRK"),
        ),
    ],
)
def test_what_one_is_threatened_with_names_the_threat(code_text, text, code, pair):
    doc = coded_at_any_confidence(code_text, text)
    threats = [e for e in doc.events if e.trigger_text == "threatened"]
    assert any(e.code == code and country_pair(e) == pair for e in threats), events(doc)
    offsets_hold(doc)


def test_a_condition_is_no_force_threatened(code_text):
    doc = coded_at_any_confidence(
        code_text, "The president threatened Iran if it refused to respond to the inspectors."
    )
    threats = [e for e in doc.events if e.trigger_text == "threatened"]
    assert threats, events(doc)
    assert all(e.code != "138" for e in threats), events(doc)


def test_a_threat_of_war_in_a_clause_is_still_read(code_text):
    doc = coded_at_any_confidence(
        code_text, "Moscow warned that it would retaliate if NATO troops entered Ukraine."
    )
    assert any(e.code == "138" for e in doc.events), events(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Venezuelan president has offered Beijing access to the country's oil reserves.",
            ("VEN", "CHN"),
        ),
        ("Russia has agreed to sell natural gas to China for thirty years.", ("RUS", "CHN")),
        ("Algeria has offered to supply 100,000 barrels of crude a day to Spain.", ("DZA", "ESP")),
    ],
)
def test_an_offer_of_supplies_or_access_is_economic_cooperation(code_text, text, pair):
    doc = code_text(text)
    assert any(e.code == "0311" and country_pair(e) == pair for e in doc.events), events(doc)
    offsets_hold(doc)


def test_an_act_needed_is_not_yet_done(code_text):
    doc = coded_at_any_confidence(
        code_text, "The airline needs its creditors' backing for the rescue plan to survive."
    )
    backing = [e for e in doc.events if e.trigger_text == "backing"]
    assert backing, events(doc)
    assert all(e.conditional for e in backing), events(doc)


def test_forecasts_too_optimistic_are_no_optimism(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "The auditors said that the finance minister's forecasts for tax revenues were too"
        " optimistic.",
    )
    assert all(e.code != "013" for e in doc.events), events(doc)


def test_a_firm_the_tagger_misreads_is_the_it_of_what_it_says(code_text):
    doc = code_text(
        "Kenyan retail bank Absa has said it is still in talks with UK bank Barclays over the"
        " sale of a majority stake."
    )
    talks = [e for e in doc.events if e.trigger_text == "talks"]
    assert any(country_pair(e) == ("KEN", "GBR") for e in talks), events(doc)
    offsets_hold(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "If the agreement Lenovo signed with IBM on 8 December goes through, it will mark"
            " the end of an era.",
            ("CHN", "USA"),
        ),
        (
            "Analysts doubt the accord Tehran signed with Moscow last week will survive.",
            ("IRN", "RUS"),
        ),
    ],
)
def test_a_relative_clause_without_a_relative_word_has_its_noun_as_object(code_text, text, pair):
    doc = coded_at_any_confidence(code_text, text)
    signed = [e for e in doc.events if e.trigger_text == "signed"]
    assert any(e.code == "057" and country_pair(e) == pair for e in signed), events(doc)
    offsets_hold(doc)


def test_a_british_charity_campaigning_abroad_is_no_country(code_text):
    doc = code_text(
        "The WTO is to end its textile quotas. Christian Aid condemned the move, saying it would"
        " see almost a million jobs in Bangladesh alone being axed."
    )
    condemned = [e for e in doc.events if e.trigger_text == "condemned"]
    assert any(e.source_actor == "NGO" for e in condemned), events(doc)
    offsets_hold(doc)


def test_a_country_surrounded_by_another_is_no_blockade(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "In the landlocked country surrounded by South Africa, thousands of textile workers"
        " could lose their jobs.",
    )
    assert all(e.code != "191" for e in doc.events), events(doc)


def test_troops_surrounding_a_compound_still_besiege_it(code_text):
    doc = coded_at_any_confidence(code_text, "Israeli troops surrounded the compound in Ramallah.")
    assert any(e.code == "191" for e in doc.events), events(doc)


def test_pressure_from_rivals_is_no_demand(code_text):
    doc = coded_at_any_confidence(
        code_text, "The airline is facing increased pressure from rivals such as low-cost carriers."
    )
    assert all(e.code != "100" for e in doc.events), events(doc)
    doc = coded_at_any_confidence(
        code_text, "China is facing increased pressure from Washington over its currency."
    )
    assert any(e.code == "100" for e in doc.events), events(doc)


def test_each_place_joined_holds_its_own_arrested(code_text):
    doc = code_text(
        "A US prosecutor said several people had been arrested in Argentina, Bulgaria, Canada"
        " and Poland."
    )
    arrests = [e for e in doc.events if e.code == "173"]
    assert {country_pair(e) for e in arrests} >= {("BGR", "BGR"), ("CAN", "CAN")}, events(doc)
    assert all(country_pair(e)[0] == country_pair(e)[1] for e in arrests), events(doc)
    offsets_hold(doc)
