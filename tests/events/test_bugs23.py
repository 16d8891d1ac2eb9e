"""Wrong outputs read on unseen BBC politics and business articles (issues #9 and #10, helper
bugs23), fixed for the phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model

DAY = "2005-03-01"
HOME = "Tony Blair met union leaders in Downing Street on Monday. "


def test_a_government_office_owned_by_the_government_takes_the_home_country(code_all):
    doc = code_all(
        HOME + "Gordon Brown said taxes would not rise. The government's spokesman said "
        "the strike was unjustified. The prime minister's official spokesman said the talks "
        "had gone well.",
        DAY,
    )
    actors = {q.speaker_text: q.actor for q in doc.quotes}
    assert actors.get("The government's spokesman") == "GBRGOV", doc.quotes
    assert actors.get("The prime minister's official spokesman") == "GBRGOV", doc.quotes


def test_a_firms_officer_is_not_placed_by_the_home_country(code_all):
    doc = code_all(HOME + "Gordon Brown said taxes would not rise. The firm's chief said "
                   "profits had doubled.", DAY)  # fmt: skip
    actors = {q.speaker_text: q.actor for q in doc.quotes}
    assert actors.get("The firm's chief") == "---BUS", doc.quotes


@pytest.mark.parametrize(
    "text",
    [
        HOME + "Alan Mercer, MP for Bolton West, accused ministers of ignoring the north.",
        HOME + "Jane Oakes, the Labour MP for Wantage, criticised the Prime Minister over fees.",
    ],
)
def test_an_mp_for_a_constituency_is_a_home_legislator(code_all, text):
    doc = code_all(text, DAY)
    found = by_trigger(doc, "accused") + by_trigger(doc, "criticised")
    assert [e.source_actor for e in found] == ["GBRLEG"], events(doc)


def test_a_constituency_is_no_actor_of_its_own(code_all):
    doc = code_all(HOME + "Alan Mercer, MP for Bolton West, accused ministers of ignoring the "
                   "north. Mr Mercer later attacked the Tories.", DAY)  # fmt: skip
    sources = [e.source_actor for e in doc.events if e.source_text and "Mercer" in e.source_text]
    assert sources and all(s == "GBRLEG" for s in sources), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        HOME + "The Refugee Council criticised the Home Office over the asylum figures.",
        HOME + "The Children's Society condemned the plans to lock up young asylum seekers.",
    ],
)
def test_a_charity_named_for_those_it_speaks_for_is_an_ngo(code_all, text):
    doc = code_all(text, DAY)
    found = by_trigger(doc, "criticised") + by_trigger(doc, "condemned")
    assert [e.source_actor[3:] for e in found] == ["NGO"], events(doc)


def test_a_charitys_chief_executive_is_the_charity(code_all):
    doc = code_all(HOME + "Refugee Council chief executive Mary Cole said the plans were "
                   "dangerous.", DAY)  # fmt: skip
    assert [q.actor[3:] for q in doc.quotes] == ["NGO"], doc.quotes


def test_refugees_stay_refugees(code_all):
    doc = code_all(HOME + "The Home Office deported 40 refugees to Kosovo.", DAY)
    assert [e.target_actor for e in doc.events if e.code.startswith("174")] in ([], ["GBRREF"])


def test_the_leader_of_a_party_named_by_its_acronym_is_the_party(code_all):
    doc = code_all(
        HOME + "The British National Party held a rally in Burnley. Tom Ward, the leader of "
        "the BNP, attacked the government. BNP chairman Ed Lane criticised the police. "
        "Police later arrested Mr Ward.",
        DAY,
    )
    by_text = {e.source_text: e.source_actor for e in doc.events if e.source_text}
    assert by_text.get("Tom Ward") == "GBRPTY", events(doc)
    assert by_text.get("BNP chairman Ed Lane") == "GBRPTY", events(doc)
    assert [e.target_actor for e in by_trigger(doc, "arrested")] == ["GBRPTY"], events(doc)


def test_a_firm_named_with_an_ampersand_is_one_actor(code_all):
    doc = code_all(HOME + "Accountancy firm Ernst & Young urged the chancellor to cut taxes.", DAY)
    urged = by_trigger(doc, "urged")
    assert len(urged) == 1 and urged[0].source_text.endswith("Ernst & Young"), events(doc)
    assert urged[0].source_actor.endswith("BUS"), events(doc)


def test_two_firms_joined_by_and_stay_two(code_all):
    # firms51: Sainsbury's is in the firm table now, GBRBUS as Tesco, and two conjuncts of one
    # actor make one event; a firm the book does not know keeps the two apart
    doc = code_all(HOME + "Tesco and Wm Morrison criticised the chancellor's plan.", DAY)
    assert len(by_trigger(doc, "criticised")) == 2, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina's energy crisis forced Chile to ration gas supplies on Tuesday.",
        "Japan's economic slump forced Toyota to cut its output.",
    ],
)
def test_a_countrys_condition_is_not_the_country_acting(code_all, text):
    doc = code_all(text)
    forced = by_trigger(doc, "forced")
    assert forced and forced[0].source_actor is None, events(doc)


def test_the_countrys_government_still_acts(code_all):
    doc = code_all("Argentina's government forced Chile to ration gas supplies on Tuesday.")
    forced = by_trigger(doc, "forced")
    assert forced and forced[0].source_actor == "ARGGOV", events(doc)


@pytest.mark.parametrize(
    "text",
    [
        '"Did the EU impose sanctions on Iran?" asked one MP.',
        "Has the army shelled the village again?\n\nThe talks resume on Monday.",
    ],
)
def test_a_question_is_no_assertion(code_all, text):
    doc = code_all(text)
    asserted = [e for e in doc.events if e.code[:2] in ("16", "19") and not e.conditional]
    assert not asserted, events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (HOME + "The shadow foreign minister accused the Foreign Office of incompetence.",
         "accused"),
        (HOME + "The shadow culture secretary attacked ministers over the casino plans.",
         "attacked"),
        (HOME + "Shadow trade secretary Anne Pryce condemned the government's handling of the "
         "crisis.", "condemned"),
    ],
)  # fmt: skip
def test_a_shadow_minister_is_the_opposition(code_all, text, trigger):
    doc = code_all(text, DAY)
    found = by_trigger(doc, trigger)
    assert found and found[0].source_actor[3:] == "OPP", events(doc)
    assert found[0].target_actor[3:] == "GOV", events(doc)


def test_an_mp_for_a_constituency_quoted_later_is_still_a_home_legislator(code_all):
    doc = code_all(
        HOME + "Gordon Brown said taxes would rise. Alan Mercer, MP for Wantage, said the "
        "plans were wrong. He added that the party had lost its way. Police arrested him on "
        "Friday.",
        DAY,
    )
    assert [q.actor for q in doc.quotes if "Brown" not in (q.speaker_text or "")] == [
        "GBRLEG",
        "GBRLEG",
    ], doc.quotes
    assert [e.target_actor for e in by_trigger(doc, "arrested")] == ["GBRLEG"], events(doc)


def test_the_governments_plans_in_a_short_westminster_story_are_the_home_government(code_all):
    doc = code_all(
        "Shadow health secretary Kay Forbes said the government's plans were 'a fiasco'.\n\n"
        "Ministers in London have defended the UK scheme.",
        DAY,
    )
    judged = [e for e in doc.events if e.code == "111"]
    assert judged and judged[0].target_actor == "GBRGOV", events(doc)
