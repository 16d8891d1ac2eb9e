"""Frames, issue #9 attach29: frame words the parser attaches elsewhere than the frame looks
(sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _coded(doc, code: str) -> list[tuple]:
    return [(e.source_actor, e.target_actor) for e in doc.events if e.code == code]


# -- an event noun's preposition hung on the light verb it is the object of ----------------------


def test_attach29_dinner_held_with_someone_across_other_phrases(code_all):
    doc = code_all(
        "German Chancellor Olaf Scholz held a private dinner in Paris on Friday with French "
        "President Emmanuel Macron."
    )
    assert ("DEUGOV", "FRAGOV") in _coded(doc, "043"), seen(doc)


def test_attach29_briefing_conducted_for_someone_across_other_phrases(code_all):
    doc = code_all(
        "Israeli commanders conducted a closed briefing in Jerusalem on Monday for French "
        "journalists."
    )
    assert [(s, (t or "")[:3]) for s, t in _coded(doc, "040")] == [("ISRMIL", "FRA")], seen(doc)


# -- a verb's preposition hung on the clause that ends its object's phrase -----------------------


def test_attach29_with_hung_on_a_participle_of_the_object_is_the_partner(code_all):
    doc = code_all(
        "Germany's ambassador discussed a dispute over remarks made by Vladimir Putin with senior "
        "French officials on Wednesday."
    )
    assert [(s, (t or "")[:3]) for s, t in _coded(doc, "040")] == [("DEUGOV", "FRA")], seen(doc)


def test_attach29_to_hung_on_a_relative_clause_of_the_object_is_the_recipient(code_all):
    doc = code_all(
        "Italian officials passed the intelligence that came from the informant to their French "
        "counterparts on Friday."
    )
    assert [(s, (t or "")[:3]) for s, t in _coded(doc, "064")] == [("ITAGOV", "FRA")], seen(doc)


def test_attach29_a_to_clause_of_the_object_keeps_its_own_for(code_all):
    doc = code_all(
        "The Polish prime minister has for months rejected the opposition's requests to ask "
        "Germany for documents pertaining to the pipeline."
    )
    assert [s for s, _ in _coded(doc, "120")] == ["POLGOV"], seen(doc)
    assert [t for _, t in _coded(doc, "120")] == ["---OPP"], seen(doc)


def test_attach29_between_hung_on_the_verb_of_an_in_phrase_names_the_sides(code_all):
    doc = code_all(
        "The threat to the subsidy was disclosed in correspondence this week between the German "
        "finance ministry and French President Emmanuel Macron, who was seeking more details."
    )
    assert ("DEUGOV", "FRAGOV") in _coded(doc, "040"), seen(doc)


# -- a passive participle with its agent named is done to the noun it describes -----------------


def test_attach29_embargo_imposed_by_an_agent_on_someone(code_all):
    doc = code_all(
        "Minsk asked Poland to ease the trade embargo imposed on Belarus by the European Union "
        "last year."
    )
    assert ("IGOEUREEC", "BLR") in _coded(doc, "163"), seen(doc)


def test_attach29_a_participle_with_a_clause_is_no_act_on_its_noun(code_all):
    doc = code_all("Poland arrested a man believed by German officials to be an agent of Belarus.")
    assert not [e for e in doc.events if e.source_actor == "DEUGOV"], seen(doc)
