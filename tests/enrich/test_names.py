"""Entities canonicalised within a document: one name and actor code per person/organisation."""

from __future__ import annotations

from dataclasses import replace

from redline.enrich import canonicalise_entities
from redline.enrich.names import person_name_words
from redline.model import Document, Entity, check_offsets


def entity(text: str, doc_text: str, label: str, nth: int = 0, **fields) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(text, start + 1)
    return Entity(start, start + len(text), text, label, **fields)


def test_names_titles_and_possessives_are_dropped():
    assert person_name_words("Mr. Putin's") == ["Putin"]
    assert person_name_words("President Vladimir Putin") == ["Vladimir", "Putin"]
    assert person_name_words("Prime Minister Keir Starmer") == ["Keir", "Starmer"]


def test_names_person_chain_shares_canonical_and_actor():
    text = (
        "Vladimir Putin met envoys on Monday. Mr. Putin said little. "
        "Later, the long-ruling Mr. Putin left, and Putin's aides stayed."
    )
    doc = Document(text=text)
    doc.entities = [
        entity("Vladimir Putin", text, "PERSON", actor="RUSGOV"),
        entity("Mr. Putin", text, "PERSON"),
        entity("Mr. Putin", text, "PERSON", nth=1),
        entity("Putin's", text, "PERSON"),
    ]
    doc = canonicalise_entities(doc)
    assert {e.canonical for e in doc.entities} == {"Vladimir Putin"}
    assert {e.actor for e in doc.entities} == {"RUSGOV"}
    assert check_offsets(doc) == []


def test_names_same_surname_joins_the_nearest_earlier_full_name():
    text = "Joe Biden spoke. Hunter Biden listened. Biden then left."
    doc = Document(text=text)
    doc.entities = [
        entity("Joe Biden", text, "PERSON"),
        entity("Hunter Biden", text, "PERSON"),
        entity("Biden", text, "PERSON", nth=2),
    ]
    doc = canonicalise_entities(doc)
    assert [e.canonical for e in doc.entities] == ["Joe Biden", "Hunter Biden", "Hunter Biden"]


def test_names_actor_canonical_wins_over_article_form():
    text = "Joseph R. Biden Jr. signed the bill. Biden smiled."
    doc = Document(text=text)
    doc.entities = [
        entity("Joseph R. Biden Jr.", text, "PERSON", canonical="Joe Biden", actor="USAELI"),
        entity("Biden", text, "PERSON", nth=1),
    ]
    doc = canonicalise_entities(doc)
    assert [e.canonical for e in doc.entities] == ["Joe Biden", "Joe Biden"]


def test_names_bracketed_acronym_and_nominal_join_the_organisation(parse):
    text = (
        "Leaders of the North Atlantic Treaty Organization (NATO) met in Vilnius. "
        "NATO said the 32-member alliance would grow. Officials said the alliance was united."
    )
    doc = canonicalise_entities(parse(text))
    orgs = [e for e in doc.entities if e.label == "ORG"]
    assert {e.canonical for e in orgs} == {"North Atlantic Treaty Organization"}
    texts = [e.text for e in orgs]
    assert "the 32-member alliance" in texts and "the alliance" in texts
    assert doc.entities == sorted(doc.entities, key=lambda e: (e.start, e.end))
    rules = {r["rule"] for r in doc.meta["entity_chains"]}
    assert {"org-bracketed-acronym", "org-nominal"} <= rules
    assert check_offsets(doc) == []


def test_names_acronym_by_initials_and_actor_copied():
    text = "The United Nations sent aid. The UN said more was coming."
    doc = Document(text=text)
    doc.entities = [
        entity("The United Nations", text, "ORG", actor="IGOUNO"),
        entity("UN", text, "ORG"),
    ]
    doc = canonicalise_entities(doc)
    assert [e.canonical for e in doc.entities] == ["United Nations", "United Nations"]
    assert doc.entities[1].actor == "IGOUNO"


def test_names_nominal_needs_exactly_one_fitting_organisation():
    text = "NATO and the Warsaw Pact Alliance met. The alliance said nothing."
    doc = Document(text=text)
    doc.entities = [
        entity("NATO", text, "ORG"),
        entity("the Warsaw Pact Alliance", text, "ORG"),
    ]
    doc = canonicalise_entities(doc)
    assert len(doc.entities) == 2  # two alliances fit: "The alliance" stays unlinked


def test_names_unrelated_entities_untouched():
    text = "Kenya and Reuters"
    doc = Document(text=text)
    gpe = Entity(0, 5, "Kenya", "GPE")
    doc.entities = [gpe, replace(gpe, start=10, end=17, text="Reuters", label="ORG")]
    doc = canonicalise_entities(doc)
    assert doc.entities[0] == gpe
    assert doc.entities[1].canonical == "Reuters"


def test_names_canonical_of_a_decomposed_name_is_composed():
    # the name is printed with combining acute accents (NFD); the text and spans stay as printed
    text = (
        "Jose\u0301 Rodri\u0301guez, the mayor, closed the bridge on Monday. "
        "Rodri\u0301guez said the work would take a year."
    )
    doc = Document(text=text)
    doc.entities = [
        entity("Jose\u0301 Rodri\u0301guez", text, "PERSON"),
        entity("Rodri\u0301guez", text, "PERSON", nth=1),
    ]
    doc = canonicalise_entities(doc)
    assert {e.canonical for e in doc.entities} == {"Jos\u00e9 Rodr\u00edguez"}
    assert doc.text == text
    assert [doc.text[e.start : e.end] for e in doc.entities] == [e.text for e in doc.entities]
    assert doc.entities[0].text == "Jose\u0301 Rodri\u0301guez"
    assert check_offsets(doc) == []
