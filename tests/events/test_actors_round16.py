"""Actors of the right events, sixteenth round (issues #9/#10 actors16): a person the book does
not know whom the article tells first by a definite description with a nationality ("the Uzbek
immigrant accused of ...", then the name), and a lone surname the parser tagged as no person
after the full name, each on a sentence written for the test in the style of wire news (the
rule name on the output says why)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

DESCRIBED = "told as"
SURNAME = "surname of"
LYON_CLOSED = " ".join(
    f"The station in Lyon stayed closed for the {n} day as officers searched the platforms."
    for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth", "tenth", "eleventh", "twelfth")
)  # fmt: skip


def _seen(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


# (text, (CAMEO root, "source" or "target", the country that side must open with, rule piece))
FOUND = {
    "the described person takes the description's nationality": (
        "PARIS (Reuters) - The Moroccan immigrant accused of stabbing two people at a train "
        "station in Lyon will face terrorism charges, prosecutors said on Tuesday. Youssef "
        "Amrani, 31, was arrested on Monday evening. President Emmanuel Macron condemned Amrani "
        "on Tuesday.",
        ("11", "target", "MAR", DESCRIBED),
    ),
    "a lone surname is placed as the full name before": (
        "BERLIN (Reuters) - Turkey has asked Germany to extradite Enes Kanter, a Turkish "
        "theology lecturer who lives in Berlin. Ankara accuses Kanter of plotting the failed "
        "coup. Kanter has denied any role in the coup.",
        ("01", "source", "TUR", SURNAME),
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_actors16_found(code_all, case):
    text, (root, side, country, rule_part) = FOUND[case]
    doc = code_all(text)
    assert any(
        e.code.startswith(root)
        and (getattr(e, f"{side}_actor") or "").startswith(country)
        and rule_part in (e.rule or "")
        for e in doc.events
    ), _seen(doc)


# (text, a piece of a rule that must not fire on it)
NOT_FOUND = {
    "a description of the home country changes nothing": (
        "PARIS (Reuters) - The French student accused of hacking the ministry's servers was "
        "released on Tuesday. Prime Minister Michel Barnier criticized Julien Moreau on Tuesday.",
        DESCRIBED,
    ),
    "two nationalities described name no one": (
        "PARIS (Reuters) - The Moroccan man and the Tunisian man accused of the attack in Lyon "
        "were charged on Tuesday. President Emmanuel Macron condemned Youssef Amrani on Tuesday.",
        DESCRIBED,
    ),
    "a person named long after the description is not it": (
        "PARIS (Reuters) - The Moroccan immigrant accused of stabbing two people at a train "
        f"station in Lyon will face terrorism charges. {LYON_CLOSED} President Emmanuel Macron "
        "criticized Julien Moreau on Tuesday.",
        DESCRIBED,
    ),
    "a surname of no one named before is not placed so": (
        "BERLIN (Reuters) - Turkey has asked Germany to extradite a Turkish theology lecturer "
        "who lives in Berlin. Kanter has denied any role in the coup.",
        SURNAME,
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_FOUND))
def test_actors16_not_found(code_all, case):
    text, rule_part = NOT_FOUND[case]
    doc = code_all(text)
    assert not any(rule_part in (e.rule or "") for e in doc.events), _seen(doc)


def test_actors16_the_described_person_is_not_the_datelines(code_all):
    doc = code_all(FOUND["the described person takes the description's nationality"][0])
    assert not any(
        e.code.startswith("11") and (e.target_actor or "").startswith("FRA") for e in doc.events
    ), _seen(doc)
