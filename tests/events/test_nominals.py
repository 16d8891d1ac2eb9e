"""Nominal events (issue #9): every example sentence in nominals.yml codes its entry's event
with a source, and the argument rules work on sentences of our own."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from redline.model import check_offsets

pytestmark = pytest.mark.model

ENTRIES = yaml.safe_load(
    (resources.files("redline.data") / "events" / "nominals.yml").read_text("utf-8")
)["entries"]
EXAMPLES = [(e["code"], text) for e in ENTRIES for text in e["examples"]]


def test_nominals_every_entry_has_examples():
    assert all(e.get("examples") for e in ENTRIES)


@pytest.mark.parametrize(("code", "text"), EXAMPLES)
def test_nominals_example_codes_its_entry(code_all, code, text):
    doc = code_all(text)
    assert check_offsets(doc) == []
    # (or a refinement the rule names: "investigated by law enforcement (USACOP) 090->091")
    found = [
        e
        for e in doc.events
        if (e.code == code or f"{code}->{e.code}" in (e.rule or "")) and e.source_actor
    ]
    # (a light verb with its own lexicon entry, "issued arrest warrants", may code it first)
    assert found, [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def dyads(doc):
    return {(e.source_actor, e.code, e.target_actor) for e in doc.events}


def test_nominals_possessor_source_and_into_target(code_all):
    doc = code_all("Ankara said Turkey's offensive into northern Syria would go on.")
    assert any(s == "TUR" and c == "190" and t == "SYR" for s, c, t in dyads(doc)), dyads(doc)


def test_nominals_light_verb_subject_is_the_source(code_all):
    doc = code_all("Turkey launched a new offensive against Kurdish militants in Syria on Sunday.")
    assert any(s == "TUR" and c.startswith("19") for s, c, _ in dyads(doc)), dyads(doc)


def test_nominals_between_gives_both_sides(code_all):
    doc = code_all("A meeting between Macron and Scholz is planned for Friday.")
    sides = {(s[:3], t[:3]) for s, c, t in dyads(doc) if c == "043" and s and t}
    assert ("FRA", "DEU") in sides or ("DEU", "FRA") in sides, dyads(doc)


def test_nominals_bare_noun_with_no_actor_is_not_coded(code_all):
    doc = code_all("The offensive into the valley stalled in the snow.")
    assert not [e for e in doc.events if "nominals.yml" in (e.rule or "")]
