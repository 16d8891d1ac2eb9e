"""Actors at country level on unseen articles (issues #9/#10, seventh round): people the book
does not know placed by their own description, company posts, "it" and a country that only
modifies a noun, a no-dateline article's home from its places, relations that are not the
person, the person the sentence before names as a pronoun's antecedent. Sentences are our own,
in wire and BBC phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger

from redline.actors import load_actors
from redline.events.arguments import places_country

pytestmark = pytest.mark.model


def test_unknown_leader_takes_the_country_of_his_apposition_not_the_dateline(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The State Department said on Monday it was following events in "
        "Spain closely. Puigdemont, the Catalan leader, said he would ask Madrid for talks.",
        published="2017-10-10",
    )
    [ask] = by_trigger(doc, "ask")
    assert ask.source_actor.startswith("ESP"), ask.rule
    assert "placed-by-apposition" in ask.rule


def test_unknown_person_by_surname_takes_the_home_of_his_full_name(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The party will resume funding the campaign of Roy Moore, an "
        "official said on Tuesday. Moore, 70, has denied the accusations.",
        published="2017-11-16",
    )
    [deny] = by_trigger(doc, "denied")
    assert deny.source_actor == "USA", deny.rule


def test_accusers_are_civilians_of_the_home_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Al Franken has apologized to his accusers and said he "
        "would cooperate with an ethics inquiry.",
        published="2017-11-20",
    )
    [apology] = by_trigger(doc, "apologized")
    assert apology.target_actor == "USACVL", apology.rule


def test_company_president_is_a_business_post():
    book = load_actors()
    assert book.lookup("the company's president").code == "---BUS"
    assert book.lookup("the union's chairman").code == "---LAB"
    found = book.lookup("president of Def Jam Recordings Inc")
    assert found.code == "---BUS" and "business post" in found.rule
    # a government's president stays one
    assert book.lookup("the French president").code == "FRAGOV"
    assert book.lookup("President").code == "---GOV"


def test_it_is_not_a_country_that_only_modifies_a_noun(code_all):
    doc = code_all(
        "Chinese President Xi Jinping will attend the Vietnam meeting next week. It will bring "
        "together leaders from 21 economies.",
        published="2017-11-05",
    )
    for event in doc.events:
        if event.source_text == "It":
            assert event.source_actor != "VNM", event.rule


def test_no_dateline_home_comes_from_the_places_named():
    class Place:
        type = "place"

        def __init__(self, text):
            self.text = text

    places = [Place("California"), Place("San Diego"), Place("Los Angeles")]
    assert places_country([], places) == "USA"
    assert places_country([], places[:2]) is None  # two places are not yet a home


def test_no_dateline_senator_is_placed_by_the_stories_places(code_all):
    doc = code_all(
        "Sirhan Sirhan was stabbed at a state prison in San Diego, California on Friday. "
        "Officials in California said he was in a stable condition. Senator Kennedy had "
        "criticised the plan in Los Angeles.",
        published="2019-09-03",
    )
    [criticism] = by_trigger(doc, "criticised")
    assert criticism.source_actor == "USALEG", criticism.rule


def test_a_friend_of_the_leader_is_not_the_leader(code_all):
    doc = code_all(
        "TV presenter Anne Robinson said Mr Howard had been kind to her. Ms Robinson, a friend "
        "of the Tory leader, also praised his wife.",
        published="2005-02-10",
    )
    [praise] = by_trigger(doc, "praised")
    assert praise.source_actor != "GBROPP", praise.rule


def test_pronoun_after_a_sentence_naming_one_person_is_that_person(code_text):
    doc = code_text(
        "Mike Nattrass said the EU benefited Germany. The documentary showed the tensions "
        "between Mr Kilroy-Silk and his fellow MEPs. He denied wanting to be leader until "
        "October.",
        published="2005-01-20",
    )
    he = next(m for m in doc.mentions if m.text == "He")
    assert "Kilroy" in (he.canonical or ""), he


def test_we_in_a_quote_is_the_speakers_side_never_the_last_country(code_all):
    doc = code_all(
        "Saudi-led jets struck the port of Hodeidah in Yemen on Sunday. The White House said in "
        'a statement: "We call upon the United Nations to investigate the strike."',
        published="2019-01-06",
    )
    for event in doc.events:
        if event.source_text == "We":
            assert event.source_actor in (None, "USAGOV"), event.rule
            assert event.source_actor != "YEM", event.rule


def test_first_person_outside_quotes_is_the_declared_author(code_all):
    doc = code_all(
        "The following statements were posted to the verified Twitter account of U.S. President "
        "Donald Trump. The opinions expressed are his own.\n\n"
        "I have met with more than 100 world leaders this year, and I thanked the Prime Minister "
        "of Japan for a wonderful visit.",
        published="2017-12-18",
    )
    met = [e for e in doc.events if e.source_text == "I"]
    assert met, [e.rule for e in doc.events]
    for event in met:
        assert event.source_actor == "USAGOV", event.rule
        assert "the document's author" in event.rule


def test_a_party_word_of_a_country_the_story_never_names_is_the_homes(code_all):
    doc = code_all(
        "LONDON (Reuters) - Talks on restoring power-sharing in Northern Ireland stalled on "
        "Tuesday. The Republican leader accused the unionists of blocking a deal.",
        published="2005-03-01",
    )
    [accusation] = by_trigger(doc, "accused")
    assert accusation.source_actor == "GBR", accusation.rule
    # in an American story the party stays American
    doc = code_all(
        "WASHINGTON (Reuters) - The Republican leader accused Democrats of blocking a deal on "
        "the budget on Tuesday.",
        published="2005-03-01",
    )
    [accusation] = by_trigger(doc, "accused")
    assert accusation.source_actor.startswith("USA"), accusation.rule


def test_an_unknown_company_is_placed_by_its_apposition(code_text):
    doc = code_text(
        "NEW YORK (Reuters) - Veselnitskaya represented Prevezon Holdings Ltd, a "
        "Russian-controlled company, which agreed to settle a U.S. government lawsuit accusing "
        "it of laundering money.",
        published="2017-11-10",
    )
    [company] = [m for m in doc.mentions if m.text.startswith("Prevezon")]
    assert company.actor == "RUSBUS" and "placed-by-apposition" in company.rule
    for event in doc.events:
        if event.target_text == "it":
            assert event.target_actor != "USA", event.rule  # the body named nearer, not the U.S.


def test_a_dateline_the_book_does_not_know_is_read_from_the_gazetteer():
    from redline.events.arguments import dateline_country

    book = load_actors()
    assert dateline_country("SAN FRANCISCO", book.lookup) == "USA"
    assert dateline_country("SACRAMENTO, Calif.", book.lookup) == "USA"
    assert dateline_country("KITCHANGA, Democratic Republic of Congo", book.lookup) == "COD"
    assert book.lookup("the pontiff").code == "VATGOV"


def test_a_decision_is_its_makers_even_when_the_book_does_not_know_them(code_all):
    doc = code_all(
        "SEATTLE (Reuters) - U.S. District Judge James Robart on Friday blocked the order. "
        "Refugee advocacy groups praised Robart's decision.",
        published="2017-02-04",
    )
    [praise] = by_trigger(doc, "praised")
    assert praise.target_actor and praise.target_actor.startswith("USA"), praise.rule
    assert "whose decision it is" in praise.rule


def test_the_party_title_after_the_full_name_is_that_person(code_text):
    doc = code_text(
        "Tory leader Michael Howard has gone on the offensive over asylum. Former Downing "
        "Street communications chief Alastair Campbell said he was wrong. The Tory leader "
        "brands such criticisms as rubbish, arguing that he has been consistent.",
    )
    role = next(m for m in doc.mentions if m.text == "The Tory leader")
    assert role.canonical == "Michael Howard", role
    he = [m for m in doc.mentions if m.text == "he"][-1]
    assert he.canonical == "Michael Howard", he


def test_an_untagged_surname_anywhere_is_the_person_named_in_full(code_text):
    doc = code_text(
        "Democratic U.S. Representative John Conyers resigned on Tuesday. \u201cWe have to "
        "recognize that somebody can be a great man,\u201d said Representative Pramila Jayapal. "
        "The House Ethics Committee opened an investigation last week. Conyers repeated his "
        "denial of harassment allegations in the radio interview.",
        published="2017-12-05",
    )
    his = next(m for m in doc.mentions if m.text == "his")
    assert his.canonical == "John Conyers", his


def test_an_apposition_places_an_unknown_person_over_the_home(code_all):
    doc = code_all(
        "Sirhan Sirhan was stabbed at a state prison in San Diego, California on Friday, "
        "officials in Los Angeles said. Sirhan, an ethnic Palestinian from Jordan, opposed "
        "Senator Kennedy's pro-Israel position.",
        published="2019-09-03",
    )
    [opposition] = by_trigger(doc, "opposed")
    assert opposition.source_actor == "PSE", opposition.rule
