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
    from redline.enrich.places import choose_event_place
    from redline.pipeline import Pipeline

    records = load_gold(gold_path, limit)
    if pipeline is None:
        # the stages a place depends on: actor codes and the entity graph (no person geocoded)
        pipeline = Pipeline({"pipeline.stages": ["actors", "graph", "places"]})
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


# --- own place gold: every place mention of whole articles (evaluation/placegold) -------------

NEAR_KM = 50.0


def load_placegold(folder) -> list[tuple[dict, list[dict]]]:
    """The articles of a place gold folder (``articles.jsonl`` + ``gold/<id>.json``), each with
    its gold mentions; an article without a gold file or a mention whose offsets do not give its
    text is an :class:`~redline.errors.InputError` naming the file."""
    import json
    from pathlib import Path

    from redline.errors import InputError

    folder = Path(folder)
    articles_path = folder / "articles.jsonl"
    if not articles_path.is_file():
        raise InputError("E305", f"{articles_path}: no articles.jsonl in the place gold folder")
    pairs = []
    with articles_path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            article = json.loads(line)
            gold_path = folder / "gold" / f"{article['id']}.json"
            if not gold_path.is_file():
                raise InputError("E305", f"{gold_path}: missing gold for article {article['id']}")
            mentions = json.loads(gold_path.read_text(encoding="utf-8"))["places"]
            for m in mentions:
                if article["text"][m["start"] : m["end"]] != m["text"]:
                    raise InputError(
                        "E305",
                        f"{gold_path}: offsets {m['start']}:{m['end']} do not give {m['text']!r}",
                    )
            pairs.append((article, mentions))
    return pairs


