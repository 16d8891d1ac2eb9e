"""Twins made one (issue #9, helper twins51): one reader of "an offer / request / demand from
(or of) X", the coder's name titles read from the person titles' data file, one test of an
argument placed in a country, one re-reading of a denial's features for its accuser, one
reading of a threat clause's words. Sentences written for these tests in the style of wire
news."""

from __future__ import annotations

import pytest
from event_views import dyads

from hand_parse import hand_parsed
from redline.model import check_offsets

pytestmark = pytest.mark.model


def _demands_of(nlp, prep: str):
    # "Ministers rejected the demands of (from) the unions ."
    words = ["Ministers", "rejected", "the", "demands", prep, "the", "unions", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"]
    tags = ["NNS", "VBD", "DT", "NNS", "IN", "DT", "NNS", "."]
    lemmas = ["minister", "reject", "the", "demand", prep, "the", "union", "."]
    return hand_parsed(words, heads, deps, nlp=nlp, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize("prep", ["from", "of"])
def test_asked_by_reads_the_from_or_of_phrase_of_an_asking_noun(nlp, prep):
    from redline.events.owners import asked_by, owner_of

    doc = _demands_of(nlp, prep)
    assert asked_by(doc[3], ("from", "of")).text == "unions"
    # the rejections' default reads "from" only
    assert (asked_by(doc[3]) is not None) == (prep == "from")
    owner, route = owner_of(doc[3])
    assert (owner.text, route) == ("unions", f"'{prep}' phrase")


def test_a_phone_call_from_a_leader_has_no_owner_but_its_caller(nlp):
    from redline.events.owners import asked_by, owner_of

    # "Merkel took a phone call from Putin ."
    words = ["Merkel", "took", "a", "phone", "call", "from", "Putin", "."]
    heads = [1, 1, 4, 4, 1, 4, 5, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "NN", "IN", "NNP", "."]
    lemmas = ["Merkel", "take", "a", "phone", "call", "from", "Putin", "."]
    doc = hand_parsed(words, heads, deps, nlp=nlp, tags=tags, lemmas=lemmas)
    assert owner_of(doc[4]) is None
    assert asked_by(doc[4]).text == "Putin"


def test_rejecting_the_demands_of_a_government_rejects_that_government(code_text):
    doc = code_text(
        "BERLIN (Reuters) - Chancellor Angela Merkel on Tuesday rejected the demands of the "
        "Greek government for a new debt deal, saying Athens must keep to the agreed reforms.",
        published="2015-06-16",
    )
    rejected = [e for e in doc.events if e.trigger_text == "rejected"]
    assert any(
        (e.source_actor or "")[:3] == "DEU" and (e.target_actor or "")[:3] == "GRC"
        for e in rejected
    ), dyads(doc)
    hit = next(e for e in rejected if (e.target_actor or "")[:3] == "GRC")
    assert "maker of the object (of)" in (hit.rule or "")
    assert doc.text[hit.target_start : hit.target_end] == hit.target_text
    check_offsets(doc)


def test_the_name_titles_are_the_marked_rows_of_the_person_titles_file():
    from redline.enrich.names import name_only_titles, person_titles

    marked = name_only_titles()
    assert marked == {"mp", "mep", "msp", "mla", "sen", "rep", "gov", "mr", "mrs", "ms", "dr"}
    assert marked <= person_titles()
    # a title that also opens a body's name is not marked
    assert {"state", "supreme", "finance", "general"} <= person_titles() - marked
    assert not any("\t" in title for title in person_titles())


@pytest.mark.parametrize(
    ("first", "sayer"),
    [
        # "The State Department said it would ...": the department is its own "it"
        (["The", "State", "Department"], "Department"),
        # "Labour MP Jo Smith said it would ...": a titled name is a person, "it" no sayer
        (["Labour", "MP", "Jo", "Smith"], None),
    ],
)
def test_a_body_after_a_title_word_keeps_its_it(nlp, first, sayer):
    from redline.events.arguments import _reporting_subject

    n = len(first)
    words = first + ["said", "it", "would", "act", "."]
    heads = [n - 1] * (n - 1) + [n, n, n + 3, n + 3, n, n]
    deps = ["compound"] * (n - 1) + ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    tags = ["NNP"] * n + ["VBD", "PRP", "MD", "VB", "."]
    if first[0] == "The":
        deps[0], tags[0] = "det", "DT"
    lemmas = [w.lower() for w in first] + ["say", "it", "would", "act", "."]
    doc = hand_parsed(words, heads, deps, nlp=nlp, tags=tags, lemmas=lemmas)
    found = _reporting_subject(doc[n + 1])
    assert (found.text if found is not None else None) == sayer


def test_has_country_is_an_actor_with_a_country():
    from redline.actors import ActorMatch
    from redline.events.arguments import Argument, has_country

    def arg(code):
        actor = None if code is None else ActorMatch(code, code[:3], code[3:], "x", "person", "")
        return Argument("x", 0, 1, actor, "nsubj", "")

    assert has_country(arg("USAGOV"))
    assert not has_country(arg("---GOV"))
    assert not has_country(arg(None))


def test_a_denial_rescored_with_its_accuser_keeps_what_each_caller_adds():
    from dataclasses import replace

    from redline.events.coding.concluded import _rescored_with_target
    from redline.model import Event

    class Model:
        def confidence(self, feats):
            return len(feats) / 10

    event = Event(0, 1, "x", "130", "13", "denial", trigger_text="denied", source_actor="RUSGOV")
    new = replace(event, target_actor="USAGOV")
    features = {id(event): {"tgt:none": 1.0, "one_actor": 1.0, "verb": 1.0}}
    out = _rescored_with_target(event, new, features, Model(), {"tgt:sector": 1.0})
    assert features[id(out)] == {"verb": 1.0, "tgt:how=accuser": 1.0, "tgt:sector": 1.0}
    assert out.confidence == 0.3
    # no features: the event as given, nothing kept for it
    bare = replace(event, trigger_text="rejected")
    assert _rescored_with_target(bare, new, features, Model(), {}) is new


def test_a_threat_about_another_s_attacks_names_no_force(nlp):
    from redline.events.coding.frames import _threat_clause_words

    # "Moscow warned Kyiv about attacks on its troops ."
    words = ["Moscow", "warned", "Kyiv", "about", "attacks", "on", "its", "troops", "."]
    heads = [1, 1, 1, 1, 3, 4, 7, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "poss", "pobj", "punct"]
    tags = ["NNP", "VBD", "NNP", "IN", "NNS", "IN", "PRP$", "NNS", "."]
    lemmas = ["Moscow", "warn", "Kyiv", "about", "attack", "on", "its", "troop", "."]
    doc = hand_parsed(words, heads, deps, nlp=nlp, tags=tags, lemmas=lemmas)
    kept, text = _threat_clause_words(doc[1], {"attack"}, "attacks")
    assert "attack" not in kept and "attacks" not in text
    assert text == "kyiv ."
