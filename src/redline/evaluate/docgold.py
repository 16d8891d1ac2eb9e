"""Score the event coder on whole articles (``redline eval events --docs GOLD``).

The yardstick is ``docs/event-annotation-guideline.md``: for each article, the set of events an
analyst would list. GOLD is an adjudicated ``gold.jsonl`` (one line per article: ``doc_id``,
``split``, ``events``) or a folder of annotation passes (``passes/A/<id>.json``, or ``passes/``
holding one folder per annotator, of which the first pass of each article is used). The texts and
splits come from ``articles.jsonl`` (found next to GOLD or above it, or given). An article whose
text may not be copied into the repo (PolNeAR's, evaluation-only) carries ``text_from`` instead of
``text``: ``shared:<path>`` names a JSONL file under the evaluation data folder ``shared`` (from
``$REDLINE_SHARED``, else a ``shared`` folder beside the articles file's checkout or above it)
whose record of the same id holds the text.

Per document and over all, as the guideline's §5 says:

- ``root``: the set of (source country, target country, root) tuples; the country of a code is
  its first three letters, or the whole code for ``IGO``/``NGO`` organisations; a missing actor
  is ``""`` and matches only a missing actor;
- ``code``: (source country, target country, code), a gold event matching any of its
  ``alt_codes`` too;
- ``full``: (source, target, code or alternative) with the whole actor codes;
- consult events (root 04) match in either direction.

Breakdowns: recall by gold ``mode`` / ``nominal`` / ``background`` / reported or not, precision
by redline's flags (asserted, negated, conditional), and precision per rule family (the lexicon
or pattern part of each event's ``rule``), so every rule's worth is visible.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from redline.errors import InputError
from redline.evaluate.gold import load_gold
from redline.model import Document, Event

SPLITS = (
    "dev",
    "train",
    "check",
    "check2",
    "train2",
    "check3",
    "train3",
    "check4",
    "train4",
    "check5",
    "train5",
    "check6",
    "train6",
    "check7",
    "train7",
    "check8",
    "train8",
    "check9",
    "check10",
    "train9",
    "check11",
    "check12",
    "train10",
    "check13",
    "train11",
    "train12",
    "check14",
    "train13",
    "train14",
    "train15",
    "train16",
    "train17",
    "check15",
    "train18",
    "train19",
    "train20",
    "train21",
    "check16",
    "check17",
    "check18",
    "check19",
    "check20",
    "test",
    "all",
)
# Scored once, never tuned or trained on: the test split. check9 and check10 (twenty-ninth
# round), the PolNeAR check11 and check12 (thirtieth), check13 (scored at the thirty-first round's
# start), check14 (at the thirty-second's), check15 (at the thirty-second's end), check16 (the last
# 52 PolNeAR train articles, at the thirty-third's end), check17 (PolNeAR dev's 84 articles, at the
# thirty-fourth's end), check18 (the last 154 Reuters articles, at the thirty-fifth's end) and
# check19 (18 political web pages of the Scrapinghub benchmark's human-annotated bodies, at the
# thirty-seventh round's end) and check20 (19 more web pages of the HTML benchmarks, Scrapinghub and
# Readability test pages, at the thirty-eighth round's end) are free since.
UNSEEN_SPLITS = frozenset({"test"})
SYMMETRIC_ROOTS = frozenset({"04"})
LEVELS = ("root", "code", "full")


def actor_country(code: str | None) -> str:
    """The country of an actor code: three letters, or the whole code of an IGO/NGO; none for
    CAMEO's unknown country ``---`` ("---OPP": critics the text gives no country), as the gold
    writes it ("")."""
    if not code:
        return ""
    code = code.strip().upper()
    if code.startswith("---"):
        return ""
    if code.startswith(("IGO", "NGO")):
        return code
    return code[:3]


@dataclass(frozen=True)
class GoldItem:
    """One gold event as the scorer sees it at one level: actors and the codes it accepts."""

    source: str
    target: str
    codes: frozenset[str]
    symmetric: bool

    def accepts(self, source: str, target: str, code: str) -> bool:
        if code not in self.codes:
            return False
        if (source, target) == (self.source, self.target):
            return True
        return self.symmetric and (source, target) == (self.target, self.source)


def _codes(event: dict[str, Any]) -> list[str]:
    code = str(event.get("code") or "").strip()
    alts = [str(c).strip() for c in event.get("alt_codes") or [] if str(c).strip()]
    return [c for c in [code, *alts] if c]


def gold_items(event: dict[str, Any], level: str) -> GoldItem | None:
    """The gold event at ``level`` (root, code or full), None when it has no code."""
    codes = _codes(event)
    if not codes:
        return None
    src, tgt = str(event.get("source") or ""), str(event.get("target") or "")
    if level == "full":
        src, tgt = src.strip().upper(), tgt.strip().upper()
    else:
        src, tgt = actor_country(src), actor_country(tgt)
    accepted = frozenset(c[:2] for c in codes) if level == "root" else frozenset(codes)
    symmetric = codes[0][:2] in SYMMETRIC_ROOTS
    return GoldItem(src, tgt, accepted, symmetric)


def predicted_tuple(event: Event, level: str) -> tuple[str, str, str]:
    """What the scorer compares of a coded event at ``level``."""
    if level == "full":
        src, tgt = (event.source_actor or "").upper(), (event.target_actor or "").upper()
    else:
        src, tgt = actor_country(event.source_actor), actor_country(event.target_actor)
    code = event.root_code if level == "root" else event.code
    return src, tgt, code


def _unique_gold(events: list[dict[str, Any]], level: str) -> list[tuple[GoldItem, dict]]:
    """Gold items at ``level``: the set the guideline (§5) scores, one item per distinct
    (source, target, first code) at that level, accepting every code its records accept.

    The predicted side is a set of tuples, so the gold side is one too: two records of the same
    actors and code (two meetings of the same pair, one with an alternative code written) are one
    element. Keyed by the whole accepted set instead, they would be two elements that a coder
    could only both find by emitting the alternative code as a second, different event."""
    merged: dict[tuple, tuple[GoldItem, dict]] = {}
    for event in events:
        item = gold_items(event, level)
        if item is None:
            continue
        first = _codes(event)[0]
        code = first[:2] if level == "root" else first
        pair = (item.source, item.target)
        key = (tuple(sorted(pair)) if item.symmetric else pair, code)
        if key in merged:
            held, record = merged[key]
            merged[key] = (replace(held, codes=held.codes | item.codes), record)
        else:
            merged[key] = (item, event)
    return list(merged.values())


def _best_matching(
    keys: list[tuple[str, str, str]], items: list[GoldItem]
) -> dict[tuple[str, str, str], int]:
    """The largest one-to-one matching of predicted tuples to gold items (key -> item index).

    A greedy pass undercounts: with gold items {03, 04} and {03} and tuples 03 and 04, taking 03
    for the first item leaves 04 nothing to match. Augmenting paths (Kuhn) find the optimum; a
    document has tens of items, so this costs nothing."""
    holder: dict[int, tuple[str, str, str]] = {}
    fits = {key: [i for i, item in enumerate(items) if item.accepts(*key)] for key in keys}

    def place(key: tuple[str, str, str], seen: set[int]) -> bool:
        for i in fits[key]:
            if i in seen:
                continue
            seen.add(i)
            if i not in holder or place(holder[i], seen):
                holder[i] = key
                return True
        return False

    for key in keys:
        place(key, set())
    return {key: i for i, key in holder.items()}


def match_document(
    gold: list[dict[str, Any]], predicted: list[Event], level: str
) -> dict[str, Any]:
    """Match one document's coded events to its gold at ``level``.

    The predicted side is a set of tuples (an event coded twice counts once); each gold item is
    matched at most once. Returns the counts, which gold events were found and which predicted
    tuples were right, so breakdowns can be read off."""
    items = _unique_gold(gold, level)
    tuples: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for event in predicted:
        tuples[predicted_tuple(event, level)].append(event)
    for src, tgt, code in list(tuples):  # a consult coded both ways is one consult
        if code[:2] in SYMMETRIC_ROOTS and (tgt, src, code) in tuples and (src, tgt) > (tgt, src):
            tuples[(tgt, src, code)].extend(tuples.pop((src, tgt, code)))
    owner = _best_matching(sorted(tuples), [item for item, _ in items])
    matched_gold = set(owner.values())
    right = set(owner)
    # a tuple that fits an already-matched item is not a second right answer, but nor is it a
    # different event: it counts as a false positive (the set would list it twice)
    tp = len(right)
    return {
        "tp": tp,
        "fp": len(tuples) - tp,
        "fn": len(items) - len(matched_gold),
        "found": [event for i, (_, event) in enumerate(items) if i in matched_gold],
        "missed": [event for i, (_, event) in enumerate(items) if i not in matched_gold],
        "right": right,
        "tuples": tuples,
        "accepted": {key for key in tuples if any(item.accepts(*key) for item, _ in items)},
    }


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def rule_family(rule: str | None) -> str:
    """The lexicon or pattern part of an event's rule ("lexicon:190 kill|wound[DOBJ]")."""
    if not rule:
        return "(none)"
    return rule.split(";", 1)[0].strip()


