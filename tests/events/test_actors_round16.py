"""Actors of the right events, sixteenth round (issues #9/#10 actors16): a person the book does
not know whom the article tells first by a definite description with a nationality ("the Uzbek
immigrant accused of ...", then the name), and a lone surname the parser tagged as no person
after the full name, each on a sentence written for the test in the style of wire news (the
rule name on the output says why)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

RULE = "told as"


def _seen(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def _aimed_at(doc, root, country):
    return [
        e
        for e in doc.events
        if e.code.startswith(root) and (e.target_actor or "").startswith(country) and RULE in e.rule
    ]


def test_actors16_the_described_person_takes_the_descriptions_nationality(code_all):
    doc = code_all(
        "PARIS (Reuters) - The Moroccan immigrant accused of stabbing two people at a train "
        "station in Lyon will face terrorism charges, prosecutors said on Tuesday. Youssef "
        "Amrani, 31, was arrested on Monday evening. President Emmanuel Macron condemned Amrani "
        "on Tuesday."
    )
    assert _aimed_at(doc, "11", "MAR"), _seen(doc)
    assert not any(
        e.code.startswith("11") and (e.target_actor or "").startswith("FRA") for e in doc.events
    ), _seen(doc)


def test_actors16_a_description_of_the_home_country_changes_nothing(code_all):
    doc = code_all(
        "PARIS (Reuters) - The French student accused of hacking the ministry's servers was "
        "released on Tuesday. Prime Minister Michel Barnier criticized Julien Moreau on Tuesday."
    )
    assert not any(RULE in (e.rule or "") for e in doc.events), _seen(doc)


def test_actors16_two_nationalities_described_name_no_one(code_all):
    doc = code_all(
        "PARIS (Reuters) - The Moroccan man and the Tunisian man accused of the attack in Lyon "
        "were charged on Tuesday. President Emmanuel Macron condemned Youssef Amrani on Tuesday."
    )
    assert not any(RULE in (e.rule or "") for e in doc.events), _seen(doc)


def test_actors16_a_person_named_long_after_the_description_is_not_it(code_all):
    filler = " ".join(
        f"The station in Lyon stayed closed for the {n} day as officers searched the platforms."
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth")
    )  # fmt: skip
    doc = code_all(
        "PARIS (Reuters) - The Moroccan immigrant accused of stabbing two people at a train "
        f"station in Lyon will face terrorism charges. {filler} President Emmanuel Macron "
        "criticized Julien Moreau on Tuesday."
    )
    assert not any(RULE in (e.rule or "") for e in doc.events), _seen(doc)


SURNAME = "surname of"


def test_actors16_a_lone_surname_is_placed_as_the_full_name_before(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Turkey has asked Germany to extradite Enes Kanter, a Turkish "
        "theology lecturer who lives in Berlin. Ankara accuses Kanter of plotting the failed "
        "coup. Kanter has denied any role in the coup."
    )
    assert any(
        e.code.startswith("01") and (e.source_actor or "").startswith("TUR") and SURNAME in e.rule
        for e in doc.events
    ), _seen(doc)


def test_actors16_a_surname_of_no_one_named_before_is_not_placed_so(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Turkey has asked Germany to extradite a Turkish theology lecturer "
        "who lives in Berlin. Kanter has denied any role in the coup."
    )
    assert not any(SURNAME in (e.rule or "") for e in doc.events), _seen(doc)
