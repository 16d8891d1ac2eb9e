"""Persons the actor book does not know (issues #9 item 6 and #10, persons26): the text's own
evidence places them before the dateline does: a nationality told in a description the name is
the apposition of, a party word, a relative the book knows, the body they lead. Sentences
written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_a_nationality_told_before_the_name_in_apposition(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Guatemalan opposition candidate, Marta Quiroa Lenz, accused "
        "the electoral court of fraud. Quiroa Lenz also criticized the army on Tuesday.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert (criticized.source_actor or "")[:3] == "GTM", dyads(doc)
    assert "nationality-it-names" in criticized.rule


def test_a_noun_with_no_nationality_does_not_place_the_name(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The opposition candidate, Marta Quiroa Lenz, accused the "
        "electoral court of fraud. Quiroa Lenz also criticized the army on Tuesday.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert "nationality-it-names" not in criticized.rule, dyads(doc)


def test_a_party_in_apposition_beats_a_foreign_dateline(code_all):
    doc = code_all(
        "LONDON (Reuters) - Dale Hoskins, a Republican, criticized Japan for its trade policy.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USA", dyads(doc)
    assert "party-apposition" in criticized.rule


def test_a_party_and_office_in_apposition_give_country_and_sector(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Gareth Pym, a Labour MP, criticized Japan for its whaling.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "GBRLEG", dyads(doc)


def test_a_party_word_opening_another_name_places_no_one(code_all):
    doc = code_all(
        "LONDON (Reuters) - Dale Hoskins, a Republican Guard veteran, criticized Japan on Monday.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert "party" not in criticized.rule, dyads(doc)


def test_a_relative_of_a_known_person_takes_that_country(code_all):
    doc = code_all(
        "BEIJING (Reuters) - U.S. President Donald Trump arrived on Wednesday with his wife. "
        "Melania Trump praised China for its hospitality at a state dinner.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert praised.source_actor == "USA", dyads(doc)
    assert "household" in praised.rule


def test_a_shared_surname_without_kin_words_is_no_household(code_all):
    doc = code_all(
        "BEIJING (Reuters) - U.S. President Donald Trump arrived on Wednesday. Melania Trump "
        "praised China for its hospitality at a state dinner.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert "household" not in praised.rule, dyads(doc)


def test_a_delegation_leader_is_of_the_delegation_not_the_host(code_all):
    doc = code_all(
        "SEOUL (Reuters) - A U.S. congressional delegation led by Senator Tom Hargrove visited "
        "the border on Monday. Hargrove praised South Korea for its restraint.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert praised.source_actor == "USALEG", dyads(doc)
    assert praised.target_actor == "KOR", dyads(doc)


def test_a_visiting_delegation_keeps_its_leaders_office(code_all):
    doc = code_all(
        "TOKYO (Reuters) - A Chinese delegation led by Vice Minister Li Wenhua arrived on "
        "Monday. Li praised Japan for its restraint.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert praised.source_actor == "CHNGOV", dyads(doc)


def test_a_placement_that_agrees_with_the_dateline_is_left_to_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Dale Hoskins, a Republican, criticized Japan for its trade policy.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USA", dyads(doc)
    assert "party-apposition" not in criticized.rule


def test_a_member_of_a_visiting_delegation_is_of_the_delegation(code_all):
    doc = code_all(
        "SEOUL (Reuters) - Members of a U.S. congressional delegation, including Senator Tom "
        "Hargrove, toured the border on Monday. Hargrove praised South Korea for its restraint.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert praised.source_actor == "USALEG", dyads(doc)


def test_a_known_surname_before_a_relatives_full_name_stays_the_known_person(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Trump’s wife Melania toured a school on Friday. Melania Trump "
        "praised China for its hospitality.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert praised.source_actor == "USA", dyads(doc)
    assert "Donald Trump" not in praised.rule


def test_a_known_persons_relative_is_of_the_country_with_no_office(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Trump’s wife toured a school on Friday and praised China for its "
        "hospitality.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert praised.source_actor == "USA", dyads(doc)


def test_a_known_persons_own_phrase_is_still_the_person(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Trump’s aides toured a school on Friday. Trump praised China for "
        "its hospitality.",
        published="2017-11-20",
    )
    praised = first_triggered(doc, "praised")
    assert praised.source_actor == "USAGOV", dyads(doc)
