"""issue #9/#10 nameclash34: a person's name the recogniser tags as a body, whose surname is a
country's word or whose first word is a place the text then titles, is no actor of that country;
a body named after its country keeps it. Our own sentences."""

from __future__ import annotations

from redline.actors import tag_entity_actors
from redline.model import Document, Entity


def _tagged(text: str, phrase: str, label: str = "ORG") -> str | None:
    start = text.index(phrase)
    doc = Document(text=text, published="2005-01-20")
    doc.entities = [Entity(start, start + len(phrase), phrase, label)]
    return tag_entity_actors(doc).entities[0].actor


def test_a_first_name_and_a_nationality_tagged_a_body_is_a_person():
    assert _tagged("Critic Philip French reviewed the new film on Sunday.", "Philip French") is None
    assert _tagged("Tom English, the club chairman, resigned.", "Tom English") is None


def test_a_place_and_a_titled_surname_is_a_person():
    text = "Paris Hilton arrived at the court on Monday. Miss Hilton denied every charge."
    assert _tagged(text, "Paris Hilton") is None


def test_a_body_named_after_its_country_keeps_it():
    text = "The Jordan Times reported that the talks had failed."
    assert _tagged(text, "Jordan Times") == "JOR"
    text = "France Telecom said profits rose. Mr Breton said the debt would fall."
    # firms51: the firm table files it as French business (FRABUS); the country kept
    assert (_tagged(text, "France Telecom") or "").startswith("FRA")
