"""Codings last round's readers saw wrong on unseen pages, fixed by phrasing (issue #9
leftovers55). The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO - A senior executive of a Japanese bank was arrested on charges of fraud on Monday.",
        "TOKYO - Police arrested the head of a Japanese trading house on bribery charges.",
        "MADRID - Spanish police detained a Basque mayor on charges of extortion.",
    ],
)
def test_an_arrest_on_charges_is_one_event(code_text, text):
    """The charges are the ground of the arrest: one 173, the arrest's, not a second from the
    courts for "charges"."""
    doc = code_text(text)
    arrests = [e for e in doc.events if e.code == "173"]
    assert len(arrests) == 1, seen(doc)
    assert arrests[0].trigger_text in ("arrested", "detained"), seen(doc)


def test_charges_faced_are_still_their_own_event(code_text):
    doc = code_text("TOKYO - A senior executive of a Japanese bank faces charges of fraud.")
    assert [e.source_actor for e in by_trigger(doc, "charges") if e.code == "173"] == ["JPNJUD"], (
        seen(doc)
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police said a man was arrested in Tokyo on Tuesday after a knife attack.", "JPNCOP"),
        ("SEOUL - Police said a man was arrested in Osaka after a knife attack.", "JPNCOP"),
        ("The journalist was arrested in Niger last week.", "NERCOP"),
        ("Japanese police said a man was arrested on Tuesday after a knife attack.", "JPNCOP"),
        ("Indian prosecutors said the businessman was charged with fraud.", "INDJUD"),
    ],
)
def test_the_place_of_an_arrest_is_not_who_arrests(code_text, text, source):
    """An agentless arrest is the police's: of the place's country, or the police who tell of
    it by their country's name; never the place itself as a country."""
    doc = code_text(text)
    events = [e for e in doc.events if e.code == "173"]
    assert [e.source_actor for e in events] == [source], seen(doc)


def test_arrests_in_several_places_are_each_place_s(code_text):
    doc = code_text("Several suspects had been arrested in Argentina, Bulgaria and Canada.")
    sources = {e.source_actor[:3] for e in doc.events if e.code == "173"}
    assert sources == {"ARG", "BGR", "CAN"}, seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Iran and the European Union on the nuclear programme are expected to take"
        " months.",
        "The talks between Israel and the Palestinians could last weeks, officials said.",
        "Negotiations between Britain and the EU will be difficult, the minister warned.",
        "Talks between China and Japan are likely to drag on for months.",
    ],
)
def test_a_forecast_of_a_meeting_s_length_is_no_meeting(code_text, text):
    doc = code_text(text)
    assert not [e for e in doc.events if e.code.startswith("04")], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Israel and the Palestinians lasted three hours on Monday.",
        "Talks between Greece and Germany took two days.",
    ],
)
def test_talks_that_lasted_were_held(code_text, text):
    doc = code_text(text)
    assert [e for e in doc.events if e.code == "046"], seen(doc)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Three French tourists were killed in Israeli shelling of the Gaza Strip.", "ISR", "FRA"),
        ("Five Argentine tourists were killed in Israeli shelling on Tuesday.", "ISR", "ARG"),
        ("Two Polish journalists were killed in Russian shelling of Kharkiv.", "RUS", "POL"),
    ],
)
def test_the_nationality_of_the_shelling_is_the_attacker(code_text, text, source, target):
    doc = code_text(text)
    killed = by_trigger(doc, "killed")
    assert killed, seen(doc)
    assert (killed[0].source_actor, (killed[0].target_actor or "")[:3]) == (source, target), seen(
        doc
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The French politician was shot dead by a loner in Paris.", "shot"),
        ("A British student was shot dead by a gunman in Chicago on Sunday.", "shot"),
        ("CHICAGO - A gunman killed three shoppers at a mall on Saturday.", "killed"),
        ("The opposition leader was shot dead by an unknown assailant in Moscow.", "shot"),
    ],
)
def test_an_unnamed_lone_attacker_is_of_no_country(code_text, text, trigger):
    """Guideline §24.2 / §28.8: an attack by a gunman or a loner the text gives no country is an
    assault (18x) from no country; not the place of the act, nor the dateline's."""
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    assert events[0].code.startswith("18"), seen(doc)
    assert (events[0].source_actor or "---").startswith("---"), seen(doc)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A French gunman killed three people in Brussels.", "FRAUAF"),
        ("Three soldiers were killed by a suicide bomber from Syria.", "SYRUAF"),
    ],
)
def test_an_attacker_whose_country_is_told_keeps_it(code_text, text, source):
    doc = code_text(text)
    assert [e.source_actor for e in by_trigger(doc, "killed")] == [source], seen(doc)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Frankfurt-based bank criticised the Italian government.", "DEUBUS"),
        ("LONDON - The chief executive of the Lyon-based carmaker criticised Renault.", "FRABUS"),
    ],
)
def test_a_body_based_in_a_town_is_of_its_country(code_text, text, source):
    doc = code_text(text)
    assert [e.source_actor for e in doc.events if e.code == "111"] == [source], seen(doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Greenpeace lodged a complaint with the European Commission against Shell.", "GBRBUS"),
        ("Unions complained to the European Commission about Ryanair.", "IRLBUS"),
        (
            "The pilot filed a complaint with the aviation regulator over Delta Airlines.",
            "USABUS",
        ),
    ],
)
def test_a_complaint_to_a_body_is_aimed_at_whom_it_is_about(code_text, text, target):
    doc = code_text(text)
    assert [e.target_actor for e in doc.events if e.code == "114"] == [target], seen(doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("China lodged a protest with Japan over the visit.", "JPN"),
        ("China lodged a protest with the Japanese embassy over Taiwan.", "JPNGOV"),
        ("China protested to the United States over Taiwan.", "USA"),
    ],
)
def test_a_diplomatic_protest_is_aimed_at_the_country_told(code_text, text, target):
    doc = code_text(text)
    assert [e.target_actor for e in doc.events if e.code == "114"] == [target], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WARSAW - EU ministers failed to adopt a draft law on software patents. Polish officials"
        " have criticised the legislation.",
        "BRUSSELS - The EU law on data protection came into force on Friday. Irish firms"
        " criticised the legislation.",
        "The European Union's draft directive on software patents was not adopted by EU"
        " ministers. Poland has criticised the legislation.",
    ],
)
def test_a_law_the_eu_was_named_making_is_the_eu_s(code_text, text):
    doc = code_text(text)
    assert [e.target_actor for e in doc.events if e.code == "111"] == ["IGOEUREEC"], seen(doc)


def test_a_law_with_no_maker_named_is_still_the_home_legislature_s(code_text):
    doc = code_text("WARSAW - Polish officials have criticised the legislation.")
    assert [e.target_actor for e in doc.events if e.code == "111"] == ["POLLEG"], seen(doc)
