"""Score quote extraction and attribution against PolNeAR-format gold (``redline eval quotes``).

Predicted and gold quotes are paired per article by character Jaccard over the gold
``quote_spans``, best pairs first, a pair counting at Jaccard >= 0.5. Predicted pieces that share a
cue (an interrupted quote, "“A,” she said. “B.”") are scored as one quote, as PolNeAR annotates
them. Precision for a kind counts predictions of that kind paired with any gold quote; recall for
a kind counts gold quotes of that kind paired with any prediction (the gold ``kind`` is itself
derived from quote marks, so a kind disagreement is not counted twice). On paired quotes the
speaker is right when the predicted mention overlaps the gold one, and the name is right when it
equals the silver full name or shares its last word. With a hand-checked name key
(``evaluation/namekey/key.jsonl``: per gold quote the speaker's type and every full form of the
name the article uses) the name is also scored against the key, which is the issue's "gold
speaker's full name" where the silver names are read off a span or CoreNLP's coreference. With a
speaker actor key too (``evaluation/namekey/actors.jsonl``: per article and keyed speaker the actor
code an analyst gives on the article's date, and its acceptable alternatives) the actor code of the
same quotes is scored, at the country level (the first three letters) and in full.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from redline.evaluate.gold import load_gold
from redline.model import Document, Quote

MIN_JACCARD = 0.5
KINDS = ("direct", "mixed", "indirect")
SUBSETS = {
    "direct": ("direct",),
    "mixed": ("mixed",),
    "indirect": ("indirect",),
    "direct+mixed": ("direct", "mixed"),
    "all": KINDS,
}
NAME_NOISE = (
    *("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "gov.", "rep."),
    # "Joseph R. Biden Jr." is the silver "Joseph R. Biden", "Brent Bozell III" is "Brent Bozell"
    *("jr.", "jr", "sr.", "sr", "ii", "iii", "iv"),
)


@dataclass
class PredictedQuote:
    """One predicted attribution: pieces sharing a cue, grouped back into one quote."""

    chars: frozenset[int]
    lo: int
    hi: int
    kind: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    has_cue: bool
    actor: str | None = None


def _chars(spans: Iterable[Sequence[int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e))


def _grouped(quotes: Iterable[Quote]) -> dict[tuple, list[Quote]]:
    """The pieces of each interrupted quote (same cue and speaker), in the quotes' order."""
    groups: dict[tuple, list[Quote]] = {}
    for n, q in enumerate(quotes):
        key = (q.cue_start, q.cue_end, q.speaker_start) if q.cue_start is not None else ("q", n)
        groups.setdefault(key, []).append(q)
    return groups


def prediction_rules(quotes: Iterable[Quote]) -> list[str | None]:
    """The rule of each prediction :func:`group_predictions` makes, in its order (its first
    piece's), for the miss listers."""
    return [pieces[0].rule for pieces in _grouped(quotes).values()]


def group_predictions(quotes: Iterable[Quote]) -> list[PredictedQuote]:
    """Merge the pieces of interrupted quotes (same cue and speaker) into one prediction."""
    groups = _grouped(quotes)
    out = []
    for pieces in groups.values():
        kinds = {p.kind for p in pieces}
        kind = "mixed" if "mixed" in kinds else "direct" if "direct" in kinds else "indirect"
        first = pieces[0]
        span = None
        if first.speaker_start is not None and first.speaker_end is not None:
            span = (first.speaker_start, first.speaker_end)
        out.append(
            PredictedQuote(
                _chars((p.start, p.end) for p in pieces),
                min(p.start for p in pieces),
                max(p.end for p in pieces),
                kind,
                first.speaker,
                span,
                first.cue is not None,
                first.actor,
            )
        )
    return out


def _gold_chars(quote: dict[str, Any]) -> frozenset[int]:
    return _chars(quote.get("quote_spans") or [(quote["quote_start"], quote["quote_end"])])


