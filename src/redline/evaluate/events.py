"""Score the event coder against CAMEO/PLOVER gold sentences (``redline eval events GOLD.jsonl``).

The gold format is the one in ``shared/eval/events`` (one sentence a line with ``events`` of
``source``/``target``/``code`` and optionally ``plover``; ``no_events: true`` marks negatives).
Each sentence is coded on its own with its ``date``. Measures, as far as the file's gold allows:

- detection: does the sentence have at least one event (negatives = ``no_events``);
- root dyad: (source country, target country, root code), country = first 3 characters of the
  actor code, ``---`` and missing actors match only each other; events are multisets matched
  greedily per sentence; the full-code and sector (country + first sector) variants likewise;
- code-only gold (``cameo_manual_examples``): root and full-code accuracy of the sentence's
  first event (no event = wrong), and the mean absolute Goldstein error;
- PLOVER (``plover_gsr_cameo_manual``): F1 on the set of PLOVER types per sentence, and on
  (source country, target country, type); old names are mapped to the current ones;
- Phoenix five classes (records with ``penta_class_phoenix``, the ConfliBERT sentences): the class
  of the sentence's first asserted event (not negated, not conditional; class 0 when there is
  none) against the gold class, with a confusion matrix; and whether that event's source span
  shares a content word with a gold ``source_spans`` (or ``reciprocal_spans``) entry, over the
  sentences that have one (no event = not matched) and over those where an event was coded;
  reported beside it, the same with a pronoun source ("Farc said *it* will ...") counted when
  it resolves to the actor the gold span names (the annotators mark the antecedent; since the
  sixth round redline records the antecedent too when it is in the sentence, see
  ``redline.events.spans``, so this only counts pronouns resolved to an earlier sentence).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from redline.evaluate.gold import load_gold
from redline.events.cameo import PENTA_NAMES, load_cameo, penta_class
from redline.model import Document, Event

PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
WILDCARD = "---"


def country(code: str | None) -> str:
    """The country part of an actor code; unknown or missing actors are the wildcard ``---``."""
    if not code:
        return WILDCARD
    return code[:3]


def sector(code: str | None) -> str:
    if not code:
        return WILDCARD
    return code[:6]


def plover_name(name: str | None) -> str | None:
    if not name:
        return None
    name = name.upper()
    return PLOVER_RENAMES.get(name, name)


# Words that do not make two actor spans the same actor.
SPAN_STOPWORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "s", "to", "for", "its"})


def first_asserted(events: list[Event]) -> Event | None:
    """The sentence's first event that is neither negated nor conditional (the one it asserts)."""
    return next((e for e in events if not e.negated and not e.conditional), None)


def span_words(text: str | None) -> set[str]:
    """The lower-cased content words of a span, for a lenient same-actor test."""
    return set(re.findall(r"\w+", (text or "").lower())) - SPAN_STOPWORDS


def span_matches(predicted: str | None, gold_spans: Iterable[str]) -> bool:
    """Whether a predicted actor span shares a content word with one of the gold spans."""
    words = span_words(predicted)
    return bool(words) and any(words & span_words(g) for g in gold_spans)


SOURCE_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "its", "their", "his", "her"})


