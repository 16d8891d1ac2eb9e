"""Score event places against ``event_location_gold`` (``redline eval places``).

Each gold record is one sentence with the event's verb span and the spans of the places where it
happened (no LOCATION span when the sentence names no such place). The sentence is coded with the
stages places depend on (actors, entity graph, geocoding); the place redline would give an event
triggered by the gold verb (:func:`redline.enrich.places.choose_event_place`, the same rules the
pipeline uses for coded events) is right when its span overlaps one of the gold places. This
scores place choice on every gold verb, whether or not the event coder fires on it.

Reading the gold: the verb spans are character offsets, and so are the place spans of about half
the records, but the others (the LDC wire sentences) carry **token** offsets with an inclusive
end, as the annotation tool stored them before the tokens were dropped: a one-token place is
``start == end`` ("Sudan" is token 16 of its sentence, ``{"start": 16, "end": 16}``) and a longer
one reads as a cut word ("g" for "San Carlos", tokens 7-8). A place span is read as tokens when it
is empty or its characters do not start and end on token boundaries; the tokens are rebuilt with
spaCy's English tokenizer, hyphens split. Reading them as characters (as the converted file
suggests, and as this scorer did before) counts 168 sentences as unplaceable and leaves 41 gold
places as word fragments; those "as filed" figures are still reported (``filed_*``).

Reported: of the located sentences (gold has a place), how many got the right place (the issue
#10 figure); precision of the places given; how many sentences without a gold place still got
one; the same for two fixed halves of the file (``dev``, used to write rules, and ``held``, left
alone), split by a seeded hash of the record id.
"""

from __future__ import annotations

import hashlib
import re
import time
from functools import lru_cache
from typing import Any

from redline.evaluate.gold import load_gold
from redline.model import Document

SPLIT_SEED = "redline-event-places-2026"