def pair_quotes(
    predicted: list[PredictedQuote], gold: list[dict[str, Any]]
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairs (predicted index, gold index, Jaccard), best first, >= 0.5."""
    gold_chars = [_gold_chars(g) for g in gold]
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold_chars):
            if not g or p.hi <= min(g) or p.lo > max(g):
                continue
            inter = len(p.chars & g)
            if inter:
                jaccard = inter / len(p.chars | g)
                if jaccard >= MIN_JACCARD:
                    candidates.append((jaccard, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for jaccard, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, jaccard))
    return pairs


def _normalise_name(name: str) -> list[str]:
    """Lower-cased words without titles and possessives; accents composed (NFC), so a name typed
    with a combining accent ("Pen\u0303a") equals the same name typed with "ñ"."""
    words = (
        unicodedata.normalize("NFC", name)
        .lower()
        .replace("’s", "")
        .replace("'s", "")
        .replace("’", "'")
        .split()
    )
    return [w for w in words if w not in NAME_NOISE]


def name_matches(predicted: str | None, silver: str) -> bool:
    """Same full name, or at least the same last word ("Putin" matches "Vladimir Putin")."""
    if not predicted:
        return False
    p, s = _normalise_name(predicted), _normalise_name(silver)
    return bool(p and s) and (p == s or p[-1] == s[-1])


def full_name_matches(predicted: str | None, silver: str) -> bool:
    """The name accuracy of issue #10: the resolved name is the silver full name (or the silver
    coreference of a pronoun speaker), titles and possessives aside; a surname alone is wrong."""
    if not predicted:
        return False
    p, s = _normalise_name(predicted), _normalise_name(silver)
    return bool(p and s) and p == s


KeyIndex = dict[tuple[str, int, int], dict[str, Any]]
KEY_SCOPES = {"person": ("person",), "named": ("person", "organization")}


def load_name_key(path: str) -> KeyIndex:
    """The hand-checked speaker names, by (document id, quote start, quote end)."""
    return {(r["doc_id"], r["quote_start"], r["quote_end"]): r for r in load_gold(path)}


def key_name_matches(predicted: str | None, entry: dict[str, Any]) -> bool:
    """The resolved name is one of the full forms the article gives the speaker."""
    return any(full_name_matches(predicted, name) for name in entry.get("names", []))


ActorKey = dict[tuple[str, str], dict[str, Any]]


def load_actor_key(path: str) -> ActorKey:
    """The analyst's speaker actor codes, by (document id, the name key's first full name)."""
    return {(r["doc_id"], r["name"]): r for r in load_gold(path)}


def actor_code_matches(predicted: str | None, entry: dict[str, Any]) -> tuple[bool, bool]:
    """(country right, code right): the predicted code's first three letters are those of the
    key's code or of an alternative, and the whole code is one of them."""
    codes = [entry["code"], *entry.get("alt_codes", [])]
    if not predicted:
        return False, False
    return predicted[:3] in {c[:3] for c in codes}, predicted in codes


def _speaker_overlaps(pred: PredictedQuote, gold: dict[str, Any]) -> bool:
    if pred.speaker_span is None:
        return False
    spans = gold.get("speaker_spans") or [(gold["speaker_start"], gold["speaker_end"])]
    return any(pred.speaker_span[0] < e and s < pred.speaker_span[1] for s, e in spans)


def _empty_counts() -> dict[str, int]:
    return {"gold": 0, "predicted": 0, "gold_matched": 0, "predicted_matched": 0}


