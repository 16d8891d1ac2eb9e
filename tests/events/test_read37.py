"""Wrong kinds found by read37 (issue #9, session 28) on general news the coder was never tuned
on (sport, arts, technology): a person the book knows matched by surname under another given
name ("Florian Mueller" taken for Robert Mueller), sport's bodies and positions read as sectors
("the Rugby Football Union" a labour union, "Premier League clubs" a premier, a "striker" a
labour striker, "gale force winds" the military), a side that beats another in a game or for a
prize coded as an assault. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model


def _sides(doc, trigger: str) -> list[tuple]:
    return [(e.source_actor, e.target_actor) for e in by_trigger(doc, trigger)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Florian Mueller, a campaigner against software patents, dismissed the company's "
            "pledge as a publicity stunt.",
            "dismissed",
        ),
        (
            "Florian Mueller runs a small lobby group in Munich. Mueller dismissed the "
            "company's pledge as a publicity stunt.",
            "dismissed",
        ),
        ("The actor Errol Flynn criticised the studio over his contract in 1952.", "criticised"),
    ],
)
def test_a_surname_under_another_given_name_is_not_the_books_person(code_all, text, trigger):
    doc = code_all(text)
    sources = {s for s, _ in _sides(doc, trigger)}
    assert sources and not sources & {"USAELI", "USAJUD", "USACOP", "USAGOV"}, events(doc)


def test_the_books_person_by_surname_alone_is_still_the_books(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Robert Mueller questioned the former campaign chairman on "
        "Tuesday. Mueller criticized the White House on Friday.",
        published="2018-03-01",
    )
    assert ("USAJUD", "USAGOV") in _sides(doc, "criticized"), events(doc)


def test_kin_under_another_given_name_is_of_the_persons_country(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Trump showed Xi a video of his granddaughter Arabella Kushner "
        "singing in Mandarin, prompting Xi to compliment her performance.",
        published="2017-11-08",
    )
    assert ("CHNGOV", "USA") in _sides(doc, "compliment"), events(doc)


@pytest.mark.parametrize(
    "text, trigger, wrong",
    [
        (
            "The Rugby Football Union will investigate the England coach over his remarks.",
            "investigate",
            "LAB",
        ),
        (
            "The Welsh Rugby Union criticised the referee after the defeat in Paris.",
            "criticised",
            "LAB",
        ),
        (
            "The FA chairman criticised the Premier League clubs over ticket prices.",
            "criticised",
            "GOV",
        ),
        (
            "Manchester City striker Nicolas Anelka criticised the club's chairman on Sunday.",
            "criticised",
            "LAB",
        ),
    ],
)
def test_sports_bodies_and_positions_are_no_sector(code_all, text, trigger, wrong):
    doc = code_all(text)
    found = _sides(doc, trigger)
    assert found, events(doc)
    assert not any(wrong in (a or "")[3:] + (b or "")[3:] for a, b in found), events(doc)


def test_labour_strikers_keep_their_sector(book):
    assert book.lookup("the strikers").code == "---LAB"
    assert book.lookup("a hunger striker").code == "---LAB"
    assert book.lookup("Arsenal striker Thierry Henry") is None


@pytest.mark.parametrize("phrase", ["gale force winds", "gale-force winds", "storm-force winds"])
def test_the_weathers_force_is_no_military(book, phrase):
    assert book.lookup(phrase) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ireland beat the champions France 21-18 in Dublin on Saturday.",
        "Leeds thrashed the defending champions 4-0 at Elland Road.",
        "The first-time novelist beat the favourite, a veteran of the shortlist, in London.",
        "Scotland hammered Italy 38-6 at Murrayfield to end a run of defeats.",
    ],
)
def test_a_side_that_beats_another_in_a_game_assaults_no_one(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code[:2] in ("18", "19")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Police beat the protesters with batons outside the parliament on Sunday.",
        "Soldiers beat 12 villagers in the town, residents told reporters.",
    ],
)
def test_an_assault_is_still_an_assault(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "182"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The 18-year-old, who beat the American in the opening singles, sealed the Davis Cup.",
        "Their only other title came two years ago in Valencia, when they beat Australia.",
        "The comedy's second series beat two rivals to the best sitcom award on Tuesday.",
    ],
)
def test_a_sentence_that_tells_a_contest_has_no_beating(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "182"], events(doc)


def test_a_rival_held_off_is_no_arrest(code_all):
    doc = code_all("The Briton ran a superb final leg, holding off the American to win gold.")
    assert not [e for e in doc.events if e.root_code == "17"], events(doc)


def test_a_player_who_pulls_out_of_a_tournament_withdraws_from_no_place(code_all):
    doc = code_all("The Spaniard pulled out of the Australian Open with a wrist injury.")
    assert not [e for e in doc.events if e.code == "0874"], events(doc)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The Australian will meet the Frenchman in the first round of the Open.", False),
        ("Spain meet Italy in the quarter-final in Lisbon on Thursday.", False),
        ("The foreign ministers will meet in the first round of talks in Vienna.", True),
    ],
)
def test_players_who_meet_in_a_round_play_each_other(code_all, text, kept):
    doc = code_all(text)
    meetings = [e for e in doc.events if e.trigger_text == "meet" and e.root_code in ("03", "04")]
    assert bool(meetings) == kept, events(doc)


def test_a_virus_that_kills_is_no_ones_attack(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Chinese officials confirmed it has infected over 200 people, mostly "
        "in Wuhan, and killed three people."
    )
    assert not [e for e in doc.events if e.root_code in ("18", "19")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "US singer Robert Hale collaborated with guitarist Jerry Dunn on the band's first album.",
        "The actress frequently worked with director Sam Lowe, starring in five of his films.",
    ],
)
def test_artists_who_collaborate_make_art_not_cooperation(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.root_code in ("05", "06")], events(doc)


def test_a_company_agreeing_to_a_buyout_concedes_nothing(code_all):
    doc = code_all("Last week the telecoms firm agreed to a takeover by its larger rival.")
    assert not [e for e in doc.events if e.code == "083"], events(doc)


def test_a_fall_blamed_on_costs_accuses_no_one(code_all):
    doc = code_all("The bank blamed the drop in its profits on rising costs and weak demand.")
    assert not [e for e in doc.events if e.code == "112"], events(doc)


def test_a_fall_blamed_on_an_actor_still_accuses_it(code_all):
    doc = code_all("The government blamed the bombing on the rebels.")
    assert ("---GOV", "---REB") in _sides(doc, "blamed"), events(doc)


@pytest.mark.parametrize(
    "phrase, code",
    [
        # read50h: "supplier" is a BUS role now, and the lookup reads it as "fuel trader China
        # Aviation Oil" (---BUS, the country starting an unknown firm's name is not taken): still
        # no warplane, the point here
        ("jet fuel supplier China Aviation Oil", "---BUS"),
        ("a passenger jet", None),
        ("Chinese fighter jets", "CHNMIL"),
    ],
)
def test_a_jet_that_is_fuel_or_an_airliner_is_no_warplane(book, phrase, code):
    found = book.lookup(phrase)
    assert (found.code if found is not None else None) == code


@pytest.mark.parametrize(
    "text",
    [
        "A blaze attacked the old mill in Bradford overnight, fire crews said.",
        "A wildfire destroyed 150 homes in the canyon on Sunday.",
    ],
)
def test_a_blaze_or_a_storm_is_no_ones_force(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.root_code in ("17", "18", "19")], events(doc)


def test_a_gun_s_fire_still_attacks(code_all):
    doc = code_all("Israeli fire hit a school in Gaza on Tuesday, killing two children.")
    assert [e for e in doc.events if e.root_code == "19"], events(doc)


def test_a_player_who_threatens_a_record_threatens_no_one(code_all):
    doc = code_all("The 19-year-old threatened the league's scoring record with two more goals.")
    assert not [e for e in doc.events if e.root_code == "13"], events(doc)
