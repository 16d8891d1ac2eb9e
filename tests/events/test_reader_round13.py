"""Thirteenth round of whole articles read (issue #9, helper "readout13"): wrong events a user
saw on unseen BBC and Wikinews articles, each kind fixed by a general rule; the sentences are our
own, in news phrasing. The word senses ("insisted he did not know", "held the attacker down",
"guarding captured fighters") are examples in ``senses.yml``, run by
``test_senses_modality.py``."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def events(doc):
    return [(e.source_actor, e.code, e.target_actor, e.trigger_text, e.rule) for e in doc.events]


def test_one_reported_by_the_press_to_have_acted_is_who_acted(code_all):
    doc = code_all(
        "The Dutch minister is reported by the Guardian to have met the Iranian ambassador."
    )
    met = [e for e in doc.events if e.trigger_text == "met"]
    assert met and met[0].source_actor == "NLDGOV", events(doc)
    assert "Guardian" not in (met[0].source_text or ""), events(doc)
    doc = code_all(
        "Several ministers were said by aides to have visited the Polish president in hospital."
    )
    visited = [e for e in doc.events if e.trigger_text == "visited"]
    assert visited and "aides" not in (visited[0].source_text or ""), events(doc)
    # an agent of a passive that is not a verb of report still acts ("was forced by")
    doc = code_all("The Iraqi general was ordered by the defence minister to arrest the rebels.")
    assert not [e for e in doc.events if "nsubjpass" in e.rule and e.trigger_text == "ordered"]


def test_a_passive_relative_clause_names_no_one_who_acted(code_all):
    doc = code_all(
        "The president praised the militias and the protesters, for which he was criticized."
    )
    criticized = [e for e in doc.events if e.trigger_text == "criticized"]
    assert all(e.source_text not in ("protesters", "the protesters") for e in criticized), events(
        doc
    )
    # an active relative clause still gives its noun as who acted
    doc = code_all("Russian troops, who attacked the Ukrainian town of Izium, withdrew on Friday.")
    attacked = [e for e in doc.events if e.trigger_text == "attacked"]
    assert attacked and attacked[0].source_actor.startswith("RUS"), events(doc)


def test_a_conjunct_with_its_own_subject_is_not_under_the_others_would(code_all):
    doc = code_all(
        "The rebels would not have been defeated without the Kurds, and I applaud the French "
        "president for his decision."
    )
    applaud = [e for e in doc.events if e.trigger_text == "applaud"]
    assert applaud and not any(e.conditional for e in applaud), events(doc)
    # a conjunct sharing the subject shares the modal
    doc = code_all("Russia said it would attack Ukraine and destroy its army.")
    attack = [e for e in doc.events if e.trigger_text == "attack"]
    assert attack and all(e.conditional or e.code.startswith("13") for e in attack), events(doc)
    # so does a conjunct with its own subject and its own modal
    doc = code_all("He said Iran would reject the offer and China would criticize it.")
    criticize = [e for e in doc.events if e.trigger_text == "criticize"]
    assert criticize and all(e.conditional for e in criticize), events(doc)


def test_what_one_should_believe_is_asked_of_no_actor(code_all):
    doc = code_all(
        '"The people who doubted us should now believe we were innocent," the Irish woman said.'
    )
    assert not [e for e in doc.events if e.trigger_text == "believe"], events(doc)
    # an act under "should" is still an appeal
    doc = code_all('"Britain should apologise to the families," the Irish woman said.')
    assert [e for e in doc.events if e.trigger_text == "apologise"], events(doc)


def test_no_word_of_the_senses_file_is_read_as_a_yaml_boolean():
    # YAML 1.1 reads bare on/off/yes/no as booleans: "insisted on" was read as "true"
    from redline.events.senses import load_senses

    for rule in load_senses():
        lists = ("keep_clause", "change_clause", "change_object", "keep_object", "change_pobj")
        for field in (*lists, "keep_subject", "change_subject", "unless_subject"):
            assert not {"true", "false"} & set(getattr(rule, field)), (rule.lemmas, field)
        for field in ("not_with_prep", "keep_with_prep", "bare_object"):
            assert not {"true", "false"} & getattr(rule, field), (rule.lemmas, field)
        assert not {"true", "false"} & {p for p, _ in rule.by_particle}, rule.lemmas