def score_documents(
    records: list[dict[str, Any]],
    predictions: list[list[Quote]],
    name_key: KeyIndex | None = None,
    actor_key: ActorKey | None = None,
) -> dict[str, Any]:
    """Metrics for predicted quotes against gold records (same order, one list per record);
    with ``name_key``, the names of matched direct + mixed quotes against the hand key too, and
    with ``actor_key`` as well, those quotes' actor codes against the analyst's codes of their
    speakers (:func:`actor_code_matches`)."""
    counts = {name: _empty_counts() for name in [*SUBSETS, "indirect_speech"]}
    speaker = {"direct+mixed": [0, 0], "all": [0, 0]}
    names = {"direct+mixed": [0, 0], "all": [0, 0], "pronoun_silver": [0, 0]}
    full = {"direct+mixed": [0, 0], "all": [0, 0]}
    keyed = {scope: [0, 0] for scope in KEY_SCOPES}
    actors = {"country": [0, 0], "code": [0, 0]}
    for record, quotes in zip(records, predictions, strict=True):
        gold = record.get("quotes", [])
        predicted = group_predictions(quotes)
        pairs = pair_quotes(predicted, gold)
        matched_p = {i for i, _, _ in pairs}
        matched_g = {j for _, j, _ in pairs}
        for name, kinds in SUBSETS.items():
            c = counts[name]
            for j, g in enumerate(gold):
                if g["kind"] in kinds:
                    c["gold"] += 1
                    c["gold_matched"] += j in matched_g
            for i, p in enumerate(predicted):
                if p.kind in kinds:
                    c["predicted"] += 1
                    c["predicted_matched"] += i in matched_p
        c = counts["indirect_speech"]
        for j, g in enumerate(gold):
            if g["kind"] == "indirect" and g.get("cue_speech_auto"):
                c["gold"] += 1
                c["gold_matched"] += j in matched_g
        for i, p in enumerate(predicted):
            if p.kind == "indirect" and p.has_cue:
                c["predicted"] += 1
                c["predicted_matched"] += i in matched_p
        for i, j, _ in pairs:
            p, g = predicted[i], gold[j]
            scopes = ["all"] + (["direct+mixed"] if g["kind"] in ("direct", "mixed") else [])
            entry = None
            if name_key is not None and "direct+mixed" in scopes:
                entry = name_key.get((record.get("id", ""), g["quote_start"], g["quote_end"]))
            if entry is not None and entry.get("names"):
                right = key_name_matches(p.speaker, entry)
                for scope, types in KEY_SCOPES.items():
                    if entry.get("speaker_type") in types:
                        keyed[scope][0] += right
                        keyed[scope][1] += 1
                coded = (actor_key or {}).get((record.get("id", ""), entry["names"][0]))
                if coded is not None:
                    for level, hit in zip(actors, actor_code_matches(p.actor, coded), strict=True):
                        actors[level][0] += hit
                        actors[level][1] += 1
            if g.get("speaker_start") is not None:
                right = _speaker_overlaps(p, g)
                for scope in scopes:
                    speaker[scope][0] += right
                    speaker[scope][1] += 1
            silver = g.get("speaker_name_silver") or g.get("speaker_coref_silver")
            if silver:
                exact = full_name_matches(p.speaker, silver)
                for scope in scopes:
                    full[scope][0] += exact
                    full[scope][1] += 1
            if g.get("speaker_name_silver"):
                right = name_matches(p.speaker, g["speaker_name_silver"])
                for scope in scopes:
                    names[scope][0] += right
                    names[scope][1] += 1
            elif g.get("speaker_coref_silver"):
                names["pronoun_silver"][0] += name_matches(p.speaker, g["speaker_coref_silver"])
                names["pronoun_silver"][1] += 1
    metrics: dict[str, Any] = {"n_docs": len(records)}
    for name, c in counts.items():
        precision = c["predicted_matched"] / c["predicted"] if c["predicted"] else 0.0
        recall = c["gold_matched"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[name] = {**c, "precision": precision, "recall": recall, "f1": f1}
    tallies = {
        "speaker": speaker,
        "name_full": full,
        "name_key": keyed,
        "actor_key": actors,
        "name": names,
    }
    for prefix, tally in tallies.items():
        if (prefix == "name_key" and name_key is None) or (prefix == "actor_key" and not actor_key):
            continue
        for scope, (right, total) in tally.items():
            metrics[f"{prefix}_{scope}"] = _accuracy(right, total)
    return metrics


def _accuracy(right: int, total: int) -> dict[str, Any]:
    return {"right": right, "total": total, "accuracy": right / total if total else 0.0}


def record_published(record: dict[str, Any]) -> str | None:
    """An article's publication date (ISO), as ``redline code`` takes it from a JSONL record:
    its ``date`` or ``published`` field, read by the cleaner's :func:`iso_date`. PolNeAR's
    records keep it in ``meta.publication_date``. The graph links a role ("the president") to
    the office-holder of this date, so an article scored without it is not coded as a user's."""
    from redline.clean.header import iso_date

    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    for value in (record.get("date"), record.get("published"), meta.get("publication_date")):
        date = iso_date(value) if isinstance(value, str) else None
        if date:
            return date
    return None


def gold_documents(records: Iterable[dict[str, Any]]) -> list[Document]:
    """The gold articles as the pipeline's documents: the text as it is (the gold offsets are
    into it), the id as source and the publication date (:func:`record_published`)."""
    return [
        Document(text=r["text"], source=r.get("id", ""), published=record_published(r))
        for r in records
    ]


def evaluate_quotes(
    gold_path: str,
    *,
    limit: int | None = None,
    skip: int = 0,
    pipeline=None,
    name_key: str | None = None,
    actor_key: str | None = None,
) -> dict:
    """Code every gold article with redline's quote stage and score it. ``skip`` leaves out the
    first records, so error analysis can move on to articles nobody has tuned on yet;
    ``name_key`` is a hand-checked speaker-name key (:func:`load_name_key`), ``actor_key`` the
    analyst's actor codes of its speakers (:func:`load_actor_key`; scored with ``name_key``)."""
    from redline.pipeline import Pipeline
    from redline.quotes import extract_quotes

    records = load_gold(gold_path, None if limit is None else skip + limit)[skip:]
    if pipeline is None:
        # the stages a quote's speaker depends on: actor codes, the entity graph, the quotes
        # themselves, the graph's speaker links and the speakers' actor codes (events and
        # enrichment are not scored here)
        stages = ["actors", "graph", "quotes", "speakers", "quote_actors"]
        pipeline = Pipeline({"pipeline.stages": stages})
    elif not any(stage is extract_quotes for _, stage in pipeline.stages):
        pipeline = Pipeline(
            model=pipeline.model,
            workers=pipeline.workers,
            batch_size=pipeline.batch_size,
            stages=[*pipeline.stages, ("quotes", extract_quotes)],
        )
    started = time.perf_counter()
    docs = gold_documents(records)
    coded = list(pipeline.pipe(docs))
    seconds = time.perf_counter() - started
    key = load_name_key(name_key) if name_key else None
    actors = load_actor_key(actor_key) if actor_key else None
    metrics = score_documents(records, [d.quotes for d in coded], key, actors)
    metrics["gold"] = str(gold_path)
    if name_key:
        metrics["name_key"] = str(name_key)
    if actor_key:
        metrics["actor_key"] = str(actor_key)
    metrics["seconds"] = round(seconds, 2)
    metrics["warnings"] = sum(len(d.warnings) for d in coded)
    return metrics


def format_quotes_report(metrics: dict) -> str:
    """A plain-text table of the metrics from :func:`evaluate_quotes`."""
    lines = [
        f"quotes: {metrics.get('gold', '')}  docs {metrics['n_docs']}"
        + (f"  {metrics['seconds']:.1f} s" if "seconds" in metrics else ""),
        f"{'subset':<16}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for name in ("direct", "mixed", "direct+mixed", "indirect", "indirect_speech", "all"):
        m = metrics[name]
        lines.append(
            f"{name:<16}{m['gold']:>6}{m['predicted']:>6}"
            f"{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}"
        )
    lines.append(f"{'attribution':<28}{'right':>7}{'of':>6}{'acc':>7}")
    labels = {
        "speaker_direct+mixed": "speaker mention, dir+mixed",
        "speaker_all": "speaker mention, all",
        "name_direct+mixed": "silver name, dir+mixed",
        "name_all": "silver name, all",
        "name_full_direct+mixed": "full name (issue #10), dir+mixed",
        "name_full_all": "full name (issue #10), all",
        "name_pronoun_silver": "pronoun coref name (silver)",
        "name_key_person": "full name (hand key), persons",
        "name_key_named": "full name (hand key), + orgs",
        "actor_key_country": "speaker actor, country",
        "actor_key_code": "speaker actor, full code",
    }
    for key, label in labels.items():
        if key not in metrics:
            continue
        m = metrics[key]
        lines.append(f"{label:<28}{m['right']:>7}{m['total']:>6}{m['accuracy']:>7.3f}")
    return "\n".join(lines)
