"""issue #10 actors58: who is who in business news.

- a country's acronym after a company noun names the firm ("security firm RSA"), everywhere in
  the text, never the country;
- "the Geneva-based group": a body with no sector word is placed by its "-based" town;
- a generic office of a body the book does not know ("president of ClearView Economics") is no
  government's post;
- a former occupation gives the bare country (guideline §15.6), a former office the elite;
- book entries: Scott Pruitt as Oklahoma's attorney general, Larry King, Yahoo News, the World
  Travel and Tourism Council; "Miner Highland Gold" a firm; "the Cyber Security Division" no
  army's unit; "X is not an employee of RT" takes no post.

Sentences written for these tests in the style of news (invented people and firms)."""

from __future__ import annotations

import pytest

from redline.actors.book import firm_acronyms


def _code(book, phrase, date="2016-03-01"):
    match = book.lookup(phrase, date=date)
    return None if match is None else match.code


def test_a_country_acronym_after_a_company_noun_is_a_firm(book):
    assert _code(book, "security firm RSA") == "---BUS"
    assert _code(book, "the company UAE") is None or not _code(book, "the company UAE").startswith(
        "ARE"
    )
    assert _code(book, "RSA") == "ZAF"  # alone, the book still reads the country
    assert _code(book, "the RSA government") == "ZAFGOV"


def test_the_texts_firm_acronyms():
    text = (
        "Most shoppers fear card fraud, according to security firm RSA, which ran the survey. "
        "DRC, a mining company based in Perth, said. US officials and a group US lawmakers "
        "named were not told."
    )
    assert firm_acronyms(text) == {"RSA", "DRC"}
    assert firm_acronyms("The UAE and the RSA signed a deal.") == frozenset()


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Ken Mayland, president of ClearView Economics", "---BUS"),
        ("chief executive of Harbour Lane Capital", "---BUS"),
        ("the president of Colombia", "COLGOV"),
        ("head of the Federal Aviation Administration", "USAGOV"),
    ],
)
def test_a_generic_office_of_a_named_body(book, phrase, code):
    assert _code(book, phrase) == code


def test_an_office_of_an_unknown_body_is_no_government(book):
    assert _code(book, "vice president of Brightwater Analytics") == "---BUS"
    assert _code(book, "the president of the Harlow Sailing Club") != "---GOV"
    assert _code(book, "Dana Ruiz, director of Brightwater Analytics") == "---BUS"


def test_a_think_tanks_head(book):
    # guideline §12.8 / §22.1: a think tank is NGO
    assert _code(book, "Roberta Mills, head of the Ormond Policy Center") == "---NGO"
    assert _code(book, "president of the Institute for Strategic Studies") == "---NGO"
    assert _code(book, "head of the Lodge Trust") is None


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("a former NBC host", "USA"),
        ("a former Enron executive", "USA"),
        ("a former Goldman Sachs banker", "USA"),
        ("an NBC host", "USAMED"),
        ("former U.S. ambassador", "USAELI"),  # an office: the elite
        ("the former Enron", "USABUS"),  # no occupation word: the firm
    ],
)
def test_a_former_occupation_gives_the_bare_country(book, phrase, code):
    assert _code(book, phrase) == code


def test_book_entries(book):
    assert _code(book, "Scott Pruitt", "2016-05-01") == "USAJUD"
    assert _code(book, "Scott Pruitt", "2017-06-01") == "USAGOV"
    assert _code(book, "Larry King") == "USAMED"
    assert _code(book, "Ed Schultz", "2016-09-19") == "RUSMED"  # RT America's host then
    assert _code(book, "Ed Schultz", "2012-05-01") == "USAMED"
    assert _code(book, "Yahoo News") == "USAMED"
    assert _code(book, "Yahoo") == "USABUS"
    assert _code(book, "the World Travel and Tourism Council") == "NGOBUS"


def test_a_miner_before_a_firms_name_is_the_firm(book):
    assert _code(book, "Miner Highland Gold") == "---BUS"
    assert _code(book, "gold miner Polymetal") == "---BUS"
    assert _code(book, "coal miner John Hale") == "---LAB"
    assert _code(book, "striking miners") == "---LAB"