def event_mode(event: Event) -> str:
    if event.negated:
        return "negated"
    if event.conditional:
        return "conditional"
    return "asserted"


# -- reading gold ------------------------------------------------------------------------------


@dataclass
class GoldDoc:
    doc_id: str
    split: str
    events: list[dict[str, Any]]
    text: str = ""
    title: str | None = None
    date: str | None = None
    annotator: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def find_articles(gold: Path) -> Path | None:
    """``articles.jsonl`` next to GOLD or in a folder above it (passes/A/ → docgold/)."""
    start = gold if gold.is_dir() else gold.parent
    for folder in (start, *start.parents):
        candidate = folder / "articles.jsonl"
        if candidate.is_file():
            return candidate
        if folder.name == "evaluation":
            break
    return None


def shared_file(reference: str, near: Path) -> Path | None:
    """The file ``shared:<path>`` names: under ``$REDLINE_SHARED``, else under the first folder
    called ``shared`` beside ``near``'s folders (a checkout or a worktree below it)."""
    relative = reference.removeprefix("shared:").lstrip("/")
    bases = [Path(os.environ["REDLINE_SHARED"])] if os.environ.get("REDLINE_SHARED") else []
    bases += [folder / "shared" for folder in near.resolve().parents]
    return next((base / relative for base in bases if (base / relative).is_file()), None)