def pronoun_names_gold(event: Event, gold_spans: Iterable[str], book: Any) -> bool:
    """issue #9 precision: the event's source span is a pronoun ("Farc said *it* will release")
    whose resolved actor is the actor the gold span names ("Farc"): the ConfliBERT annotators
    mark the antecedent, redline records the mention in the clause (provenance) with the actor
    it resolves to. Same actor code, or the same country when one side is a bare country."""
    if book is None or not event.source_actor or not event.source_text:
        return False
    if event.source_text.strip().lower() not in SOURCE_PRONOUNS:
        return False
    for span in gold_spans:
        found = book.lookup(span)
        if found is None or not found.code:
            continue
        if found.code == event.source_actor:
            return True
        same_country = not found.code.startswith("---") and found.code[:3] == event.source_actor[:3]
        if same_country and 3 in (len(found.code), len(event.source_actor)):
            return True  # one side names the country alone
    return False


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def match_counts(gold: Iterable[tuple], predicted: Iterable[tuple]) -> tuple[int, int, int]:
    """(tp, fp, fn) of two multisets of tuples."""
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def sentence_pipeline(min_confidence: float | None = 0.0):
    """The events stage alone, keeping events with no actor resolved and at any confidence.

    The sentence sets score the lexicon and the argument rules one sentence at a time, with no
    document around it. Dropping events that name no actor, and the learned precision filter's
    threshold (trained on whole Reuters articles), are output policies for whole documents,
    measured by ``--docs``; ``min_confidence`` scores the sentence sets with the filter on.
    """
    from redline.events import make_event_coder
    from redline.pipeline import Pipeline

    coder = make_event_coder(keep_unresolved=True, min_confidence=min_confidence)
    return Pipeline(stages=[("events", coder)])


def code_records(records: list[dict[str, Any]], pipeline=None) -> list[list[Event]]:
    """The events redline codes for each gold sentence, in order."""
    if pipeline is None:
        pipeline = sentence_pipeline()
    docs = (
        Document(text=rec["text"], published=rec.get("date"), source=str(rec.get("id", "")))
        for rec in records
    )
    return [doc.events for doc in pipeline.pipe(docs)]


def evaluate_events(gold_path: str, *, limit: int | None = None, pipeline=None) -> dict[str, Any]:
    """Code every sentence of ``gold_path`` and score the events (see the module doc)."""
    records = load_gold(gold_path, limit=limit)
    started = time.perf_counter()
    predicted = code_records(records, pipeline)
    seconds = time.perf_counter() - started
    metrics = score(records, predicted)
    metrics.update({"file": str(gold_path), "seconds": round(seconds, 2)})
    return metrics


