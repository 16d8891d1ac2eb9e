"""Score event places against ``event_location_gold`` (``redline eval places``).

Each gold record is one sentence with the event's verb span and the span of the place where it
happened (an empty span when the sentence names no such place). The sentence is coded with the
stages places depend on (actors, entity graph, geocoding); the place redline would give an event
triggered by the gold verb (:func:`redline.enrich.places.choose_event_place`, the same rules the
pipeline uses for coded events) is right when its span overlaps the gold place's span. This
scores place choice on every gold verb, whether or not the event coder fires on it.

Reported: of the located sentences (gold has a place), how many got the right place (the issue
#10 figure), also over those whose gold span is a name (about 40 spans were cut at the wrong
offsets in the source: "g", " s"); precision of the places given; and how many sentences without
a gold place still got one.
"""

from __future__ import annotations

import re
import time
from typing import Any

from redline.evaluate.gold import load_gold
from redline.model import Document


def _span(record: dict[str, Any], label: str) -> tuple[int, int] | None:
    for span in record.get("spans", []):
        if span.get("label") == label and span.get("end", 0) > span.get("start", 0):
            return span["start"], span["end"]
    return None


def _readable(gold_text: str) -> bool:
    """A gold place that is a name ("Aleppo", "al-Tijara"); about 40 of the located sentences
    carry a span cut from the wrong offsets ("g", " s", "ey c") and no system can match them."""
    return bool(re.match(r"(?:[A-Z]|(?:al|el|ad|as)-[A-Z])", gold_text.strip()))


def evaluate_places(gold_path: str, *, limit: int | None = None, pipeline=None) -> dict:
    """Code each gold sentence and score the place chosen for its gold verb."""
    from functools import partial

    from redline.actors import load_actors, tag_entity_actors
    from redline.actors.graph import build_entity_graph
    from redline.enrich.places import choose_event_place, geocode_places
    from redline.pipeline import Pipeline

    records = load_gold(gold_path, limit)
    if pipeline is None:
        book = load_actors()
        pipeline = Pipeline(
            stages=[
                ("actors", partial(tag_entity_actors, book=book)),
                ("graph", partial(build_entity_graph, book=book)),
                ("places", geocode_places),
            ]
        )
    started = time.perf_counter()
    counts = {"located": 0, "located_right": 0, "located_readable": 0,
              "located_readable_right": 0, "predicted": 0, "predicted_right": 0,
              "unlocated": 0, "unlocated_given": 0}  # fmt: skip
    errors: list[dict[str, Any]] = []
    docs = (Document(text=r["text"], source=r.get("id", "")) for r in records)
    for record, doc in zip(records, _coded(pipeline, docs), strict=True):
        verb = _span(record, "VERB")
        gold = _span(record, "LOCATION")
        chosen = None
        if verb is not None and doc is not None:
            chosen, _ = choose_event_place(doc, doc.places, verb)
        right = (
            chosen is not None
            and gold is not None
            and chosen.start < gold[1]
            and gold[0] < chosen.end
        )
        if gold is not None:
            counts["located"] += 1
            counts["located_right"] += right
            if _readable(record["text"][gold[0] : gold[1]]):
                counts["located_readable"] += 1
                counts["located_readable_right"] += right
        else:
            counts["unlocated"] += 1
            counts["unlocated_given"] += chosen is not None
        if chosen is not None:
            counts["predicted"] += 1
            counts["predicted_right"] += right
        if not right and (gold is not None or chosen is not None):
            errors.append(
                {
                    "id": record.get("id"),
                    "gold": record["text"][gold[0] : gold[1]] if gold else None,
                    "predicted": chosen.text if chosen else None,
                    "places": [p.text for p in doc.places] if doc is not None else [],
                }
            )
    located = counts["located"]
    predicted = counts["predicted"]
    return {
        "gold": str(gold_path),
        "n_sentences": len(records),
        **counts,
        "located_accuracy": counts["located_right"] / located if located else 0.0,
        "located_readable_accuracy": (
            counts["located_readable_right"] / counts["located_readable"]
            if counts["located_readable"]
            else 0.0
        ),
        "precision": counts["predicted_right"] / predicted if predicted else 0.0,
        "seconds": round(time.perf_counter() - started, 2),
        "errors": errors,
    }


def _coded(pipeline, docs):
    """The pipeline's documents with ``parsed`` kept (choosing a place reads the parse)."""
    for doc in docs:
        parsed = pipeline.nlp(doc.text)
        yield _finish_keeping_parse(pipeline, doc, parsed)


def _finish_keeping_parse(pipeline, doc: Document, parsed) -> Document:
    from redline.nlp import annotate_parsed

    annotate_parsed(doc, parsed)
    for name, stage in pipeline.stages:
        try:
            doc = stage(doc)
        except Exception as exc:  # one stage failing must not lose the sentence
            doc.warnings.append(f"stage {name} failed: {type(exc).__name__}: {exc}")
    return doc


def format_places_report(metrics: dict, *, errors: int = 0) -> str:
    """A plain-text summary of :func:`evaluate_places`; ``errors`` > 0 lists that many misses."""
    lines = [
        f"places: {metrics['gold']}  sentences {metrics['n_sentences']}"
        f"  {metrics['seconds']:.1f} s",
        f"located sentences right   {metrics['located_right']:>5} of {metrics['located']:<5}"
        f" {metrics['located_accuracy']:.3f}",
        f"  gold span a name        {metrics['located_readable_right']:>5} of"
        f" {metrics['located_readable']:<5} {metrics['located_readable_accuracy']:.3f}",
        f"places given, right       {metrics['predicted_right']:>5} of {metrics['predicted']:<5}"
        f" {metrics['precision']:.3f}",
        f"no gold place, one given  {metrics['unlocated_given']:>5} of {metrics['unlocated']}",
    ]
    for error in metrics["errors"][:errors]:
        lines.append(
            f"  {error['id']}: gold {error['gold']!r} predicted {error['predicted']!r}"
            f" places {error['places']}"
        )
    return "\n".join(lines)
