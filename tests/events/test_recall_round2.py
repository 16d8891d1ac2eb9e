"""Recall, second round (issue #9): wordings the lexicon lacked, and roles the text names without
a country placed in the article's main country when no dateline says where they are."""

from __future__ import annotations

import pytest
from event_views import dyads

from redline.events.arguments import main_country
from redline.model import check_offsets

pytestmark = pytest.mark.model


def test_contacted_is_a_consultation(code_all):
    doc = code_all("Israeli officials contacted the Egyptian government to ask for help.")
    assert check_offsets(doc) == []
    assert any(c == "040" and s and s.startswith("ISR") and t and t.startswith("EGY")
               for s, c, t in dyads(doc)), [e.rule for e in doc.events]  # fmt: skip


@pytest.mark.parametrize("verb", ["admonished", "reprimanded", "chided"])
def test_admonish_and_its_kin_are_criticism(code_all, verb):
    doc = code_all(f"On Wednesday, France {verb} Russia for its veto at the Security Council.")
    assert ("FRA", "111", "RUS") in dyads(doc), [e.rule for e in doc.events]


def test_asked_a_country_to_act_is_an_appeal_to_it(code_all):
    doc = code_all("Germany asked Poland to delay the vote on the judicial reform.")
    appeals = [e for e in doc.events if e.root_code == "02"]
    assert appeals and appeals[0].source_actor == "DEU" and appeals[0].target_actor == "POL", [
        e.rule for e in doc.events
    ]
    assert doc.text[appeals[0].trigger_start : appeals[0].trigger_end] == "asked"


def test_fired_an_official_is_an_administrative_sanction(code_all):
    doc = code_all("The Turkish president fired the country's chief prosecutor on Friday.")
    fired = [e for e in doc.events if e.code == "172"]
    assert fired and fired[0].source_actor.startswith("TUR"), [e.rule for e in doc.events]


def test_fired_a_missile_is_not_a_dismissal(code_all):
    doc = code_all("Iran fired a missile at the U.S. base in Iraq on Tuesday.")
    assert not [e for e in doc.events if e.code == "172"], [e.rule for e in doc.events]


def test_role_takes_the_articles_main_country_without_a_dateline(code_text):
    doc = code_text(
        "Germany's chancellor met French President Emmanuel Macron in Berlin on Monday. "
        "Germany and Berlin's allies want a deal before the summit in Germany. "
        "Lawmakers criticized Poland on Tuesday over the judicial reform.",
        published="2017-12-01",
    )
    criticism = [e for e in doc.events if e.root_code == "11"]
    assert criticism and criticism[0].source_actor == "DEULEG", [e.rule for e in doc.events]
    assert "main country" in criticism[0].rule


def test_main_country_needs_a_clear_majority():
    from redline.actors import ActorMatch

    def at(country):
        return (0, 1, ActorMatch(country, country, None, country, "country", "test"))

    assert main_country([at("USA"), at("USA"), at("USA"), at("RUS")]) == "USA"
    assert main_country([at("USA"), at("USA"), at("RUS"), at("RUS")]) is None  # no majority
    assert main_country([at("USA"), at("USA")]) is None  # too few mentions
    assert main_country([at("USA"), at("USA"), at("RUS"), at("CHN"), at("IRN")]) is None


def test_titled_politician_unknown_to_the_book_takes_country_and_sector(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Representative Jane Holloway denied the allegations on Monday "
        "and criticized Mexico over the border wall.",
        published="2017-12-01",
    )
    criticism = [e for e in doc.events if e.root_code == "11"]
    assert criticism and criticism[0].source_actor == "USALEG", [e.rule for e in doc.events]
    assert "title 'Representative'" in criticism[0].rule


def test_grand_jury_is_the_judiciary_of_the_articles_country(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - A federal grand jury indicted two Russian businessmen on Friday.",
        published="2017-12-01",
    )
    charges = [e for e in doc.events if e.code == "173"]
    assert charges and charges[0].source_actor == "USAJUD", [e.rule for e in doc.events]
    assert check_offsets(doc) == []


def test_title_without_a_country_stays_unresolved(code_all):
    doc = code_all("The senator criticized the decision in a speech.")
    placed = [e.source_actor for e in doc.events if e.source_actor and e.source_actor[:3] != "---"]
    assert placed == [], [e.rule for e in doc.events]


def test_upping_sanctions_is_imposing_them(code_all):
    doc = code_all("Japan was upping sanctions on Iran over its missile programme.")
    assert ("JPN", "163", "IRN") in dyads(doc), [e.rule for e in doc.events]


def test_conducting_a_nuclear_test_is_a_show_of_force(code_all):
    doc = code_all("Iran conducted its first nuclear bomb test on Sunday.")
    tests = [e for e in doc.events if e.code == "150"]
    assert tests and tests[0].source_actor == "IRN", [e.rule for e in doc.events]


def test_charged_by_prosecutors_is_a_legal_charge_else_an_accusation(code_all):
    legal = code_all("Polish prosecutors charged the German consul with spying for Russia.")
    assert [e.code for e in legal.events if e.trigger_text == "charged"] == ["173"], [
        e.rule for e in legal.events
    ]
    said = code_all("Germany charged Poland with hiding the report from the commission.")
    assert ("DEU", "112", "POL") in dyads(said), [e.rule for e in said.events]


def test_called_for_a_country_to_act_is_an_appeal_to_it(code_all):
    doc = code_all("Germany called for Poland to respect the ruling of the European court.")
    assert ("DEU", "020", "POL") in dyads(doc), [e.rule for e in doc.events]


def test_called_for_a_thing_keeps_the_appeal_without_a_target(code_all):
    doc = code_all("Egypt called for a vote on the draft resolution on Thursday.")
    appeals = [e for e in doc.events if e.code == "020"]
    assert appeals and appeals[0].source_actor == "EGY" and appeals[0].target_actor is None
    assert doc.text[appeals[0].target_start : appeals[0].target_end] == "a vote"


def test_called_for_a_country_to_act_is_no_phone_call(code_all):
    doc = code_all("Members of the U.S. Congress have called for China to do more on North Korea.")
    assert not [e for e in doc.events if e.code == "041"], [e.rule for e in doc.events]
    phoned = code_all("Germany called Poland on Tuesday to discuss the ruling.")
    assert any(e.code == "041" for e in phoned.events), [e.rule for e in phoned.events]


def test_discussed_something_with_someone_is_a_consultation(code_all):
    doc = code_all("Germany discussed the draft resolution with Poland on Friday.")
    consults = [e for e in doc.events if e.code == "040"]
    assert any(e.source_actor == "DEU" and e.target_actor == "POL" for e in consults), [
        e.rule for e in doc.events
    ]
    assert check_offsets(doc) == []
