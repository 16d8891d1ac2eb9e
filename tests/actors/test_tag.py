"""The pipeline stage that puts actor codes on named entities."""

from __future__ import annotations

from redline.actors import tag_entity_actors
from redline.model import Document, Entity, check_offsets


def _entity(text: str, phrase: str, label: str) -> Entity:
    start = text.index(phrase)
    return Entity(start, start + len(phrase), phrase, label)


def test_tag_entity_actors_sets_actor_and_canonical():
    text = "Putin met Ukrainian envoys in Moscow on Tuesday, the Kremlin said."
    doc = Document(text=text, published="2024-09-13")
    doc.entities = [
        _entity(text, "Putin", "PERSON"),
        _entity(text, "Ukrainian", "NORP"),
        _entity(text, "Moscow", "GPE"),
        _entity(text, "Tuesday", "DATE"),
        _entity(text, "Kremlin", "ORG"),
    ]
    doc = tag_entity_actors(doc)
    by_text = {e.text: e for e in doc.entities}
    assert by_text["Putin"].actor == "RUSGOV"
    assert by_text["Putin"].canonical == "Vladimir Putin"
    assert by_text["Ukrainian"].actor == "UKR"
    assert by_text["Ukrainian"].canonical == "Ukraine"
    assert by_text["Moscow"].actor == "RUS"
    assert by_text["Kremlin"].actor == "RUSGOV"
    assert by_text["Tuesday"].actor is None
    assert check_offsets(doc) == []


def test_tag_entity_actors_uses_published_date():
    text = "Putin spoke."
    old = Document(text=text, published="1996-01-01")
    old.entities = [_entity(text, "Putin", "PERSON")]
    assert tag_entity_actors(old).entities[0].actor == "RUS"


def test_tag_entity_actors_unreadable_date_falls_back():
    text = "Putin spoke."
    doc = Document(text=text, published="last week")
    doc.entities = [_entity(text, "Putin", "PERSON")]
    assert tag_entity_actors(doc).entities[0].actor == "RUSGOV"


def test_tag_entity_actors_role_of_a_country_keeps_its_own_name():
    text = "The Parliament of Iraq voted to expel foreign troops."
    doc = Document(text=text, published="2020-01-06")
    doc.entities = [_entity(text, "The Parliament of Iraq", "ORG")]
    entity = tag_entity_actors(doc).entities[0]
    assert entity.actor == "IRQLEG"
    assert entity.canonical != "Iraq"


def test_a_slogan_that_opens_the_text_is_a_campaign():
    # the slogan starts at offset 0: a start of 0 is still a start
    text = "Stop Trump said on Monday that it had raised $2 million in a week."
    doc = Document(text=text, published="2016-03-14")
    doc.entities = [_entity(text, "Trump", "PERSON")]
    doc = tag_entity_actors(doc)
    (entity,) = doc.entities
    assert (entity.start, entity.text, entity.label) == (0, "Stop Trump", "ORG")
    assert entity.actor is None and entity.canonical is None
    assert check_offsets(doc) == []
