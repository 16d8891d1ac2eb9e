"""Recall work on the document gold's free splits: a parse cache, saved runs, first-cause misses.

Every recall round of issue #9 rebuilt the same tooling in /tmp; this is it, in the repo
(``scripts/docgold_misses.py`` drives it):

- :func:`parse_cached` parses each article of the free splits once (the cleaned text, as
  ``redline eval events --docs`` cleans it) and keeps the spaCy ``Doc`` bytes in a folder, one
  file per split; a changed text is parsed again;
- :func:`code_run` finishes every cached parse once with the stages up to ``events`` (the events
  stage at ``min_confidence`` 0, unresolved events kept), and cuts three views from that one
  coding as ``code_document`` would: ``all`` (everything), ``known`` (events with an actor: the
  eval at ``--min-confidence 0``) and ``kept`` (with an actor, at the filter's threshold: the
  shipped output); ``link_event_actors`` runs on each view, as the ``event_actors`` stage does.
  The stages after it set dates, places and quantities, which the scorer never reads;
- a run is saved as JSON (:func:`save_run`, :func:`load_run`); :func:`split_figures` scores it
  with the scorer of :mod:`redline.evaluate.docgold`, so its figures are the eval command's;
- :func:`miss_table` puts each gold event missed at the threshold (root level) in the bucket of
  its first cause (see :data:`CAUSES`); :func:`diff_runs` lists the root tuples two runs gain and
  lose; :func:`rule_precision` is the precision of the events whose rule matches a pattern.

The unseen splits (:data:`~redline.evaluate.docgold.UNSEEN_SPLITS`) and splits being annotated
(:data:`HELD_SPLITS`) are never parsed, coded or read here.
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from redline.evaluate.docgold import (
    SPLITS,
    UNSEEN_SPLITS,
    GoldDoc,
    gold_items,
    load_doc_gold,
    match_document,
    predicted_tuple,
    prf,
    score_documents,
)
from redline.events.coder import clears
from redline.model import Document, Event
from redline.stages import stage_failures

# Splits being annotated while a round runs, and a scored split kept as a round's out-of-sample
# check for its branches (check14 in the thirty-second round): never read by the recall tooling.
HELD_SPLITS: frozenset[str] = frozenset()
FREE_SPLITS = tuple(
    s for s in SPLITS if s != "all" and s not in UNSEEN_SPLITS and s not in HELD_SPLITS
)
VIEWS = ("all", "known", "kept")

# The first causes of a miss, in the order they are tried (the first that holds is the bucket).
CAUSES = (
    ("filtered", "right tuple coded, not at the threshold"),
    ("taken", "right tuple coded, matched to another gold event"),
    ("no_text", "gold sentence or trigger not in the text"),
    ("actor_unresolved", "right root, an actor unresolved"),
    ("actor_wrong", "right root, an actor wrong"),
    ("other_root_reframed", "other root at the trigger, reframed"),
    ("other_root", "other root at the trigger"),
    ("policy", "candidate dropped by the sentence policy"),
    ("events_for", "candidate dropped in `_events_for`"),
    ("no_frame", "entries for the lemma, no frame matched"),
    ("no_entry", "no entry for any trigger word"),
)
REFRAMED = re.compile(r"\b\d{2,4}->\d{2,4}\b")


def free_splits(splits: str | None = None) -> list[str]:
    """The splits named (comma-separated), or every free one; an unseen or held one refused."""
    if not splits:
        return list(FREE_SPLITS)
    names = [s.strip() for s in splits.split(",") if s.strip()]
    for name in names:
        if name not in FREE_SPLITS:
            raise ValueError(f"{name!r} is not a free split ({', '.join(FREE_SPLITS)})")
    return names


def load_free_docs(gold: str | Path, splits: list[str]) -> list[GoldDoc]:
    """The gold documents of ``splits`` (each checked free), in split order."""
    docs: list[GoldDoc] = []
    for split in splits:
        if split not in FREE_SPLITS:
            raise ValueError(f"{split!r} is not a free split")
        docs += load_doc_gold(gold, split=split)
    return docs


def clean(doc: GoldDoc) -> Document:
    """The article cleaned as ``code_articles`` cleans it."""
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument

    raw = RawDocument(source=doc.doc_id, text=doc.text, title=doc.title, published=doc.date)
    return clean_document(raw)


def _digest(text: str, tokenizer: str = "") -> str:
    """The cache key of a parse: the cleaned text and the tokenizer's rules, so that a change of
    the rules alone (quotes15's glued quotation marks) parses the text again."""
    return hashlib.sha1((tokenizer + "\x00" + text).encode("utf-8")).hexdigest()


def _tokenizer_key(nlp) -> str:
    """A short fingerprint of what decides ``nlp``'s tokens and sentences: the tokenizer (its
    rules, prefixes, suffixes, infixes), the names of the components and the source of
    redline's own parse-time components (clean17: a sentence-start rule changes no text)."""
    from redline import nlp as own

    digest = hashlib.sha1(nlp.tokenizer.to_bytes())
    digest.update("|".join(nlp.pipe_names).encode())
    for path in sorted(Path(own.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_file(folder: Path, split: str) -> Path:
    return folder / f"parse-{split}.pkl"


def parse_cached(docs: list[GoldDoc], folder: str | Path, pipeline) -> dict[str, Any]:
    """The parse of each document's cleaned text, from ``folder`` or parsed now and kept there
    (one file per split: ``{doc_id: (sha1 of the cleaned text and the tokenizer, Doc bytes)}``)."""
    from spacy.tokens import Doc

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nlp = pipeline.nlp
    tokens_key = _tokenizer_key(nlp)
    by_split: dict[str, list[GoldDoc]] = defaultdict(list)
    for doc in docs:
        by_split[doc.split].append(doc)
    out: dict[str, Any] = {}
    for split, members in by_split.items():
        path = _cache_file(folder, split)
        stored: dict[str, tuple[str, bytes]] = {}
        if path.is_file():
            with path.open("rb") as handle:
                stored = pickle.load(handle)
        changed = False
        for doc in members:
            text = clean(doc).text
            digest = _digest(text, tokens_key)
            kept = stored.get(doc.doc_id)
            if kept is None or kept[0] != digest:
                parsed = pipeline.parse(text)
                stored[doc.doc_id] = (digest, parsed.to_bytes())
                changed = True
            out[doc.doc_id] = Doc(nlp.vocab).from_bytes(stored[doc.doc_id][1])
        if changed:
            with path.open("wb") as handle:
                pickle.dump(stored, handle)
    return out


def coding_pipeline():
    """The default pipeline up to the events stage, which keeps every event (threshold 0,
    unresolved kept); one process."""
    from redline.events.filter import with_event_settings
    from redline.pipeline import Pipeline

    pipeline = Pipeline(workers=1)
    names = pipeline.stage_names
    for name in names[names.index("events") + 1 :]:
        pipeline.remove_stage(name)
    return with_event_settings(pipeline, min_confidence=0.0, keep_unresolved=True)


def _known(code: str | None) -> bool:
    from redline.events.coder import _known as known

    return known(code)


def threshold() -> float:
    from redline.events.filter import load_filter

    model = load_filter()
    return model.threshold if model is not None else 0.0


@dataclass
class Run:
    """One coding of the free splits: per document its three views and what ``_events_for``
    made at each trigger it was called for (character offset -> events made)."""

    threshold: float
    splits: dict[str, str] = field(default_factory=dict)  # doc_id -> split
    views: dict[str, dict[str, list[Event]]] = field(default_factory=dict)  # doc -> view -> ...
    events_for: dict[str, dict[int, int]] = field(default_factory=dict)
    # issue #9 drops50: why a candidate made no event (doc -> character offset -> reason): the
    # guard of ``_events_for`` that returned nothing, or the sentence policy's step
    drops: dict[str, dict[int, str]] = field(default_factory=dict)


def code_run(
    docs: list[GoldDoc],
    cache: str | Path,
    pipeline=None,
    unguard: str | None = None,
    *,
    trace: bool = True,
) -> Run:
    """Code every document once from the parse cache and cut the three views (module doc).

    Issue #9 drops50: ``trace`` records in ``Run.drops`` why each candidate made no event: the
    guard of ``_events_for`` that fired last (an instrumented copy, :func:`unguarded_events_for`,
    notes each guard that holds) or the sentence policy's step (``POLICY_TRACE``); the coding is
    the same either way. ``unguard`` ("all" or comma-separated line numbers) switches guards of
    ``_events_for`` off for the run; each event a switched-off guard let through has
    ``; unguarded L<n>`` at the end of its rule, so a diff against a guarded run counts what each
    guard is worth in one coding."""
    from redline.actors.graph import link_event_actors
    from redline.events.coding import sentence as coding_sentence
    from redline.nlp.parse import forget_parse

    pipeline = pipeline or coding_pipeline()
    parses = parse_cached(docs, cache, pipeline)
    cut = threshold()
    run = Run(cut)
    calls: dict[int, int] = {}
    drops: dict[int, str] = {}
    original = coding_sentence._events_for
    instrumented = trace or unguard is not None
    coder = unguarded_events_for(original, unguard or "") if instrumented else original
    raised: Counter = Counter()

    def recording(match, *args, **kwargs):
        BYPASSED.clear()
        FIRED.clear()
        if unguard is None:
            made = coder(match, *args, **kwargs)
        else:
            # a switched-off guard that kept a value the code after it needs raises: that call
            # is made again with every guard on (the guard is needed there), counted by guard
            used = set(args[3]) if len(args) > 3 else None
            try:
                made = coder(match, *args, **kwargs)
            except Exception:
                raised.update(set(BYPASSED))
                BYPASSED.clear()
                FIRED.clear()
                if used is not None:
                    args[3].clear()
                    args[3].update(used)
                made = original(match, *args, **kwargs)
        if BYPASSED:
            note = "; unguarded " + ",".join(f"L{n}" for n in dict.fromkeys(BYPASSED))
            for event in made:  # in place: the features are keyed by the event's id
                object.__setattr__(event, "rule", (event.rule or "") + note)
        start = match.trigger.idx
        calls[start] = calls.get(start, 0) + len(made)
        if trace and not made and start not in drops:
            drops[start] = guard_label(original.__code__, FIRED[-1:])
        return made

    coding_sentence._events_for = recording
    policy: dict[int, str] = {}
    coding_sentence.POLICY_TRACE = policy if trace else None
    try:
        for gold in docs:
            calls.clear()
            drops.clear()
            policy.clear()
            doc = pipeline.finish(clean(gold), parses[gold.doc_id])
            forget_parse()
            for warning in stage_failures(doc):
                # a rule that raises loses the document's events silently otherwise
                print(f"{gold.doc_id}: {warning}", file=sys.stderr)
            every = list(doc.events)
            known = [e for e in every if _known(e.source_actor) or _known(e.target_actor)]
            kept = [e for e in known if clears(e, cut)]
            views = {}
            for view, events in (("all", every), ("known", known), ("kept", kept)):
                linked = link_event_actors(replace_events(doc, events))
                views[view] = list(linked.events)
            run.splits[gold.doc_id] = gold.split
            run.views[gold.doc_id] = views
            run.events_for[gold.doc_id] = dict(calls)
            run.drops[gold.doc_id] = {**policy, **drops}
    finally:
        coding_sentence._events_for = original
        coding_sentence.POLICY_TRACE = None
    if raised:
        print(
            "unguarded calls that raised (coded with every guard instead), by guard: "
            + ", ".join(f"L{line} {n}" for line, n in raised.most_common()),
            file=sys.stderr,
        )
    return run


# issue #9 drops50: the guards an instrumented ``_events_for`` call met holding: those switched
# off (passed), and those that fired (in order: the last one made an empty call empty)
BYPASSED: list[int] = []
FIRED: list[int] = []
_SWITCHED_OFF: dict[int, frozenset[int] | None] = {}


def unguarded_events_for(function, which: str = ""):
    """``function`` (``_events_for``) compiled again, instrumented: each ``if`` whose body is only
    ``return []`` or ``continue`` (a guard) gets the condition ``(cond) and
    _guard_holds(<line>)``, ``<line>`` that of its ``return`` or ``continue``. A guard that holds
    is noted in :data:`FIRED`; one ``which`` names ("all" or line numbers) is switched off
    instead (the condition is false) and noted in :data:`BYPASSED`. The condition is evaluated
    first, so names it binds are bound as before; the copy runs in the module's own globals.
    With nothing switched off it codes exactly as ``function``."""
    import ast
    import inspect
    import types

    path = inspect.getsourcefile(function)
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=path)
    node = next(
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == function.__name__
    )
    key = len(_SWITCHED_OFF) + 1  # this copy's switched-off guards
    off: frozenset[int] | None = (
        None
        if which == "all"
        else frozenset(int(n.strip().lstrip("L")) for n in which.split(",") if n.strip())
    )
    for branch in ast.walk(node):
        if not isinstance(branch, ast.If) or branch.orelse or len(branch.body) != 1:
            continue
        stmt = branch.body[0]
        dropping = isinstance(stmt, ast.Continue) or (
            isinstance(stmt, ast.Return)
            and isinstance(stmt.value, ast.List)
            and not stmt.value.elts
        )
        if not dropping:
            continue
        call = ast.Call(
            ast.Name(GUARD_HOOK, ast.Load()),
            [ast.Constant(key), ast.Constant(stmt.lineno)],
            [],
        )
        branch.test = ast.BoolOp(ast.And(), [branch.test, call])
    ast.fix_missing_locations(node)
    compiled = compile(ast.Module([node], []), path, "exec")
    code = next(c for c in compiled.co_consts if isinstance(c, types.CodeType))
    _SWITCHED_OFF[key] = off
    function.__globals__[GUARD_HOOK] = _guard_holds  # the module's globals, not a stale copy
    copy = types.FunctionType(
        code, function.__globals__, function.__name__, function.__defaults__, function.__closure__
    )
    copy.__kwdefaults__ = function.__kwdefaults__
    return copy


GUARD_HOOK = "_drops50_guard_holds"


def _guard_holds(key: int, line: int) -> bool:
    off = _SWITCHED_OFF.get(key, frozenset())
    if off is None or line in off:
        BYPASSED.append(line)
        return False
    FIRED.append(line)
    return True


def guard_label(code, lines: list[int]) -> str:
    """``L<n> <condition>  # <comment>`` for the guard at the last of ``lines`` (the line of its
    ``return []`` or ``continue`` in the function of ``code``): the ``if`` above it and the
    comment on it or above it."""
    if not lines:
        return "no guard fired (no source-target pair made, or a return not instrumented)"
    return _guard_label(code, lines[-1])


@functools.lru_cache(maxsize=512)
def _guard_label(code, last: int) -> str:
    import inspect
    import linecache

    path = code.co_filename
    text = linecache.getline(path, last).strip()
    try:
        source, first = inspect.getsourcelines(code)
    except OSError:
        return f"L{last} {text}"
    # the nearest `if` above the return, less indented than it: the guard's condition (its
    # code lines joined), and the return's own comment or the comment lines above it
    index = last - first
    indent = len(source[index]) - len(source[index].lstrip())
    start = index
    for j in range(index - 1, -1, -1):
        row = source[j]
        width = len(row) - len(row.lstrip())
        if row.strip() and width < indent and row.strip().startswith(("if ", "elif ", "for ")):
            start = j
            break
    body = source[start:index]
    condition = " ".join(r.split("#")[0].strip() for r in body if r.split("#")[0].strip())
    notes = [r.strip().lstrip("#").strip() for r in body if r.strip().startswith("#")]
    comment = text.split("#", 1)[1].strip() if "#" in text else " ".join(notes)
    label = f"L{last} {' '.join(condition.split())}"[:100]
    return f"{label}  # {comment[:80]}" if comment else label


def replace_events(doc: Document, events: list[Event]) -> Document:
    """A shallow copy of ``doc`` holding ``events`` (the stages replace, never mutate, events)."""
    return replace(doc, events=list(events))


# -- saving ------------------------------------------------------------------------------------


def _event_dict(event: Event) -> dict[str, Any]:
    return {k: v for k, v in asdict(event).items() if not (v is None or v is False or v == ())}


def _event_of(data: dict[str, Any]) -> Event:
    data = dict(data)
    data["quantity_ids"] = tuple(data.get("quantity_ids") or ())
    return Event(**data)


def save_run(run: Run, path: str | Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "threshold": run.threshold,
        "documents": [
            {
                "doc_id": doc_id,
                "split": run.splits[doc_id],
                "views": {v: [_event_dict(e) for e in evs] for v, evs in run.views[doc_id].items()},
                "events_for": {str(k): n for k, n in run.events_for.get(doc_id, {}).items()},
                "drops": {str(k): why for k, why in run.drops.get(doc_id, {}).items()},
            }
            for doc_id in run.views
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def load_run(path: str | Path) -> Run:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    run = Run(float(data["threshold"]))
    for record in data["documents"]:
        doc_id = record["doc_id"]
        run.splits[doc_id] = record["split"]
        run.views[doc_id] = {v: [_event_of(e) for e in evs] for v, evs in record["views"].items()}
        run.events_for[doc_id] = {int(k): n for k, n in record.get("events_for", {}).items()}
        run.drops[doc_id] = {int(k): why for k, why in record.get("drops", {}).items()}
    return run


# -- figures -----------------------------------------------------------------------------------


def split_figures(run: Run, docs: list[GoldDoc], view: str = "kept") -> dict[str, dict[str, Any]]:
    """The scorer's metrics per split and pooled (``"pooled"``) for one view of a run."""
    by_split: dict[str, list[GoldDoc]] = defaultdict(list)
    for doc in docs:
        if doc.doc_id in run.views:
            by_split[doc.split].append(doc)
    out = {}
    every = [d for members in by_split.values() for d in members]
    for name, members in [*by_split.items(), ("pooled", every)]:
        coded = [run.views[d.doc_id][view] for d in members]
        out[name] = score_documents(members, coded)
    return out


def threshold_sweep(run: Run, docs: list[GoldDoc], cuts: list[float]) -> list[dict[str, Any]]:
    """What moving the filter's cut would trade (lead, session 41): the pooled root scores of
    the run's candidates with a resolved actor (its ``known`` view) kept at each cut."""
    members = [d for d in docs if d.doc_id in run.views]
    rows = []
    for cut in cuts:
        coded = [[e for e in run.views[d.doc_id]["known"] if clears(e, cut)] for d in members]
        rows.append({"cut": cut, **score_documents(members, coded)["root"]})
    return rows


def format_figures(figures: dict[str, dict[str, Any]], level: str = "root") -> str:
    lines = [f"{'split':<10}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}  ({level})"]
    for name, metrics in figures.items():
        m = metrics[level]
        lines.append(
            f"{name:<10}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
            f"{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}"
        )
    return "\n".join(lines)


# -- misses ------------------------------------------------------------------------------------

DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]*\((?:Reuters|AP|AFP)\)\s*[-–—]+\s*")


def locate(text: str, sentence: str, trigger: str) -> tuple[int, int] | None:
    """The trigger's character span in ``text``, inside the gold sentence (found whole, else
    without a dateline the cleaner moved out, else by its longest findable end)."""
    sentence = (sentence or "").strip()
    trigger = (trigger or "").strip()
    if not sentence or not trigger:
        return None
    start = text.find(sentence)
    if start < 0:
        bare = DATELINE.sub("", sentence)
        start = text.find(bare)
        sentence = bare
    if start < 0:  # the cleaner changed something inside: try halves around the trigger
        at = sentence.find(trigger)
        for size in (80, 50, 30):
            for piece in (
                sentence[max(at - size, 0) : at + len(trigger)],
                sentence[at : at + size],
            ):
                if at >= 0 and len(piece) >= len(trigger) and text.count(piece) == 1:
                    s = text.find(piece)
                    t = text.find(trigger, s)
                    return (t, t + len(trigger)) if t >= 0 else None
        return None
    at = text.find(trigger, start, start + len(sentence))
    if at < 0:
        lowered = text[start : start + len(sentence)].lower().find(trigger.lower())
        at = start + lowered if lowered >= 0 else -1
    return (at, at + len(trigger)) if at >= 0 else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _overlaps(event: Event, span: tuple[int, int]) -> bool:
    if event.trigger_start is None or event.trigger_end is None:
        return False
    return event.trigger_start < span[1] and span[0] < event.trigger_end


@dataclass
class Miss:
    doc_id: str
    split: str
    cause: str
    gold: dict[str, Any]
    detail: str = ""
    head: str = ""  # the trigger's head word's lemma (where the parse was reached)
    guard: str = ""  # issue #9 drops50: what dropped the candidate (events_for, policy)


def first_causes(
    run: Run, docs: list[GoldDoc], parses: dict[str, Any] | None = None, lexicon=None
) -> list[Miss]:
    """Each gold event missed at the threshold (root level) with its first cause (CAUSES).

    The last buckets ask the lexicon and coder on the path (``best_match``), not those the run
    was coded with: to trace an older run, run this with that version's tree.
    ``parses`` (doc_id -> spaCy Doc, from :func:`parse_cached`) lets the lexicon be asked about
    triggers no event stands on; without them those misses are all ``no_frame``-or-after,
    reported as ``policy`` when ``_events_for`` was called there and ``no_entry`` else."""
    from redline.events.coder import best_match, lemma_variants
    from redline.events.lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    out: list[Miss] = []
    for doc in docs:
        if doc.doc_id not in run.views:
            continue
        views = run.views[doc.doc_id]
        at_cut = match_document(doc.events, views["kept"], "root")
        everything = match_document(doc.events, views["all"], "root")
        found_all = {id(e) for e in everything["found"]}
        text = clean(doc).text
        parsed = (parses or {}).get(doc.doc_id)
        for gold in at_cut["missed"]:
            item = gold_items(gold, "root")
            miss = Miss(doc.doc_id, doc.split, "", gold)
            out.append(miss)
            if id(gold) in found_all:
                miss.cause = "filtered"
                right = [e for e in views["all"] if item.accepts(*predicted_tuple(e, "root"))]
                miss.detail = "; ".join(
                    f"{e.code} conf={_rounded(e.confidence)} {e.source_actor}->{e.target_actor}"
                    for e in right[:3]
                )
                continue
            same_tuple = [e for e in views["all"] if item.accepts(*predicted_tuple(e, "root"))]
            if same_tuple:  # the set scoring gives one tuple to one gold event only
                miss.cause = "taken"
                miss.detail = f"{same_tuple[0].code} {same_tuple[0].trigger_text!r}"
                continue
            span = locate(text, gold.get("sentence", ""), gold.get("trigger", ""))
            if span is None:
                miss.cause = "no_text"
                continue
            at = [e for e in views["all"] if _overlaps(e, span)]
            same = [e for e in at if e.root_code in item.codes]
            if same:
                e = same[0]
                src, tgt, _ = predicted_tuple(e, "root")
                gaps = (item.source and not src) or (item.target and not tgt)
                miss.cause = "actor_unresolved" if gaps else "actor_wrong"
                miss.detail = f"{e.code} {e.source_actor}->{e.target_actor}: {e.rule}"
                continue
            if at:
                reframed = any(REFRAMED.search(e.rule or "") for e in at)
                miss.cause = "other_root_reframed" if reframed else "other_root"
                miss.detail = "; ".join(f"{e.code} {e.source_actor}->{e.target_actor}" for e in at)
                continue
            tokens = []
            if parsed is not None:
                tokens = [t for t in parsed if t.idx < span[1] and span[0] < t.idx + len(t)]
                heads = [
                    t for t in tokens if t.head.i == t.i or not span[0] <= t.head.idx < span[1]
                ]
                miss.head = (heads or tokens or [None])[0].lemma_.lower() if tokens else ""
            calls = run.events_for.get(doc.doc_id, {})
            called = [calls[t.idx] for t in tokens if t.idx in calls]
            if parsed is None:
                miss.cause = "policy" if any(called) else "no_entry"
                continue
            matched = [t for t in tokens if best_match(t, lexicon) is not None]
            if matched:
                if called and not any(called):
                    miss.cause = "events_for"
                else:
                    miss.cause = "policy"
                miss.detail = ", ".join(f"{t.text}/{t.pos_}" for t in matched)
                miss.guard = _drop_reason(run.drops.get(doc.doc_id), calls, matched)
                continue
            entries = [
                t
                for t in tokens
                if any(
                    lexicon.candidates(v, pos)
                    for v in lemma_variants(t)
                    for pos in ("verb", "noun")
                )
            ]
            miss.cause = "no_frame" if entries else "no_entry"
            miss.detail = ", ".join(f"{t.text}/{t.pos_}/{t.dep_}" for t in tokens)
    return out


def _drop_reason(drops: dict[int, str] | None, calls: dict[int, int], tokens: list) -> str:
    """Why the candidates at ``tokens`` made no event (issue #9 drops50): the first reason the
    run recorded at one of them; else whether events were made there and lost after the
    sentence, or no candidate was made at all."""
    if drops is None:
        return "(run coded without a drop trace)"
    for tok in tokens:
        if tok.idx in drops:
            return drops[tok.idx]
    if any(calls.get(t.idx) for t in tokens):
        return "events made, lost after the sentence (document stages)"
    return "no candidate (not a trigger token, or its match was another word's)"


def guard_table(misses: list[Miss]) -> str:
    """The misses of ``misses`` counted by the guard or policy step that dropped them."""
    counts = Counter(m.guard or "(none recorded)" for m in misses)
    rows = ["| drops | guard or step |", "| ---: | --- |"]
    rows += [f"| {n} | {guard.replace('|', '/')} |" for guard, n in counts.most_common()]
    return "\n".join(rows)


def miss_table(misses_by_run: dict[str, list[Miss]]) -> str:
    """The first-cause table (markdown), one column per run or split."""
    names = list(misses_by_run)
    counts = {n: Counter(m.cause for m in misses) for n, misses in misses_by_run.items()}
    lines = [
        "| first cause | " + " | ".join(names) + " |",
        "| --- | " + " | ".join("---" for _ in names) + " |",
    ]
    for key, label in CAUSES:
        lines.append(f"| {label} | " + " | ".join(str(counts[n][key]) for n in names) + " |")
    lines.append("| **missed** | " + " | ".join(str(sum(counts[n].values())) for n in names) + " |")
    return "\n".join(lines)


# -- diffs and rules ---------------------------------------------------------------------------


def root_tuples(run: Run, doc: GoldDoc, view: str = "kept") -> dict[tuple, tuple[bool, Event]]:
    """The root tuples of one document in ``run``: right or not, and one event giving each."""
    result = match_document(doc.events, run.views[doc.doc_id][view], "root")
    return {key: (key in result["right"], evs[0]) for key, evs in result["tuples"].items()}


def diff_runs(a: Run, b: Run, docs: list[GoldDoc], view: str = "kept") -> list[dict[str, Any]]:
    """The root tuples ``b`` has and ``a`` has not ("+") and the other way ("-")."""
    rows = []
    for doc in docs:
        if doc.doc_id not in a.views or doc.doc_id not in b.views:
            continue
        before, after = root_tuples(a, doc, view), root_tuples(b, doc, view)
        for sign, one, other in (("+", after, before), ("-", before, after)):
            for key in sorted(set(one) - set(other)):
                right, event = one[key]
                rows.append(
                    {
                        "sign": sign,
                        "doc_id": doc.doc_id,
                        "tuple": key,
                        "right": right,
                        "trigger": event.trigger_text,
                        "rule": event.rule,
                        "sentence": event.text,
                    }
                )
    return rows


def rule_precision(
    run: Run, docs: list[GoldDoc], pattern: str, view: str = "kept"
) -> dict[str, Any]:
    """Precision of the events whose rule matches ``pattern`` (a regular expression): right
    when the event's root tuple is in the gold (any gold item accepts it, as the scorer's
    per-rule figures count)."""
    wanted = re.compile(pattern)
    right = total = 0
    rows = []
    for doc in docs:
        if doc.doc_id not in run.views:
            continue
        result = match_document(doc.events, run.views[doc.doc_id][view], "root")
        for event in run.views[doc.doc_id][view]:
            if not wanted.search(event.rule or ""):
                continue
            ok = predicted_tuple(event, "root") in result["accepted"]
            right += ok
            total += 1
            rows.append({"doc_id": doc.doc_id, "right": ok, "event": event})
    return {"right": right, "total": total, "rows": rows, **prf(right, total - right, 0)}


__all__ = [
    "CAUSES",
    "FREE_SPLITS",
    "HELD_SPLITS",
    "Miss",
    "Run",
    "code_run",
    "diff_runs",
    "first_causes",
    "free_splits",
    "load_free_docs",
    "load_run",
    "miss_table",
    "parse_cached",
    "rule_precision",
    "save_run",
    "split_figures",
]
