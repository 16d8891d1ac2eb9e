"""The views of a coded document's events that the event tests assert on, one definition each
(imported by name, like ``web_fixtures``: the test folders are on ``sys.path``)."""

from __future__ import annotations


def by_trigger(doc, trigger: str) -> list:
    """The events whose trigger is ``trigger``."""
    return [e for e in doc.events if e.trigger_text == trigger]


def dyads(doc) -> list[tuple]:
    """(source, code, target) of each event, in order."""
    return [(e.source_actor, e.code, e.target_actor) for e in doc.events]


def actor_triples(doc) -> list[tuple]:
    """(source, target, code) of each event, in order."""
    return [(e.source_actor, e.target_actor, e.code) for e in doc.events]


def triggered_dyads(doc) -> list[tuple]:
    """(source, code, target, trigger) of each event, in order."""
    return [(e.source_actor, e.code, e.target_actor, e.trigger_text) for e in doc.events]


def seen(doc) -> list[tuple]:
    """(source, code, target, rule) of each event: what an assertion message shows."""
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def events(doc) -> list[tuple]:
    """(source, code, target, trigger, rule) of each event."""
    return [(e.source_actor, e.code, e.target_actor, e.trigger_text, e.rule) for e in doc.events]


def first_coded(doc, code: str):
    """The first event coded ``code`` (asserts there is one, showing what was coded)."""
    found = [e for e in doc.events if e.code == code]
    assert found, seen(doc)
    return found[0]


def country_pair(event) -> tuple[str, str]:
    """(source country, target country) of ``event``: its actor codes' first three letters."""
    return (event.source_actor or "")[:3], (event.target_actor or "")[:3]


def coded_pairs(doc, code: str, rule: str = "") -> list[tuple[str, str]]:
    """The country pairs of the events coded ``code`` whose rule holds ``rule``."""
    return [country_pair(e) for e in doc.events if e.code == code and rule in (e.rule or "")]


def triggered_pairs(doc, trigger: str, rule: str) -> list[tuple[str, str]]:
    """The country pairs of the events whose trigger is ``trigger`` and whose rule has
    ``rule`` in it."""
    return [
        country_pair(e) for e in doc.events if e.trigger_text == trigger and rule in (e.rule or "")
    ]


def first_triggered(doc, prefix: str):
    """The first event whose trigger starts with ``prefix`` (asserts there is one, showing
    what was coded)."""
    found = [e for e in doc.events if e.trigger_text.startswith(prefix)]
    assert found, dyads(doc)
    return found[0]


def assert_pair_coded(doc, code: str, rule: str, pair: tuple[str, str] | None) -> None:
    """``pair`` is among the country pairs coded ``code`` by ``rule``; with ``pair`` None, no
    event is coded so."""
    pairs = coded_pairs(doc, code, rule)
    if pair is None:
        assert not pairs, seen(doc)
    else:
        assert pair in pairs, seen(doc)


def first_with_trigger(doc, word: str):
    """The first event whose trigger holds ``word`` (asserts there is one, showing the
    triggers and actors coded)."""
    found = [e for e in doc.events if word in (e.trigger_text or "")]
    assert found, [(e.trigger_text, e.source_actor, e.target_actor) for e in doc.events]
    return found[0]


def by_trigger_start(doc, start: str) -> list:
    """The events whose trigger starts with ``start`` (lower case: "meet" finds "meeting")."""
    return [e for e in doc.events if (e.trigger_text or "").lower().startswith(start)]


def country_codes(events) -> list[tuple]:
    """(code, source country, target country) of each of ``events``: the document gold's level."""
    return [(e.code, (e.source_actor or "")[:3], (e.target_actor or "")[:3]) for e in events]


def offsets_hold(doc) -> None:
    """Every event's and entity's offsets give its text back (provenance)."""
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text
    for ent in doc.entities:
        assert doc.text[ent.start : ent.end] == ent.text


def coded_at_any_confidence(code_text, text: str):
    """``text`` coded with every candidate event kept (the filter's threshold at 0)."""
    from redline.pipeline import Pipeline

    pipe = Pipeline(workers=1).configure({"stage.events.min_confidence": 0.0})
    return code_text(text, pipeline=pipe)