def score(records: list[dict[str, Any]], predicted: list[list[Event]]) -> dict[str, Any]:
    """All the measures the gold supports, from gold records and predicted events."""
    cameo = load_cameo()
    datasets = sorted({str(r.get("dataset", "")) for r in records})
    counts = {k: [0, 0, 0] for k in ("detection", "root", "full", "sector", "ptype", "pdyad")}
    has_dyads = has_plover = False
    code_only = {"n": 0, "root": 0, "full": 0}
    gold_errors: list[float] = []
    negatives = sum(1 for r in records if r.get("no_events"))
    penta = [[0] * len(PENTA_NAMES) for _ in PENTA_NAMES]  # penta[gold][predicted]
    spans = {"n": 0, "matched": 0, "with_event": 0, "matched_with_event": 0, "by_pronoun": 0}
    book = None

    def add(key: str, tp: int, fp: int, fn: int) -> None:
        counts[key][0] += tp
        counts[key][1] += fp
        counts[key][2] += fn

    for rec, events in zip(records, predicted, strict=True):
        if "penta_class_phoenix" in rec:  # class-level gold: no event list to score
            first = first_asserted(events)
            penta[int(rec["penta_class_phoenix"])][penta_class(first.code if first else None)] += 1
            gold_spans = (rec.get("source_spans") or []) + (rec.get("reciprocal_spans") or [])
            if gold_spans:
                hit = first is not None and span_matches(first.source_text, gold_spans)
                spans["n"] += 1
                spans["matched"] += hit
                spans["with_event"] += first is not None
                spans["matched_with_event"] += hit
                if first is not None and not hit:
                    if book is None:
                        from redline.actors import load_actors

                        book = load_actors()
                    spans["by_pronoun"] += pronoun_names_gold(first, gold_spans, book)
            continue
        gold = [e for e in rec.get("events") or []]
        coded = [e for e in gold if e.get("code")]
        is_positive = bool(gold) and not rec.get("no_events")
        has_event = bool(events)
        add("detection", int(is_positive and has_event), int(has_event and not is_positive),
            int(is_positive and not has_event))  # fmt: skip
        with_actors = any(e.get("source") or e.get("target") for e in coded)
        if with_actors or rec.get("no_events"):
            has_dyads = True
            add("root", *match_counts(
                [(country(e["source"]), country(e["target"]), e["code"][:2]) for e in coded],
                [(country(e.source_actor), country(e.target_actor), e.root_code) for e in events],
            ))  # fmt: skip
            add("full", *match_counts(
                [(e["source"] or WILDCARD, e["target"] or WILDCARD, e["code"]) for e in coded],
                [(e.source_actor or WILDCARD, e.target_actor or WILDCARD, e.code) for e in events],
            ))  # fmt: skip
            add("sector", *match_counts(
                [(sector(e["source"]), sector(e["target"]), e["code"]) for e in coded],
                [(sector(e.source_actor), sector(e.target_actor), e.code) for e in events],
            ))  # fmt: skip
        elif coded:  # code-only gold: the sentence's first event against the gold code
            code_only["n"] += 1
            first = events[0] if events else None
            want = coded[0]["code"]
            if first is not None:
                code_only["root"] += int(first.root_code == want[:2])
                code_only["full"] += int(first.code == want)
                if want in cameo and first.goldstein is not None:
                    gold_errors.append(abs(first.goldstein - cameo[want].goldstein))
        plover_gold = [e for e in gold if e.get("plover")]
        if plover_gold:
            has_plover = True
            add("ptype", *match_counts(
                sorted({plover_name(e["plover"]) for e in plover_gold}),
                sorted({e.plover for e in events if e.plover}),
            ))  # fmt: skip
            add("pdyad", *match_counts(
                [(country(e["source"]), country(e["target"]), plover_name(e["plover"]))
                 for e in plover_gold],
                [(country(e.source_actor), country(e.target_actor), e.plover)
                 for e in events if e.plover],
            ))  # fmt: skip
        if has_dyads and coded and events:
            want = coded[0]["code"]
            if want in cameo and events[0].goldstein is not None and (with_actors):
                gold_errors.append(abs(events[0].goldstein - cameo[want].goldstein))

    metrics: dict[str, Any] = {
        "dataset": datasets[0] if len(datasets) == 1 else ",".join(datasets),
        "sentences": len(records),
        "negatives": negatives,
        "events_predicted": sum(len(e) for e in predicted),
        "sentences_with_events": sum(1 for e in predicted if e),
        "detection": prf(*counts["detection"]),
    }
    if has_dyads:
        metrics["root_dyad"] = prf(*counts["root"])
        metrics["full_dyad"] = prf(*counts["full"])
        metrics["sector_dyad"] = prf(*counts["sector"])
    if code_only["n"]:
        metrics["root_accuracy"] = code_only["root"] / code_only["n"]
        metrics["code_accuracy"] = code_only["full"] / code_only["n"]
        metrics["code_only_sentences"] = code_only["n"]
    if has_plover:
        metrics["plover_type"] = prf(*counts["ptype"])
        metrics["plover_dyad"] = prf(*counts["pdyad"])
    scored = sum(map(sum, penta))
    if scored:
        metrics["penta"] = penta_metrics(penta)
        if spans["n"]:
            metrics["source_span"] = {
                "accuracy": spans["matched"] / spans["n"],
                "precision": spans["matched_with_event"] / spans["with_event"]
                if spans["with_event"]
                else 0.0,
                # a pronoun source resolved to the gold span's actor counts too
                "resolved_accuracy": (spans["matched"] + spans["by_pronoun"]) / spans["n"],
                "resolved_precision": (spans["matched_with_event"] + spans["by_pronoun"])
                / spans["with_event"]
                if spans["with_event"]
                else 0.0,
                **spans,
            }
    if gold_errors:
        metrics["goldstein_mae"] = sum(gold_errors) / len(gold_errors)
    return metrics