def align_offsets(source: str, target: str) -> list[int | None]:
    """For each character of ``source``, its offset in ``target`` (``None`` where the cleaner
    removed it): the matching blocks of a diff of the two texts. The cleaner only cuts header
    lines (the dateline "BOSTON (Reuters) -") and normalises spaces, so the blocks are long."""
    from difflib import SequenceMatcher

    mapping: list[int | None] = [None] * (len(source) + 1)
    matcher = SequenceMatcher(None, source, target, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            mapping[a + k] = b + k
    mapping[len(source)] = len(target)
    return mapping


def _map_span(mapping: list[int | None], target: str, start: int, end: int, text: str):
    first, last = mapping[start], mapping[end - 1] if end > start else None
    if first is None or last is None or target[first : last + 1] != text:
        return None
    return first, last + 1


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    import math

    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _plain(name: str | None) -> str:
    import unicodedata

    if not name:
        return ""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower().strip()


def same_place(gold: dict, predicted) -> bool:
    """Same GeoNames id, or (ids differ or one is missing) both points within ``NEAR_KM``."""
    gid, pid = gold.get("geonameid"), getattr(predicted, "geonameid", None)
    if gid is not None and pid is not None and gid == pid:
        return True
    if (gid is None or pid is None) and _plain(gold.get("name")) == _plain(
        getattr(predicted, "name", None)
    ):
        return True  # no id on one side (Middle East, Asia in regions.tsv): the same name
    points = (
        gold.get("latitude"),
        gold.get("longitude"),
        getattr(predicted, "latitude", None),
        getattr(predicted, "longitude", None),
    )
    if any(v is None for v in points):
        return False
    # a country's or state's point is far from its centroid: only near points of small places
    return _km(points[:2], points[2:]) <= NEAR_KM


def evaluate_placegold(folder, *, limit: int | None = None, pipeline=None) -> dict:
    """Code each article of a place gold folder with the whole pipeline and score its geocoded
    mentions (``doc.places`` with coordinates or an id, plus a header dateline the cleaner took
    out of the text, kept in ``doc.meta["dateline_place"]``).

    Gold offsets are into the article as stored; the cleaner removes the dateline and may change
    spaces, so each gold span is carried onto ``doc.text`` through a character alignment of the
    two texts (:func:`align_offsets`) and must give back the same text there. A gold mention
    the cleaner removed (the dateline) is matched by the header dateline place.

    A predicted place is right when it overlaps one gold mention not yet matched and is the same
    place (:func:`same_place`). Both roles count as mentions (``places`` lists where places are
    named; "Moscow denied" names Moscow); recall is also given per role, and an event whose place
    is an ``actor`` mention is counted as an error of its own. A predicted place that overlaps no
    gold mention but a person or organisation of the entity graph counts in
    ``persons_orgs_geocoded`` (issue #10: must be 0)."""
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pairs = load_placegold(folder)
    if limit is not None:
        pairs = pairs[:limit]
    if pipeline is None:
        pipeline = Pipeline(workers=1)
    started = time.perf_counter()
    counts = {
        "gold_mentions": 0,
        "gold_place": 0,
        "gold_actor": 0,
        "matched_place": 0,
        "matched_actor": 0,
        "predicted": 0,
        "predicted_right": 0,
        "wrong_place": 0,
        "spurious": 0,
        "persons_orgs_geocoded": 0,
        "unmapped_gold": 0,
        "event_places": 0,
        "event_places_on_actor": 0,
        "event_places_on_place": 0,
    }
    errors: list[dict[str, Any]] = []
    for article, gold in pairs:
        raw = RawDocument(
            source=article["id"],
            text=article["text"],
            title=article.get("title"),
            published=article.get("date"),
        )
        doc = pipeline(clean_document(raw))
        mapping = align_offsets(article["text"], doc.text)
        mapped = []  # (gold mention, span in doc.text or None for a header dateline)
        for mention in gold:
            span = _map_span(mapping, doc.text, mention["start"], mention["end"], mention["text"])
            if span is None:
                counts["unmapped_gold"] += 1
            mapped.append((mention, span))
            counts["gold_mentions"] += 1
            counts[f"gold_{mention['role']}"] += 1
        taken: set[int] = set()
        predicted = [p for p in doc.places if p.geonameid is not None or p.latitude is not None]
        header = doc.meta.get("dateline_place")
        extra = []
        if header and header.get("in_text") is False:
            extra.append(header)
        people = [
            (m.start, m.end, m.text) for m in doc.mentions if m.type in ("person", "organisation")
        ]
        for place in predicted:
            overlapping = [
                k
                for k, (m, span) in enumerate(mapped)
                if span is not None and span[0] < place.end and place.start < span[1]
            ]
            counts["predicted"] += 1
            hit = next(
                (k for k in overlapping if k not in taken and same_place(mapped[k][0], place)), None
            )
            if hit is not None:
                taken.add(hit)
                counts["predicted_right"] += 1
                continue
            if overlapping:
                counts["wrong_place"] += 1
                kind = "wrong-place"
            else:
                counts["spurious"] += 1
                kind = "spurious"
                if any(s < place.end and place.start < e for s, e, _ in people):
                    counts["persons_orgs_geocoded"] += 1
                    kind = "person-or-organisation"
            gold_here = [mapped[k][0] for k in overlapping]
            errors.append(
                {
                    "id": article["id"],
                    "error": kind,
                    "text": place.text,
                    "predicted": f"{place.name} ({place.country}, {place.geonameid})",
                    "gold": [f"{g['name']} ({g['country']}, {g['geonameid']})" for g in gold_here],
                    "context": doc.text[max(0, place.start - 40) : place.end + 40],
                }
            )
        for record in extra:  # the header dateline: the gold mention the cleaner removed
            counts["predicted"] += 1
            hit = next(
                (
                    k
                    for k, (m, span) in enumerate(mapped)
                    if span is None and k not in taken and same_place(m, _Point(record))
                ),
                None,
            )
            if hit is not None:
                taken.add(hit)
                counts["predicted_right"] += 1
            else:
                counts["spurious"] += 1
                errors.append(
                    {
                        "id": article["id"],
                        "error": "header-dateline",
                        "text": record.get("text"),
                        "predicted": record.get("name"),
                        "gold": [],
                        "context": "",
                    }
                )
        for k, (mention, span) in enumerate(mapped):
            if k in taken:
                counts[f"matched_{mention['role']}"] += 1
            else:
                at = doc.text[max(0, span[0] - 40) : span[1] + 40] if span else "(removed)"
                errors.append(
                    {
                        "id": article["id"],
                        "error": f"missed-{mention['role']}",
                        "text": mention["text"],
                        "gold": [
                            f"{mention['name']} ({mention['country']}, {mention['geonameid']})"
                        ],
                        "predicted": None,
                        "context": at,
                    }
                )
        actor_spans = [span for m, span in mapped if span is not None and m["role"] == "actor"]
        place_spans = [span for m, span in mapped if span is not None and m["role"] == "place"]
        for note in doc.meta.get("event_places", []):
            counts["event_places"] += 1
            start = note["start"]
            counts["event_places_on_place"] += any(s <= start < e for s, e in place_spans)
            if any(s <= start < e for s, e in actor_spans):
                counts["event_places_on_actor"] += 1
                errors.append(
                    {
                        "id": article["id"],
                        "error": "event-place-on-actor",
                        "text": note["text"],
                        "predicted": note["rule"],
                        "gold": [],
                        "context": _sentence_of(doc, start),
                    }
                )
    matched = counts["matched_place"] + counts["matched_actor"]

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    precision = ratio(counts["predicted_right"], counts["predicted"])
    recall = ratio(matched, counts["gold_mentions"])
    return {
        "gold": str(folder),
        "n_articles": len(pairs),
        **counts,
        "matched": matched,
        "precision": precision,
        "recall": recall,
        "f1": ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0,
        "recall_place": ratio(counts["matched_place"], counts["gold_place"]),
        "recall_actor": ratio(counts["matched_actor"], counts["gold_actor"]),
        "seconds": round(time.perf_counter() - started, 2),
        "errors": errors,
    }


def _sentence_of(doc: Document, offset: int) -> str:
    sentence = doc.sentence_at(offset)
    if sentence is None:
        return doc.text[max(0, offset - 60) : offset + 60]
    return doc.text[sentence.start : sentence.end]


class _Point:
    """A place record (a dict) seen as a :class:`~redline.model.Place` for :func:`same_place`."""

    def __init__(self, record: dict) -> None:
        self.geonameid = record.get("geonameid")
        self.latitude = record.get("latitude")
        self.longitude = record.get("longitude")


def format_placegold_report(metrics: dict, *, errors: int = 0) -> str:
    """A plain-text summary of :func:`evaluate_placegold`; ``errors`` > 0 lists that many."""
    m = metrics
    lines = [
        f"place gold: {m['gold']}  articles {m['n_articles']}  {m['seconds']:.1f} s",
        f"precision (geocoded, right)  {m['predicted_right']:>4} of {m['predicted']:<4}"
        f" {m['precision']:.3f}   wrong place {m['wrong_place']}, not a gold mention"
        f" {m['spurious']}",
        f"recall (all mentions)        {m['matched']:>4} of {m['gold_mentions']:<4}"
        f" {m['recall']:.3f}"
        f"   f1 {m['f1']:.3f}",
        f"  role place                 {m['matched_place']:>4} of {m['gold_place']:<4}"
        f" {m['recall_place']:.3f}",
        f"  role actor                 {m['matched_actor']:>4} of {m['gold_actor']:<4}"
        f" {m['recall_actor']:.3f}",
        f"persons/organisations geocoded {m['persons_orgs_geocoded']}",
        f"event places on actor mentions {m['event_places_on_actor']} of {m['event_places']}"
        f" (on place mentions {m['event_places_on_place']})",
        f"gold mentions removed by the cleaner {m['unmapped_gold']}",
    ]
    for error in m["errors"][:errors]:
        lines.append(
            f"  {error['id']} {error['error']}: {error['text']!r} -> {error['predicted']}"
            f" gold {error['gold']}  | {error['context']!r}"
        )
    return "\n".join(lines)