def split_half(record_id: str) -> str:
    """``dev`` or ``held``: a fixed half of event_location_gold by a seeded hash of the id."""
    digest = hashlib.sha1(f"{SPLIT_SEED}:{record_id.strip()}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "held"


def _span(record: dict[str, Any], label: str) -> tuple[int, int] | None:
    for span in record.get("spans", []):
        if span.get("label") == label and span.get("end", 0) > span.get("start", 0):
            return span["start"], span["end"]
    return None


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _tokens(text: str) -> list[tuple[int, int]]:
    """Token character spans as the annotation tool cut them: spaCy's English rules, with
    hyphens between word parts split off ("16-year-old", "U.S.-led")."""
    spans = []
    for token in _tokenizer()(text):
        start = token.idx
        for part in re.split(r"(-)", token.text) if len(token.text) > 1 else [token.text]:
            if part:
                spans.append((start, start + len(part)))
                start += len(part)
    return spans


def gold_places(record: dict[str, Any]) -> list[tuple[int, int]]:
    """The character spans of every gold place of a record, token offsets converted (see the
    module docstring); a token span past the sentence's end is dropped."""
    text = record["text"]
    tokens: list[tuple[int, int]] | None = None
    places = []
    for span in record.get("spans", []):
        if span.get("label") != "LOCATION":
            continue
        start, end = span.get("start", 0), span.get("end", 0)
        if tokens is None:
            tokens = _tokens(text)
        starts, ends = {s for s, _ in tokens}, {e for _, e in tokens}
        if end > start and start in starts and end in ends:
            places.append((start, end))
        elif 0 <= start <= end < len(tokens):
            first, last = tokens[start][0], tokens[end][1]
            while first < last and text[first].isspace():
                first += 1
            places.append((first, last))
    return places


def _readable(gold_text: str) -> bool:
    """A gold place that is a name ("Aleppo", "al-Tijara"), not a word fragment."""
    return bool(re.match(r"(?:[A-Z]|(?:al|el|ad|as)-[A-Z])", gold_text.strip()))


def _overlaps(chosen, spans: list[tuple[int, int]]) -> bool:
    return chosen is not None and any(chosen.start < e and s < chosen.end for s, e in spans)


_COUNTS = ("located", "located_right", "located_readable", "located_readable_right",
           "predicted", "predicted_right", "unlocated", "unlocated_given")  # fmt: skip


def _rates(counts: dict[str, int]) -> dict[str, float]:
    def ratio(a: str, b: str) -> float:
        return counts[a] / counts[b] if counts[b] else 0.0

    return {
        "located_accuracy": ratio("located_right", "located"),
        "located_readable_accuracy": ratio("located_readable_right", "located_readable"),
        "precision": ratio("predicted_right", "predicted"),
    }


def _count(counts: dict[str, int], text: str, spans: list[tuple[int, int]], chosen) -> bool:
    right = _overlaps(chosen, spans)
    if spans:
        counts["located"] += 1
        counts["located_right"] += right
        if _readable(text[spans[0][0] : spans[0][1]]):
            counts["located_readable"] += 1
            counts["located_readable_right"] += right
    else:
        counts["unlocated"] += 1
        counts["unlocated_given"] += chosen is not None
    if chosen is not None:
        counts["predicted"] += 1
        counts["predicted_right"] += right
    return right


def evaluate_places(gold_path: str, *, limit: int | None = None, pipeline=None) -> dict:
    """Code each gold sentence and score the place chosen for its gold verb."""
    from redline.enrich.places import choose_event_place
    from redline.pipeline import Pipeline

    records = load_gold(gold_path, limit)
    if pipeline is None:
        # the stages a place depends on: actor codes and the entity graph (no person geocoded)
        pipeline = Pipeline({"pipeline.stages": ["actors", "graph", "places"]})
    started = time.perf_counter()
    counts = dict.fromkeys(_COUNTS, 0)
    filed = dict.fromkeys(_COUNTS, 0)
    halves = {"dev": dict.fromkeys(_COUNTS, 0), "held": dict.fromkeys(_COUNTS, 0)}
    errors: list[dict[str, Any]] = []
    docs = (Document(text=r["text"], source=r.get("id", "")) for r in records)
    for record, doc in zip(records, _coded(pipeline, docs), strict=True):
        text = record["text"]
        verb = _span(record, "VERB")
        gold = gold_places(record)
        chosen, rule = None, None
        if verb is not None and doc is not None:
            chosen, rule = choose_event_place(doc, doc.places, verb)
        right = _count(counts, text, gold, chosen)
        _count(halves[split_half(record.get("id", ""))], text, gold, chosen)
        as_filed = _span(record, "LOCATION")
        _count(filed, text, [as_filed] if as_filed else [], chosen)
        if not right and (gold or chosen is not None):
            errors.append(
                {
                    "id": record.get("id"),
                    "half": split_half(record.get("id", "")),
                    "gold": [text[s:e] for s, e in gold],
                    "predicted": chosen.text if chosen else None,
                    "rule": rule,
                    "verb": text[verb[0] : verb[1]] if verb else None,
                    "places": [p.text for p in doc.places] if doc is not None else [],
                    "text": text,
                }
            )
    return {
        "gold": str(gold_path),
        "n_sentences": len(records),
        **counts,
        **_rates(counts),
        **{f"filed_{name}": value for name, value in {**filed, **_rates(filed)}.items()},
        "halves": {name: {**half, **_rates(half)} for name, half in halves.items()},
        "seconds": round(time.perf_counter() - started, 2),
        "errors": errors,
    }


def _coded(pipeline, docs):
    """The pipeline's documents with ``parsed`` kept (choosing a place reads the parse)."""
    for doc in docs:
        parsed = pipeline.nlp(doc.text)
        yield pipeline.finish(doc, parsed, keep_parse=True)


def format_places_report(metrics: dict, *, errors: int = 0) -> str:
    """A plain-text summary of :func:`evaluate_places`; ``errors`` > 0 lists that many misses."""

    def rows(m: dict, prefix: str = "") -> list[str]:
        def get(name: str):
            return m[prefix + name]

        return [
            f"located sentences right   {get('located_right'):>5} of {get('located'):<5}"
            f" {get('located_accuracy'):.3f}",
            f"  gold span a name        {get('located_readable_right'):>5} of"
            f" {get('located_readable'):<5} {get('located_readable_accuracy'):.3f}",
            f"places given, right       {get('predicted_right'):>5} of {get('predicted'):<5}"
            f" {get('precision'):.3f}",
            f"no gold place, one given  {get('unlocated_given'):>5} of {get('unlocated')}",
        ]

    lines = [
        f"places: {metrics['gold']}  sentences {metrics['n_sentences']}"
        f"  {metrics['seconds']:.1f} s",
        *rows(metrics),
    ]
    for name, half in metrics.get("halves", {}).items():
        lines += [f"half {name} ({half['located'] + half['unlocated']} sentences)"]
        lines += ["  " + row for row in rows(half)]
    if "filed_located" in metrics:
        lines += ["gold place spans read as characters only (as filed, before the token fix)"]
        lines += ["  " + row for row in rows(metrics, "filed_")]
    for error in metrics["errors"][:errors]:
        lines.append(
            f"  {error['id']} [{error['half']}] gold {error['gold']!r} predicted"
            f" {error['predicted']!r} ({error['rule']}) places {error['places']}"
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