def penta_metrics(confusion: list[list[int]]) -> dict[str, Any]:
    """Accuracy, per-class P/R/F1 and the confusion matrix (rows gold, columns predicted)."""
    total = sum(map(sum, confusion))
    right = sum(confusion[i][i] for i in range(len(confusion)))
    per_class = {}
    for i, name in enumerate(PENTA_NAMES):
        tp = confusion[i][i]
        fp = sum(row[i] for row in confusion) - tp
        fn = sum(confusion[i]) - tp
        per_class[f"{i} {name}"] = prf(tp, fp, fn)
    return {"accuracy": right / total, "n": total, "per_class": per_class, "confusion": confusion}


def format_penta(metrics: dict[str, Any]) -> list[str]:
    """The Phoenix five-class lines of the report: accuracy, source spans, confusion matrix."""
    penta = metrics["penta"]
    lines = [
        f"{'Phoenix 5-class accuracy':<28}{penta['accuracy']:>8.3f}   ({penta['n']} sentences)"
    ]
    spans = metrics.get("source_span")
    if spans:
        lines.append(
            f"{'source span matched':<28}{spans['accuracy']:>8.3f}   ({spans['matched']} of "
            f"{spans['n']} with gold source spans; {spans['precision']:.3f} of the "
            f"{spans['with_event']} with an event coded)"
        )
        if "resolved_accuracy" in spans:
            lines.append(
                f"{'  or pronoun -> gold actor':<28}{spans['resolved_accuracy']:>8.3f}   "
                f"({spans['by_pronoun']} pronoun sources resolved to the gold span's actor; "
                f"{spans['resolved_precision']:.3f} of those coded)"
            )
    lines.append("confusion (rows gold, columns predicted; 0 = none or statement):")
    lines.append(" " * 22 + "".join(f"{i:>7}" for i in range(len(PENTA_NAMES))) + "      R")
    for i, row in enumerate(penta["confusion"]):
        recall = penta["per_class"][f"{i} {PENTA_NAMES[i]}"]["recall"]
        label = f"{i} {PENTA_NAMES[i]}"
        lines.append(f"  {label:<20}" + "".join(f"{n:>7}" for n in row) + f"{recall:>7.3f}")
    precision = [penta["per_class"][f"{i} {n}"]["precision"] for i, n in enumerate(PENTA_NAMES)]
    lines.append(f"  {'P':<20}" + "".join(f"{p:>7.3f}" for p in precision))
    return lines


def format_events_report(metrics: dict[str, Any]) -> str:
    """A plain-text table of the measures in ``metrics``."""
    lines = [
        f"events: {metrics.get('dataset', '')}  ({metrics.get('sentences', 0)} sentences, "
        f"{metrics.get('negatives', 0)} negatives, {metrics.get('events_predicted', 0)} events "
        f"predicted, {metrics.get('seconds', 0)} s)",
    ]
    header = f"{'measure':<28}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"
    labels = {
        "detection": "detection (sentence)",
        "root_dyad": "dyad + root code",
        "full_dyad": "dyad + full code (full actors)",
        "sector_dyad": "dyad + code (country+sector)",
        "plover_type": "PLOVER type",
        "plover_dyad": "dyad + PLOVER type",
    }
    for key, label in labels.items():
        m = metrics.get(key)
        if m and m["tp"] + m["fp"] + m["fn"]:
            if header:
                lines.append(header)
                header = ""
            lines.append(
                f"{label:<28}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                f"{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}"
            )
    for key, label in (
        ("root_accuracy", "root-code accuracy"),
        ("code_accuracy", "full-code accuracy"),
        ("goldstein_mae", "Goldstein mean abs error"),
    ):
        if key in metrics:
            lines.append(f"{label:<28}{metrics[key]:>8.3f}")
    if "penta" in metrics:
        lines.extend(format_penta(metrics))
    return "\n".join(lines)
