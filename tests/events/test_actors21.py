"""Actors, twenty-first round (issues #9/#10 actors21): people and firms the actor book does not
know, placed by what the story itself says of them, everywhere in the article. A name's own
title after "and" in a pair ("... and Australian Foreign Minister Julie Bishop"), a pageant title
("a former Miss Finland"), the post a person became ("became U.S. ambassador"), a bare title
the story gave a country just before ("two Turkish businessmen ... businessmen Ekim Yilmaz");
"the reclusive state's leader" is the leader of the country told before; "officials from both
countries" are each country's; a few people and firms of the 2017 wire the book now knows.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads

pytestmark = pytest.mark.model


def _by_trigger(doc, trigger: str) -> set[tuple[str, str]]:
    return {
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
        for e in doc.events
        if e.trigger_text == trigger
    }


def _entity_actor(doc, name: str) -> str | None:
    for m in doc.mentions:
        if m.text == name:
            return m.actor
    return None


def test_a_title_after_and_places_the_second_name(code_all):
    doc = code_all(
        "CANBERRA (Reuters) - The plan was discussed with U.S. Secretary of State Rex Tillerson "
        "and Australian Foreign Minister Julie Bishop on Monday. Bishop praised Tillerson for "
        "his work on the sanctions.",
        published="2017-11-06",
    )
    assert _entity_actor(doc, "Julie Bishop") == "AUSGOV", doc.mentions
    assert ("AUS", "USA") in _by_trigger(doc, "praised"), dyads(doc)


def test_the_pair_under_one_title_is_two_targets(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Japanese Foreign Minister Taro Kono said he had discussed the "
        "plan with U.S. Secretary of State Rex Tillerson and Australian Foreign Minister Julie "
        "Bishop in Manila.",
        published="2017-11-06",
    )
    assert {("JPN", "USA"), ("JPN", "AUS")} <= _by_trigger(doc, "discussed"), dyads(doc)


def test_a_pageant_title_names_her_country(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Anna Virtanen, a former Miss Finland, accused the organisers of "
        "the contest of ignoring her complaints.",
        published="2017-11-06",
    )
    assert ("FIN", "") in _by_trigger(doc, "accused") or any(
        (s or "").startswith("FIN") for s, _, _ in dyads(doc)
    ), dyads(doc)


def test_the_post_a_person_became_places_them(code_all):
    doc = code_all(
        "ROME (Reuters) - Jane Holloway, a former congressional aide, on Friday became U.S. "
        "ambassador to the Vatican. Holloway presented her credentials to Pope Francis.",
        published="2017-12-22",
    )
    assert ("USA", "VAT") in _by_trigger(doc, "presented"), dyads(doc)


def test_someone_elses_post_does_not_place_them(code_all):
    doc = code_all(
        "ROME (Reuters) - Jane Holloway became Trump's lawyer last year. Holloway criticized "
        "the Italian government on Monday.",
        published="2017-12-22",
    )
    assert ("USA", "ITA") not in _by_trigger(doc, "criticized"), dyads(doc)


def test_a_bare_title_takes_the_country_told_just_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former adviser pitched a contract to two Turkish businessmen "
        "last year. He met businessmen Ekim Yilmaz and Baran Kaya over lunch in New York. "
        "Yilmaz criticized the adviser on Monday.",
        published="2017-12-15",
    )
    assert _entity_actor(doc, "Ekim Yilmaz") == "TURBUS", doc.mentions
    assert {s for s, _ in _by_trigger(doc, "criticized")} == {"TUR"}, dyads(doc)


def test_a_bare_title_with_two_countries_told_is_not_guessed(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A Turkish businessman and an American businessman were "
        "questioned on Monday. Prosecutors charged businessman Ekim Yilmaz with fraud.",
        published="2017-12-15",
    )
    assert _entity_actor(doc, "Ekim Yilmaz") is None, doc.mentions


def test_the_reclusive_states_leader_is_the_country_told_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Tensions between Washington and Pyongyang have risen sharply "
        "this year. The reclusive state's leader threatened the United States on Friday.",
        published="2017-11-06",
    )
    assert ("PRK", "USA") in _by_trigger(doc, "threatened"), dyads(doc)


def test_the_possessor_is_not_the_verbs_other_actor(code_all):
    doc = code_all(
        "SEOUL (Reuters) - North Korea fired another ballistic missile on Friday. South Korea "
        "condemned the reclusive state's leader for the launch.",
        published="2017-11-06",
    )
    assert ("KOR", "PRK") in _by_trigger(doc, "condemned"), dyads(doc)


def test_the_reclusive_state_as_subject(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Tensions between Washington and Pyongyang have risen sharply "
        "this year. The reclusive state threatened the United States on Friday.",
        published="2017-11-06",
    )
    assert ("PRK", "USA") in _by_trigger(doc, "threatened"), dyads(doc)


def test_a_bare_state_is_not_a_country_told_before(code_all):
    doc = code_all(
        "AUSTIN, Texas (Reuters) - Mexico's foreign minister visited Texas on Monday. The "
        "state's governor criticized the plan.",
        published="2017-11-06",
    )
    assert "MEX" not in {s for s, _ in _by_trigger(doc, "criticized")}, dyads(doc)


def test_officials_from_both_countries_are_each_countrys(code_all):
    doc = code_all(
        "DHAKA (Reuters) - Bangladesh and Myanmar signed a deal on Thursday on the return of "
        "refugees. Officials from both countries began talks last month on how to handle the "
        "returns.",
        published="2017-11-23",
    )
    assert {("BGD", "MMR"), ("MMR", "BGD")} <= _by_trigger(doc, "began"), dyads(doc)


def test_the_book_knows_gulen_and_kaspersky(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Turkey's president accuses Gulen of instigating the failed "
        "coup. Gulen has denied any role in the coup. Kaspersky has denied any wrongdoing.",
        published="2017-10-20",
    )
    sources = {e.source_actor for e in doc.events if e.trigger_text == "denied"}
    assert {"TUR", "RUSBUS"} <= sources, dyads(doc)