def test_a_named_civil_division_is_no_army(book):
    assert _code(book, "The Cyber Security Division") is None
    assert _code(book, "the 82nd Airborne Division") == "---MIL"
    assert _code(book, "a Russian tank division") == "RUSMIL"


def _entity(doc, name):
    from redline.actors.graph import entity_graph

    for entity in entity_graph(doc):
        if entity.canonical and name in entity.canonical:
            return entity
    raise AssertionError([e.canonical for e in entity_graph(doc)])


@pytest.mark.model
def test_the_firm_acronym_is_no_country_in_events_and_quotes(code_text):
    text = (
        "NEW YORK - Most Americans fear online fraud, according to security firm RSA, which "
        'carried out the poll. "People are scared," said RSA. RSA has a deal with internet '
        "provider AOL."
    )
    doc = code_text(text, published="2016-03-01")
    assert not any((e.actor or "").startswith("ZAF") for e in doc.entities)
    assert not any((q.actor or "").startswith("ZAF") for q in doc.quotes)
    codes = {(e.source_actor or "")[:3] for e in doc.events} | {
        (e.target_actor or "")[:3] for e in doc.events
    }
    assert "ZAF" not in codes, [(e.code, e.source_actor, e.target_actor) for e in doc.events]


@pytest.mark.model
def test_a_based_group_is_placed_by_its_town(code_text):
    doc = code_text(
        "The Geneva-based group criticised China on Tuesday over its treatment of lawyers.",
        published="2016-03-01",
    )
    critics = [e for e in doc.events if e.code.startswith("111")]
    assert critics and critics[0].source_actor == "CHE", [
        (e.code, e.source_actor, e.rule) for e in doc.events
    ]


@pytest.mark.model
def test_a_former_host_speaks_for_his_country_only(code_text):
    doc = code_text(
        '"The coverage was unfair," said Jane Doyle, a former NBC host.', published="2016-03-01"
    )
    assert [q.actor for q in doc.quotes] == ["USA"]


@pytest.mark.model
def test_a_post_denied_places_no_one(code_text):
    text = (
        "Mr. Kingsford, a talk-show host, has a show on RT. Mr. Kingsford is not an employee of "
        "RT, he said. Ed Marsh is an employee of RT."
    )
    doc = code_text(text, published="2016-09-19")
    assert not (_entity(doc, "Kingsford").actor or "").startswith("RUS")
    assert (_entity(doc, "Ed Marsh").actor or "").startswith("RUS")


@pytest.mark.model
def test_a_known_body_split_at_and_is_one_body(code_text):
    doc = code_text(
        '"Tourism is growing fast," said the World Travel and Tourism Council.',
        published="2016-03-01",
    )
    assert [q.actor for q in doc.quotes] == ["NGOBUS"]
    assert any(e.text.endswith("World Travel and Tourism Council") for e in doc.entities)


@pytest.mark.model
def test_a_person_from_a_firm(code_text):
    text = (
        "LONDON - British banks are losing money to card fraud, analysts said. "
        '"The cards are safe," said Mark Lee from Cardwise. "It is risky," said Jo Hart from '
        'Shell. "It is fine," said Ann Bell from Leeds.'
    )
    doc = code_text(text, published="2005-03-01")
    actors = {q.speaker: q.actor for q in doc.quotes if q.speaker}
    assert actors.get("Mark Lee") == "GBRBUS", actors
    assert actors.get("Jo Hart") == "GBRBUS", actors
    assert actors.get("Ann Bell") == "GBR", actors  # a town: where she is from


@pytest.mark.model
def test_former_staff_are_named_by_their_bodys_mention(code_text):
    doc = code_text(
        "Several former RT reporters have complained they were not given a free hand.",
        published="2016-09-19",
    )
    complaints = [e for e in doc.events if e.code.startswith("11")]
    assert complaints and complaints[0].source_actor == "RUS", [
        (e.code, e.source_actor, e.target_actor, e.rule) for e in doc.events
    ]
