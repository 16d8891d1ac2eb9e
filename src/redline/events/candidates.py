"""Candidate events for labelling, and the labels read back (the precision filter's data).

A candidate is one event the coder emits, before any confidence threshold, identified by a key
that does not depend on the order of coding: ``<doc id>:<trigger offset>:<code>:<source>:<target>``
(``-`` for a missing actor). When the coder changes, an event it still codes the same way keeps
its key and its label; one it now codes differently is a new, unlabelled candidate.

Labels (``evaluation/event_candidates/README.md``): ``right``, ``wrong_sense`` (the trigger does
not mean that event here, or it is not an event), ``wrong_actors`` (the event is real but the
source or target is wrong at country level), ``wrong_code`` (right actors, wrong kind of event);
``skip`` and anything else are left out of training.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from redline.model import Document, Event

LABELS = ("right", "wrong_sense", "wrong_actors", "wrong_code")


def candidate_key(doc_id: str, event: Event) -> str:
    """The stable key of one coded event in one document."""
    return ":".join(
        (
            doc_id,
            str(event.trigger_start if event.trigger_start is not None else event.start),
            event.code,
            event.source_actor or "-",
            event.target_actor or "-",
        )
    )


def _previous_sentence(doc: Document, start: int) -> str:
    before = [s for s in doc.sentences if s.end <= start]
    return doc.text[before[-1].start : before[-1].end] if before else ""


def candidate_record(doc_id: str, doc: Document, event: Event) -> dict[str, Any]:
    """What a labeller needs to judge one event: the sentence, the one before, the coding."""
    trigger = None
    if event.trigger_start is not None and event.trigger_end is not None:
        trigger = [event.trigger_start - event.start, event.trigger_end - event.start]
    return {
        "key": candidate_key(doc_id, event),
        "doc_id": doc_id,
        "previous": _previous_sentence(doc, event.start),
        "sentence": event.text,
        "trigger": event.trigger_text,
        "trigger_span": trigger,  # offsets into "sentence"
        "code": event.code,
        "name": event.name,
        "source_actor": event.source_actor,
        "source_text": event.source_text,
        "target_actor": event.target_actor,
        "target_text": event.target_text,
        "negated": event.negated,
        "conditional": event.conditional,
        "reported_by": event.reported_by,
        "confidence": getattr(event, "confidence", None),
        "rule": event.rule,
        "label": "",
    }


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_labels(paths: Iterable[Path]) -> dict[str, str]:
    """``key -> label`` from label files (``{"key", "label"}`` lines) or labelled candidate files.

    A later file wins over an earlier one, so a correction can be appended."""
    labels: dict[str, str] = {}
    for path in paths:
        for record in read_jsonl(path):
            label = str(record.get("label") or "").strip().lower().replace(" ", "_")
            if record.get("key") and label in LABELS:
                labels[str(record["key"])] = label
    return labels
