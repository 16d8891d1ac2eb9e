"""What the coder hands out: the ``Event`` built from a match (``coded_event``), the filter's
columns for it (``code_columns``) and sentence numbers.

It imports no other stage, so pairs, accusation and softmax (which import the coder inside
functions today) could import it at the top.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from redline.events.arguments import ActorResolver, Argument
from redline.events.spans import named_span
from redline.model import Document, Event

if TYPE_CHECKING:
    from spacy.tokens import Span


def sentence_numbers(events: list[Event]) -> dict[int, int]:
    """Each event's sentence (by its start offset) numbered in order: how far back a look-back
    over the events of a document may go."""
    starts: dict[int, int] = {}
    for event in events:
        starts.setdefault(event.start, len(starts))
    return starts


# issue #9 recall11: the word a sense rule reads for an actor of these sectors whatever its
# text says ("Mueller charged ...", "they would not charge ...": the prosecuting side)
SECTOR_WORDS = {"JUD": "court", "COP": "police"}


def _words_of(arg: Argument) -> str:
    words = arg.text or (arg.actor.name or "" if arg.actor is not None else "")
    sector = SECTOR_WORDS.get(arg.code[3:6] if arg.code else "")
    return f"{words} {sector}" if sector else words


def code_columns(code: Any) -> dict[str, Any]:
    """An event's columns that come from its code's row of the CAMEO table: for a new event and
    for one recoded."""
    return {
        "code": code.code,
        "root_code": code.root_code,
        "name": code.name,
        "quad_class": code.quad_class,
        "goldstein": code.goldstein,
        "plover": code.plover,
        "plover_mode": code.plover_mode,
    }


def coded_event(
    sent: Span,
    doc: Document,
    code: Any,
    source: Argument | None,
    target: Argument | None,
    trigger_start: int,
    trigger_end: int,
    *,
    negated: bool,
    conditional: bool,
    reported_by: str | None,
    rule: str,
    confidence: float | None,
) -> Event:
    """The event record: the sentence's span, the code's table columns, each argument's span
    and actor, the trigger's span (the lexicon's coder and the evaluative rules both build it)."""
    return Event(
        start=sent.start_char,
        end=sent.end_char,
        text=doc.text[sent.start_char : sent.end_char],  # not Span.text: no tokens
        **code_columns(code),
        source_text=source.text if source else None,
        source_start=source.start if source else None,
        source_end=source.end if source else None,
        source_actor=source.code if source else None,
        target_text=target.text if target else None,
        target_start=target.start if target else None,
        target_end=target.end if target else None,
        target_actor=target.code if target else None,
        trigger_text=doc.text[trigger_start:trigger_end],
        trigger_start=trigger_start,
        trigger_end=trigger_end,
        date=doc.published,
        negated=negated,
        conditional=conditional,
        reported_by=reported_by,
        rule=rule,
        confidence=confidence,
    )


def _antecedent_spans(
    event: Event, s: Argument | None, t: Argument | None, sent: Span, resolver: ActorResolver
) -> Event:
    """issue #9 span: a pronoun source or target is recorded by its antecedent when that is
    in the sentence (``redline.events.spans``); the pronoun and why stay on the rule. After the
    features: the learned filter still sees the pronoun."""
    changes: dict[str, Any] = {}
    notes = []
    for side, arg in (("source", s), ("target", t)):
        if arg is None:
            continue
        text, start, end, note = named_span(arg, sent, resolver.mentions)
        if note:
            changes.update({f"{side}_text": text, f"{side}_start": start, f"{side}_end": end})
            notes.append(f"{side} {note}")
    if not changes:
        return event
    return replace(event, rule=f"{event.rule}; " + "; ".join(notes), **changes)
