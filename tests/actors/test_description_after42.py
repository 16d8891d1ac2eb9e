"""issue #9/#10 lead42: a person the actor book does not know whom the next sentence describes
("..., Ingrid Halvorsen has said. The former NATO deputy secretary general and Norwegian
defence minister told ...") takes the actor that whole description gives, for every mention,
rather than the article's main country; never from a description that names someone else, and
not when the description gives no country.

Sentences written for these tests in the style of news (invented people)."""

from __future__ import annotations

import pytest

from redline.actors.graph import entity_graph

pytestmark = pytest.mark.model

AFTER = "placed-by-a-description-after"


def _placed(code_text, text: str, name: str) -> tuple[str | None, list[str]]:
    doc = code_text(text, published="2005-01-12")
    for entity in entity_graph(doc):
        if entity.canonical and name in entity.canonical:
            return entity.actor, [m.rule or "" for m in entity.mentions]
    raise AssertionError([e.canonical for e in entity_graph(doc)])


def test_a_later_description_places_the_person(code_text):
    text = (
        "LONDON - Ministers must publish the review before the summer, Ingrid Halvorsen has "
        "said. The former NATO deputy secretary general and Norwegian defence minister told "
        'the BBC the delay was damaging. "It would be a serious mistake to wait," she said. '
        "Ms Halvorsen warned that allies would lose patience."
    )
    actor, rules = _placed(code_text, text, "Ingrid Halvorsen")
    assert (actor or "").startswith("NOR"), (actor, rules)
    assert any(AFTER in r for r in rules), rules


def test_the_events_take_the_placed_speaker(code_text):
    text = (
        "LONDON - Ministers must publish the review before the summer, Ingrid Halvorsen has "
        "said. The former NATO deputy secretary general and Norwegian defence minister told "
        "the BBC the delay was damaging. Ms Halvorsen warned the British government that "
        "allies would retaliate if the review was buried."
    )
    doc = code_text(text, published="2005-01-12")
    sources = {e.source_actor for e in doc.events if "Halvorsen" in (e.rule or "")}
    assert sources and all((s or "").startswith("NOR") for s in sources), [
        (e.code, e.source_actor, e.rule) for e in doc.events
    ]


def test_a_description_without_a_country_places_nobody(code_text):
    text = (
        "LONDON - Ministers must publish the review before the summer, Ingrid Halvorsen has "
        "said. The veteran campaigner told the BBC the delay was damaging."
    )
    actor, rules = _placed(code_text, text, "Ingrid Halvorsen")
    assert not any(AFTER in r for r in rules), (actor, rules)


def test_a_description_of_someone_elses_role_places_nobody(code_text):
    text = (
        "LONDON - Ministers must publish the review before the summer, Ingrid Halvorsen has "
        "said. The adviser to Norwegian Prime Minister Kjell Bondevik told the BBC the delay "
        "was damaging."
    )
    actor, rules = _placed(code_text, text, "Ingrid Halvorsen")
    assert not any(AFTER in r for r in rules), (actor, rules)