def load_articles(path: Path) -> dict[str, dict[str, Any]]:
    """The articles by id (read as every gold file is); a ``text_from`` record gets its text from
    the shared file it names (left without ``text`` when that file is missing, so its gold is
    skipped with a warning)."""
    articles = {str(record["id"]): record for record in load_gold(path)}
    wanted: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in articles.values():
        if "text" not in record and record.get("text_from"):
            wanted[str(record["text_from"])].append(record)
    for reference, records in wanted.items():
        source = shared_file(reference, path)
        if source is None:
            continue
        ids = {str(record["id"]) for record in records}
        texts = {str(r["id"]): r["text"] for r in load_gold(source) if str(r.get("id")) in ids}
        for record in records:
            if str(record["id"]) in texts:
                record["text"] = texts[str(record["id"])]
    return articles


def _read_pass(path: Path, warnings: list[str]) -> dict[str, Any] | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        warnings.append(f"{path}: skipped: not a readable JSON pass ({exc})")
        return None
    if not isinstance(record, dict) or not isinstance(record.get("events"), list):
        warnings.append(f"{path}: skipped: no 'events' list")
        return None
    record.setdefault("doc_id", path.stem)
    return record


def read_passes(folder: Path, warnings: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every pass under ``folder`` by article id, in annotator order (folder name)."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    files = sorted(folder.glob("*.json"))
    if files:
        for path in files:
            record = _read_pass(path, warnings)
            if record is not None:
                record.setdefault("annotator", folder.name)
                by_doc[str(record["doc_id"])].append(record)
        return by_doc
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        for doc_id, records in read_passes(sub, warnings).items():
            by_doc[doc_id].extend(records)
    return by_doc


def load_doc_gold(
    gold: str | Path,
    *,
    split: str = "dev",
    articles: str | Path | None = None,
    warnings: list[str] | None = None,
) -> list[GoldDoc]:
    """The gold documents of ``split`` (``dev``, ``test`` or ``all``) with their texts."""
    if split not in SPLITS:
        raise InputError("E303", f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    warnings = warnings if warnings is not None else []
    gold = Path(gold)
    if not gold.exists():
        raise InputError("E301", f"gold {str(gold)!r} does not exist")
    art_path = Path(articles) if articles else find_articles(gold)
    if art_path is None or not art_path.is_file():
        raise InputError("E304", f"no articles.jsonl found for {gold} (give --articles)")
    texts = load_articles(art_path)
    docs: list[GoldDoc] = []
    if gold.is_dir():
        for doc_id, records in sorted(read_passes(gold, warnings).items()):
            first = records[0]
            docs.append(GoldDoc(doc_id, "", list(first["events"]), annotator=first["annotator"]))
    else:
        with gold.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    warnings.append(f"{gold}:{number}: skipped: not JSON ({exc})")
                    continue
                doc_id = str(record.get("doc_id") or record.get("id") or "")
                docs.append(
                    GoldDoc(doc_id, str(record.get("split") or ""), record.get("events") or [])
                )
    out = []
    for doc in docs:
        article = texts.get(doc.doc_id)
        if article is None:
            warnings.append(f"{gold}: {doc.doc_id}: skipped: not in {art_path}")
            continue
        doc.split = str(article.get("split") or doc.split)  # the articles file is authoritative
        if split != "all" and doc.split != split:
            continue
        if "text" not in article:
            where = article.get("text_from") or "no text"
            warnings.append(f"{gold}: {doc.doc_id}: skipped: its text was not found ({where})")
            continue
        doc.text, doc.title, doc.date = article["text"], article.get("title"), article.get("date")
        out.append(doc)
    return out


# -- coding and scoring -----------------------------------------------------------------------


def code_articles(docs: Iterable[GoldDoc], pipeline=None) -> Iterator[Document]:
    """Clean and code each gold article with the whole pipeline, as ``redline code`` would."""
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument

    if pipeline is None:
        from redline.pipeline import Pipeline

        pipeline = Pipeline()
    cleaned = (
        clean_document(RawDocument(source=d.doc_id, text=d.text, title=d.title, published=d.date))
        for d in docs
    )
    yield from pipeline.pipe(cleaned)


def score_documents(gold_docs: list[GoldDoc], coded: list[list[Event]]) -> dict[str, Any]:
    """Per-document and overall scores, breakdowns and per-rule precision."""
    totals = {level: [0, 0, 0] for level in LEVELS}
    per_doc = []
    recall_by: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # found, total
    precision_by: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # right, total
    rules: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # events, right, right code
    for doc, events in zip(gold_docs, coded, strict=True):
        row: dict[str, Any] = {"doc_id": doc.doc_id, "gold_events": len(doc.events)}
        results = {level: match_document(doc.events, events, level) for level in LEVELS}
        for level, res in results.items():
            totals[level][0] += res["tp"]
            totals[level][1] += res["fp"]
            totals[level][2] += res["fn"]
            row[level] = prf(res["tp"], res["fp"], res["fn"])
        root = results["root"]
        for found, events_ in ((True, root["found"]), (False, root["missed"])):
            for event in events_:
                for key in _gold_breakdowns(event):
                    recall_by[key][0] += int(found)
                    recall_by[key][1] += 1
        for key, evs in root["tuples"].items():
            ok = key in root["accepted"]
            for mode in {event_mode(e) for e in evs}:
                precision_by[f"redline:{mode}"][0] += int(ok)
                precision_by[f"redline:{mode}"][1] += 1
        code_ok = results["code"]["accepted"]
        for event in events:
            family = rule_family(event.rule)
            rules[family][0] += 1
            rules[family][1] += int(predicted_tuple(event, "root") in root["accepted"])
            rules[family][2] += int(predicted_tuple(event, "code") in code_ok)
        row["predicted"] = [_event_row(e, root["accepted"]) for e in events]
        row["missed"] = [_gold_row(e) for e in root["missed"]]
        per_doc.append(row)
    metrics: dict[str, Any] = {
        "documents": len(gold_docs),
        "gold_events": sum(len(d.events) for d in gold_docs),
        "events_predicted": sum(len(e) for e in coded),
    }
    for level in LEVELS:
        metrics[level] = prf(*totals[level])
    metrics["recall_by"] = {
        k: {"found": f, "total": n, "recall": round(f / n, 4) if n else 0.0}
        for k, (f, n) in sorted(recall_by.items())
    }
    metrics["precision_by"] = {
        k: {"right": r, "total": n, "precision": round(r / n, 4) if n else 0.0}
        for k, (r, n) in sorted(precision_by.items())
    }
    metrics["rules"] = {
        k: {
            "events": n,
            "right_root": r,
            "right_code": c,
            "precision": round(r / n, 4) if n else 0.0,
        }
        for k, (n, r, c) in sorted(rules.items(), key=lambda kv: (-kv[1][0], kv[0]))
    }
    metrics["per_document"] = per_doc
    return metrics


def _gold_breakdowns(event: dict[str, Any]) -> list[str]:
    keys = ["all", f"mode:{event.get('mode') or 'asserted'}"]
    keys.append("nominal" if event.get("nominal") else "verbal")
    if event.get("background"):
        keys.append("background")
    keys.append("reported" if event.get("reported_by") else "stated")
    return keys


def _event_row(event: Event, accepted: set[tuple[str, str, str]]) -> dict[str, Any]:
    key = predicted_tuple(event, "root")
    return {
        "source": event.source_actor,
        "target": event.target_actor,
        "code": event.code,
        "mode": event_mode(event),
        "trigger": event.trigger_text,
        "right": key in accepted,
        "rule": event.rule,
        "sentence": event.text,
    }


def _gold_row(event: dict[str, Any]) -> dict[str, Any]:
    return {
        k: event.get(k)
        for k in ("source", "target", "code", "alt_codes", "mode", "nominal", "trigger", "sentence")
    }


def evaluate_doc_events(
    gold: str | Path,
    *,
    split: str = "dev",
    articles: str | Path | None = None,
    limit: int | None = None,
    pipeline=None,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """Code the gold articles of ``split`` and score them (see the module doc).

    ``min_confidence``: the events stage's threshold (None: the filter's own)."""
    warnings: list[str] = []
    if pipeline is None and min_confidence is not None:
        from redline.events.filter import with_event_settings
        from redline.pipeline import Pipeline

        pipeline = with_event_settings(Pipeline(), min_confidence=min_confidence)
    docs = load_doc_gold(gold, split=split, articles=articles, warnings=warnings)
    if limit is not None:
        docs = docs[:limit]
    started = time.perf_counter()
    coded: list[list[Event]] = []
    stage_failures: list[str] = []  # a stage that raised: its events are missing, say so
    for doc in code_articles(docs, pipeline):
        coded.append(doc.events)
        stage_failures += [f"{doc.id}: {w}" for w in doc.warnings if w.startswith("stage ")]
    seconds = time.perf_counter() - started
    metrics = score_documents(docs, coded)
    metrics.update(
        {
            "gold": str(gold),
            "split": split,
            "min_confidence": min_confidence,
            "seconds": round(seconds, 2),
            "warnings": warnings,
            "stage_failures": stage_failures,
        }
    )
    return metrics


def format_doc_report(metrics: dict[str, Any], *, rules: int = 25, documents: bool = True) -> str:
    """A plain-text report: overall, per document, breakdowns and the rules' precision."""
    lines = [
        f"events (documents): {metrics.get('gold', '')} split={metrics.get('split')}  "
        f"({metrics['documents']} documents, {metrics['gold_events']} gold events, "
        f"{metrics['events_predicted']} predicted, {metrics.get('seconds', 0)} s)",
        f"{'level':<34}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]
    labels = {
        "root": "(src country, tgt country, root)",
        "code": "(src country, tgt country, code)",
        "full": "(source, target, code)",
    }
    for level, label in labels.items():
        m = metrics[level]
        lines.append(
            f"{label:<34}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
            f"{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}"
        )
    if documents and metrics.get("per_document"):
        lines += ["", f"{'document':<24}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}  (root level)"]
        for row in metrics["per_document"]:
            m = row["root"]
            lines.append(
                f"{row['doc_id']:<24}{row['gold_events']:>6}{m['precision']:>8.3f}"
                f"{m['recall']:>8.3f}{m['f1']:>8.3f}"
            )
    lines += ["", "recall by gold kind (root level)"]
    for key, m in metrics["recall_by"].items():
        lines.append(f"  {key:<30}{m['found']:>5}/{m['total']:<5}{m['recall']:>8.3f}")
    lines += ["precision by redline flag (root level)"]
    for key, m in metrics["precision_by"].items():
        lines.append(f"  {key:<30}{m['right']:>5}/{m['total']:<5}{m['precision']:>8.3f}")
    lines += ["", f"precision per rule (top {rules} by events; right = root tuple in gold)"]
    for key, m in list(metrics["rules"].items())[:rules]:
        lines.append(f"  {m['right_root']:>4}/{m['events']:<4}{m['precision']:>7.2f}  {key[:90]}")
    for warning in metrics.get("warnings") or []:
        lines.append(f"warning: {warning}")
    for failure in metrics.get("stage_failures") or []:
        lines.append(f"STAGE FAILED: {failure}")
    return "\n".join(lines)
