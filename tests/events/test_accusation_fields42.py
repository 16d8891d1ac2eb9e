"""health42: an accusation is its act's event re-coded (``dataclasses.replace``), so a field the
act carries and the accusation does not set reaches it, and a field ``Event`` gains later cannot
be silently dropped. Sentence written for this test."""

from __future__ import annotations

from dataclasses import fields

from redline.events import accusation
from redline.model import Document, Event, Quote

TEXT = "Brandvik had violated the ceasefire on Sunday, the Halden foreign minister said."


def _act() -> Event:
    trigger = TEXT.index("violated")
    return Event(
        start=0,
        end=len(TEXT),
        text=TEXT,
        code="196",
        root_code="19",
        name="Violate ceasefire",
        source_text="Brandvik",
        source_start=0,
        source_end=8,
        source_actor="BRVGOV",
        trigger_text="violated",
        trigger_start=trigger,
        trigger_end=trigger + len("violated"),
        date="2024-03-10",
        date_source="weekday",
        place="Northern Valley",
        reported_by="HALGOV",
        quantity_ids=(3,),
        rule="lexicon:196 violate ceasefire",
    )


def test_the_accusation_keeps_what_it_does_not_recode(monkeypatch):
    act = _act()
    speaker = TEXT.index("the Halden")
    quote = Quote(
        start=0,
        end=speaker - 2,
        text=TEXT[: speaker - 2],
        kind="indirect",
        speaker_start=speaker,
        speaker_end=TEXT.index(" said"),
        actor="HALGOV",
    )
    monkeypatch.setattr(
        accusation,
        "accusation_candidates",
        lambda doc, parsed, events, roots: iter([accusation.AccusationCandidate(quote, act)]),
    )
    doc = Document(text=TEXT, source="<test>", published="2024-03-11")
    (made,) = accusation.accusation_events(doc, None, [act], [])
    assert (made.code, made.source_actor, made.target_actor) == ("112", "HALGOV", "BRVGOV")
    assert made.source_text == "the Halden foreign minister" and made.target_text == "Brandvik"
    assert made.reported_by is None  # the speaker's own accusation
    assert made.rule.startswith("accusation:112 of 196 'violated' by BRVGOV")
    recoded = {"code", "root_code", "name", "quad_class", "goldstein", "plover", "plover_mode"}
    parts = ("text", "start", "end", "actor")
    recoded |= {f"{side}_{part}" for side in ("source", "target") for part in parts}
    recoded |= {"reported_by", "rule", "confidence"}
    for field in fields(Event):
        if field.name not in recoded:
            assert getattr(made, field.name) == getattr(act, field.name), field.name
    assert made.place == "Northern Valley" and made.quantity_ids == (3,)
