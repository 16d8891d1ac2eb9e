"""A learned model for unframed triggers: a word the lexicon knows whose frames did not match
the parse and which gave no kept event; which actor mention of its sentence is its source,
which its target, or is it no event (issue #9 frame41)?

The largest bucket of missed gold events is ``no_frame`` (entries for the lemma, no frame
matched: ``redline.evaluate.misses.CAUSES``). A candidate (:func:`unframed_candidates`) is a
token with lexicon entries outside the kept events' triggers, with a (source, target) of the
actor codes its sentence's mentions resolve to (each code's mention nearest in the parse, within
four dependency hops), or one code alone as source or as target; its root is the entries'
commonest. Its label is "event" when a gold event of the free docgold splits in that sentence
accepts (source country, target country, root); else "none". A numpy softmax over path, voice,
side, distance, lemma, root and the trigger's tok2vec row (``redline.events.softmax``, shared
with judge40's classifier), cross-validated by article (5 folds, Reuters and PolNeAR together).

    PYTHONPATH=src python scripts/train_unframed.py CACHE --base TAG [--thresholds ...]

CACHE is the parse cache of ``scripts/docgold_misses.py``, ``runs/TAG.json`` the coder's run
whose kept events the candidates avoid and the out-of-fold events are added to; the candidates
are kept in CACHE/unframed-candidates.pkl (delete it to extract again). Prints the ceiling
(missed gold items a candidate reaches, all and those of first cause ``no_frame``, Reuters and
PolNeAR apart), out-of-fold precision and recall of the candidates at several thresholds, and
the pooled root-level docgold change when the out-of-fold events above a threshold are added
(per trigger its best candidate, one event per tuple per document, tuples the coder has left).
Experiments: ``--doc-labels`` (labels by the article's gold tuples, wherever the sentence),
``--context`` (what the rules coded in the sentence and at the trigger), ``--conj`` (feature
families crossed with the lemma), ``--side-tensors`` (the mentions' tok2vec rows too),
``--pairs-only``, ``--drop``, ``--show``, ``--dump``.

Result (docs/benchmarks.md, frame41): negative. The candidates reach 633 missed gold items
(161 of first cause ``no_frame``), but out of fold the added events are about two wrong for one
right on the Reuters splits and about even on PolNeAR at every threshold: far from the keep
rule. Nothing ships; the script stays for the next try.
"""

import argparse
import bisect
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _trainer_common as T  # noqa: E402

from redline.evaluate import misses as M  # noqa: E402
from redline.evaluate.docgold import (  # noqa: E402
    actor_country,
    gold_items,
    match_document,
    predicted_tuple,
)
from redline.events.softmax import fit_softmax, predict_softmax  # noqa: E402
from redline.model import Document, Event, Mention  # noqa: E402

GOLD = "evaluation/docgold/gold.jsonl"


# -- candidates and features (per trigger, per pair of its sentence's actor mentions) ----------

UNFRAMED_CLASSES = ("none", "event")
MAX_HOPS = 4  # a mention further from the trigger in the parse is not a candidate
TENSOR_WIDTH = 96
MODAL_TAGS = frozenset({"MD"})


# -- triggers and candidates -------------------------------------------------------------------


def trigger_pos(tok: Any) -> str | None:
    """The lexicon table a token is looked up in, as ``best_match`` does."""
    tag = tok.pos_
    if tag == "VERB" or (tag == "NOUN" and tok.dep_ == "ROOT"):
        return "verb"
    if tag in ("NOUN", "PROPN"):
        return "noun"
    return None


def trigger_entries(tok: Any, lexicon: Any) -> tuple[str, list[Any]]:
    """The lexicon table and the entries of the first lemma variant that has any."""
    from redline.events.coder import lemma_variants

    pos = trigger_pos(tok)
    if pos is None:
        return "", []
    for lemma in lemma_variants(tok):
        entries = lexicon.candidates(lemma, pos)
        if entries:
            return pos, entries
    return pos, []


def trigger_code(entries: list[Any]) -> str:
    """One code for a lemma with several entries: the commonest root among them, and of that
    root its commonest code (ties: the entries' order, the first entry written first)."""
    roots = Counter(e.code[:2] for e in entries)
    root = max(roots, key=lambda r: (roots[r], -next(i for i, e in enumerate(entries)
                                                      if e.code[:2] == r)))  # fmt: skip
    codes = Counter(e.code for e in entries if e.code[:2] == root)
    return max(codes, key=lambda c: (codes[c], -[e.code for e in entries].index(c)))


@dataclass
class UnframedCandidate:
    """One (trigger, source mention or None, target mention or None) of one sentence."""

    sent: Any
    trigger: Any
    code: str
    pos: str
    n_roots: int
    source: Mention | None
    target: Mention | None
    source_head: Any
    target_head: Any
    n_actors: int


def _head_of(tokens: list[Any]) -> Any:
    ids = {t.i for t in tokens}
    for tok in tokens:
        if tok.head.i not in ids or tok.head.i == tok.i:
            return tok
    return tokens[0]


def _chain(tok: Any) -> list[Any]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def dep_path(a: Any, b: Any) -> tuple[str, int]:
    """The dependency path from ``a`` to ``b``: "^dep" up from ``a`` to the common ancestor,
    "v" + dep down to ``b``; and its length (99 when they share no ancestor)."""
    up, down = _chain(a), _chain(b)
    where = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in where:
            j = where[t.i]
            steps = [f"^{x.dep_}" for x in up[:k]] + [f"v{x.dep_}" for x in reversed(down[:j])]
            return " ".join(steps), len(steps)
    return "", 99


def unframed_candidates(
    doc: Document, parsed: Any, lexicon: Any, kept: list[Event]
) -> Iterator[UnframedCandidate]:
    """Every candidate of ``doc`` (module doc): per sentence with a resolved mention, each
    token with lexicon entries, outside mentions and the kept events' triggers; each actor
    code's mention nearest the trigger within ``MAX_HOPS``; the ordered pairs of two codes, and
    each code alone as source or as target."""
    by_sent: dict[int, list[Mention]] = {}
    sents = list(parsed.sents)
    starts = [s.start_char for s in sents]
    for m in doc.mentions:
        if m.actor:
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < sents[k].end_char:
                by_sent.setdefault(k, []).append(m)
    taken = [
        (e.trigger_start, e.trigger_end)
        for e in kept
        if e.trigger_start is not None and e.trigger_end is not None
    ]
    for k, mentions in sorted(by_sent.items()):
        sent = sents[k]
        heads: list[tuple[Mention, Any, set[int]]] = []
        for m in mentions:
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            heads.append((m, _head_of(list(span)), {t.i for t in span}))
        if not heads:
            continue
        inside = set().union(*(ids for _, _, ids in heads))
        n_actors = len({m.actor for m, _, _ in heads})
        for tok in sent:
            if tok.i in inside or not tok.is_alpha:
                continue
            pos, entries = trigger_entries(tok, lexicon)
            if not entries:
                continue
            end = tok.idx + len(tok)
            if any(s < end and tok.idx < e for s, e in taken):
                continue
            nearest: dict[str, tuple[int, Mention, Any]] = {}
            for m, head, _ in heads:
                _, hops = dep_path(tok, head)
                if hops > MAX_HOPS:
                    continue
                best = nearest.get(m.actor)
                if best is None or hops < best[0]:
                    nearest[m.actor] = (hops, m, head)
            if not nearest:
                continue
            code = trigger_code(entries)
            n_roots = len({e.code[:2] for e in entries})
            near = [(m, h) for _, m, h in nearest.values()]
            common = (sent, tok, code, pos, n_roots)
            for m, h in near:
                yield UnframedCandidate(*common, m, None, h, None, n_actors)
                yield UnframedCandidate(*common, None, m, None, h, n_actors)
            for ms, hs in near:
                for mt, ht in near:
                    if ms is not mt:
                        yield UnframedCandidate(*common, ms, mt, hs, ht, n_actors)


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def unframed_features(cand: UnframedCandidate) -> tuple[list[str], np.ndarray]:
    """Sparse feature names and the dense row (the trigger's tok2vec row) of one candidate."""
    tok = cand.trigger
    lemma = tok.lemma_.lower()
    root = cand.code[:2]
    names = [
        f"lem={lemma}",
        f"root={root}",
        f"tpos={tok.pos_}",
        f"tdep={tok.dep_}",
        f"thd={tok.dep_}:{tok.head.pos_}",
        f"nroots={min(cand.n_roots, 3)}",
        f"nact={min(cand.n_actors, 4)}",
    ]
    deps = {c.dep_ for c in tok.children}
    if deps & {"auxpass", "nsubjpass"} or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        names.append("passive")
    if "neg" in deps:
        names.append("negated")
    if any(c.tag_ in MODAL_TAGS for c in tok.children):
        names.append("modal")
    shape = []
    for side, m, head in (
        ("s", cand.source, cand.source_head),
        ("t", cand.target, cand.target_head),
    ):
        if m is None:
            names.append(f"{side}:none")
            names.append(f"{side}:none|{root}")
            shape.append("-")
            continue
        path, hops = dep_path(tok, head)
        path = path if hops <= 3 else "long"
        shape.append(path)
        names += [
            f"{side}:path={path}",
            f"{side}:path|{root}={path}",
            f"{side}:path|{tok.pos_}={path}",
            f"{side}:dep={head.dep_}",
            f"{side}:hd={head.dep_}:{head.head.lemma_.lower()}",
            f"{side}:side={'before' if head.i < tok.i else 'after'}",
            f"{side}:dist={_bucket(abs(head.i - tok.i), (2, 4, 8, 15))}",
            f"{side}:hops={hops}",
            f"{side}:kind={m.kind}",
            f"{side}:type={m.type}",
        ]
    names.append(f"shape={shape[0]}|{shape[1]}")
    both = cand.source is not None and cand.target is not None
    if both and actor_country(cand.source.actor) == actor_country(cand.target.actor):
        names.append("same_country")
    tensor = tok.doc.tensor
    if getattr(tensor, "ndim", 0) == 2 and tensor.shape[0] == len(tok.doc):
        vec = np.asarray(tensor[tok.i], dtype=np.float32)
    else:
        vec = np.zeros(TENSOR_WIDTH, dtype=np.float32)
    return names, vec


# -- the candidates of the free splits, labelled -----------------------------------------------


@dataclass
class Candidate:
    doc_id: str
    split: str
    sent_start: int
    sent_end: int
    trigger: int  # the trigger token's character offset
    trigger_end: int
    code: str
    source: str | None
    target: str | None
    features: list[str]
    dense: np.ndarray
    label: int
    gold: tuple[int, ...]  # indexes of the document's gold events that accept it
    gold_any_root: tuple[int, ...]  # ... at any root the trigger's entries give
    text: str
    sides: np.ndarray | None = None  # the source's and target's head tok2vec rows (experiment)


def _side_rows(cand) -> np.ndarray:
    tensor = cand.trigger.doc.tensor
    rows = []
    for head in (cand.source_head, cand.target_head):
        if head is None or getattr(tensor, "ndim", 0) != 2:
            rows.append(np.zeros(TENSOR_WIDTH, dtype=np.float16))
        else:
            rows.append(np.asarray(tensor[head.i], dtype=np.float16))
    return np.concatenate(rows)


def _gold_spans(text: str, events: list[dict]) -> list[tuple[int, int, int]]:
    return T.gold_spans(text, events)


def extract(docs, cache: str, run) -> tuple[list[Candidate], dict[str, set[int]]]:
    """The candidates of every document, and per document the gold events (indexes) whose
    first cause is ``no_frame`` in ``run``."""
    from redline.events.coder import mend_lemmas
    from redline.events.lexicon import load_lexicon
    from redline.nlp.parse import forget_parse

    pipeline = M.coding_pipeline()
    pipeline.remove_stage("events")
    lexicon = load_lexicon()
    parses = M.parse_cached(docs, cache, pipeline)
    no_frame: dict[str, set[int]] = defaultdict(set)
    for miss in M.first_causes(run, docs, parses, lexicon):
        if miss.cause == "no_frame":
            doc = next(d for d in docs if d.doc_id == miss.doc_id)
            no_frame[miss.doc_id].add(next(k for k, e in enumerate(doc.events) if e is miss.gold))
    out: list[Candidate] = []
    for n, gold in enumerate(docs):
        parsed = parses[gold.doc_id]
        doc = pipeline.finish(M.clean(gold), parsed)
        mend_lemmas(parsed)
        items = [gold_items(e, "root") for e in gold.events]
        gspans = _gold_spans(doc.text, gold.events)
        kept = run.views[gold.doc_id]["kept"]
        for cand in unframed_candidates(doc, parsed, lexicon, kept):
            sent, tok = cand.sent, cand.trigger
            src = cand.source.actor if cand.source else None
            tgt = cand.target.actor if cand.target else None
            sc, tc = actor_country(src), actor_country(tgt)
            _, entries = trigger_entries(tok, lexicon)
            roots = {e.code[:2] for e in entries}
            here = [k for s, e, k in gspans if s <= tok.idx < e and items[k] is not None]
            right = tuple(k for k in here if items[k].accepts(sc, tc, cand.code[:2]))
            any_root = tuple(k for k in here if any(items[k].accepts(sc, tc, r) for r in roots))
            names, dense = unframed_features(cand)
            out.append(
                Candidate(gold.doc_id, gold.split, sent.start_char, sent.end_char, tok.idx,
                          tok.idx + len(tok.text), cand.code, src, tgt, names,
                          dense.astype(np.float16), int(bool(right)), right, any_root,
                          sent.text, _side_rows(cand))
            )  # fmt: skip
        forget_parse()
        if n % 200 == 0:
            print(f"  {n} documents, {len(out)} candidates", file=sys.stderr)
    return out, dict(no_frame)


# -- figures -----------------------------------------------------------------------------------


def _part(doc_id: str) -> str:
    return "polnear" if T.is_polnear(doc_id) else "reuters"


def ceiling(cands: list[Candidate], docs, run, no_frame: dict[str, set[int]]) -> None:
    """The missed gold items (root level, at the threshold) a candidate reaches."""
    missed: dict[str, set[int]] = {}
    for d in docs:
        result = match_document(d.events, run.views[d.doc_id]["kept"], "root")
        ids = {id(e) for e in result["missed"]}
        missed[d.doc_id] = {k for k, e in enumerate(d.events) if id(e) in ids}
    reach: dict[str, set] = defaultdict(set)
    for c in cands:
        for kind, ks in (
            ("picked root", c.gold),
            ("any entry root", c.gold_any_root),
            ("picked, pairs only", c.gold if c.source and c.target else ()),
            ("picked, one side", c.gold if not (c.source and c.target) else ()),
            ("picked, same country", c.gold if c.source and c.target
             and actor_country(c.source) == actor_country(c.target) else ()),
        ):  # fmt: skip
            for k in ks:
                if k in missed[c.doc_id]:
                    reach[kind].add((c.doc_id, k))
    for part in ("reuters", "polnear"):
        n_missed = sum(len(v) for d, v in missed.items() if _part(d) == part)
        n_nf = sum(len(v & missed[d]) for d, v in no_frame.items() if _part(d) == part)
        print(f"  {part}: missed gold items {n_missed}, of first cause no_frame {n_nf}")
        for kind, got in reach.items():
            mine = {(d, k) for d, k in got if _part(d) == part}
            nf = {(d, k) for d, k in mine if k in no_frame.get(d, ())}
            print(f"    reached ({kind}): {len(mine)}, of them no_frame {len(nf)}")
    labels = Counter((_part(c.doc_id), c.label) for c in cands)
    print(f"  candidates {len(cands)}: {dict(labels)}")


def add_context(cands: list[Candidate], run) -> None:
    """What the rules coded around the candidate (experiment): the kept events of its
    sentence, whether one holds its country pair or its source, and whether the coder made an
    event at the trigger it did not keep."""
    for c in cands:
        views = run.views[c.doc_id]
        sc, tc = actor_country(c.source), actor_country(c.target)
        here = [e for e in views["kept"] if c.sent_start <= e.start < c.sent_end]
        names = [f"ctx:kept={min(len(here), 3)}"]
        pairs = {(actor_country(e.source_actor), actor_country(e.target_actor)) for e in here}
        if (sc, tc) in pairs or (tc, sc) in pairs:
            names.append("ctx:pair_coded")
        if sc and any(sc in p for p in pairs):
            names.append("ctx:source_coded")
        if tc and any(tc in p for p in pairs):
            names.append("ctx:target_coded")
        at = [
            e
            for e in views["all"]
            if e.trigger_start is not None and e.trigger_start < c.trigger_end
            and c.trigger < (e.trigger_end or 0)
        ]  # fmt: skip
        if at:
            names.append("ctx:made_here")
            if any(e.root_code == c.code[:2] for e in at):
                names.append("ctx:made_here_same_root")
        c.features = c.features + names


def _fit(cands: list[Candidate], args):
    return fit_softmax(
        [c.features for c in cands],
        np.stack([c.dense for c in cands]).astype(np.float32),
        [c.label for c in cands],
        len(UNFRAMED_CLASSES),
        l2=args.l2,
        steps=args.steps,
        min_count=args.min_count,
        seed=args.seed,
    )


def out_of_fold(cands: list[Candidate], docs, args) -> np.ndarray:
    def predict(model, test: list[Candidate]) -> np.ndarray:
        dense = np.stack([c.dense for c in test]).astype(np.float32)
        return predict_softmax(model, [c.features for c in test], dense)[:, 1]

    def done(fold: int) -> None:
        print(f"  fold {fold} done", file=sys.stderr)

    return T.out_of_fold(cands, docs, args, partial(_fit, args=args), predict, done=done)


def chosen(cands: list[Candidate], probs: np.ndarray, th: float) -> list[tuple[Candidate, float]]:
    """Per trigger its best candidate at ``th``."""
    best: dict[tuple[str, int], tuple[Candidate, float]] = {}
    for c, p in zip(cands, probs, strict=True):
        if p < th:
            continue
        key = (c.doc_id, c.trigger)
        if key not in best or p > best[key][1]:
            best[key] = (c, float(p))
    return sorted(best.values(), key=lambda cp: (cp[0].doc_id, -cp[1], cp[0].trigger))


def candidate_pr(cands, probs, thresholds) -> None:
    print("out-of-fold, per trigger its best candidate (right: its label is event):")
    for part in ("reuters", "polnear"):
        n_pos = len({(c.doc_id, c.trigger) for c in cands if c.label and _part(c.doc_id) == part})
        for th in thresholds:
            got = [(c, p) for c, p in chosen(cands, probs, th) if _part(c.doc_id) == part]
            tp = sum(c.label for c, _ in got)
            prec = tp / len(got) if got else 0.0
            print(
                f"  {part:8s} p>={th:.2f}: {len(got):5d} emitted, {tp:4d} right, P {prec:.3f} "
                f"R {tp / max(n_pos, 1):.3f} (of {n_pos} triggers with a right candidate)"
            )


def docgold_change(cands, probs, docs, run, thresholds, show: bool = False) -> None:
    """Root-level docgold figures when the out-of-fold events at p >= threshold are added to
    the coder's kept events (module doc)."""
    base = M.split_figures(run, docs)

    def events_of(
        by_doc: dict[str, list[tuple[Candidate, float]]], d
    ) -> Iterator[tuple[Event, tuple[Candidate, float]]]:
        for c, p in by_doc.get(d.doc_id, []):
            event = Event(
                start=c.sent_start,
                end=c.sent_end,
                text=c.text,
                code=c.code,
                root_code=c.code[:2],
                name="unframed",
                source_actor=c.source,
                target_actor=c.target,
                rule=f"unframed:{c.code} p={p:.2f}",
            )
            yield event, (c, p)

    def shown(d, key: tuple, item: tuple[Candidate, float]) -> None:
        c, p = item
        items = [gold_items(g, "root") for g in gold_of[d.doc_id].events]
        ok = any(i is not None and i.accepts(*key) for i in items)
        trig = c.text[c.trigger - c.sent_start : c.trigger_end - c.sent_start]
        print(
            f"    {'RIGHT' if ok else 'wrong'} {d.split} {key} {trig!r} p={p:.2f}: {c.text[:200]!r}"
        )

    polnear = T.polnear_splits(docs)
    print("docgold, root level, out-of-fold events added (right/wrong):")
    T.print_pooled("base", base, polnear)
    gold_of = {d.doc_id: d for d in docs}
    for th in thresholds:
        by_doc = defaultdict(list)
        for c, p in chosen(cands, probs, th):
            by_doc[c.doc_id].append((c, p))
        told = shown if show and th == thresholds[-1] else None
        added = T.with_events_added(run, docs, partial(events_of, by_doc), told)
        T.print_pooled(f"p>={th:.2f}", M.split_figures(added, docs), polnear, base)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache")
    parser.add_argument("--base", default="base", help="the saved run of the coder (runs/TAG)")
    parser.add_argument("--gold", default=GOLD)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--l2", type=float, default=0.0003)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    parser.add_argument("--drop", default="", help="comma-separated feature prefixes left out")
    parser.add_argument(
        "--doc-labels",
        action="store_true",
        help="label by the article's gold tuples, wherever the sentence (as the scorer counts)",
    )
    parser.add_argument("--dump", help="write the candidates and out-of-fold probabilities here")
    parser.add_argument("--side-tensors", action="store_true", help="the mentions' rows too")
    parser.add_argument("--context", action="store_true", help="what the rules coded nearby")
    parser.add_argument("--conj", default="", help="feature prefixes crossed with the lemma")
    parser.add_argument("--pairs-only", action="store_true", help="no one-sided candidates")
    parser.add_argument("--ceiling", action="store_true", help="the ceiling only")
    parser.add_argument("--show", action="store_true", help="list the events the last adds")
    args = parser.parse_args(argv)
    docs = M.load_free_docs(args.gold, M.free_splits(None))
    run = M.load_run(Path(args.cache) / "runs" / f"{args.base}.json")
    store = Path(args.cache) / "unframed-candidates.pkl"
    if store.is_file():
        cands, no_frame = pickle.loads(store.read_bytes())
    else:
        cands, no_frame = extract(docs, args.cache, run)
        store.write_bytes(pickle.dumps((cands, no_frame)))
    if args.doc_labels:
        items = {d.doc_id: [gold_items(e, "root") for e in d.events] for d in docs}
        for c in cands:
            key = (actor_country(c.source), actor_country(c.target), c.code[:2])
            c.label = int(any(i is not None and i.accepts(*key) for i in items[c.doc_id]))
    if args.side_tensors:
        for c in cands:
            c.dense = np.concatenate([c.dense, c.sides])
    if args.context:
        add_context(cands, run)
    if args.conj:
        wanted = tuple(args.conj.split(","))
        for c in cands:
            lem = next(f for f in c.features if f.startswith("lem="))
            c.features = c.features + [f"{lem}|{f}" for f in c.features if f.startswith(wanted)]
    if args.pairs_only:
        cands = [c for c in cands if c.source and c.target]
    drops = tuple(p for p in args.drop.split(",") if p)
    if drops:
        for c in cands:
            c.features = [f for f in c.features if not f.startswith(drops)]
        if "tensor" in drops:
            for c in cands:
                c.dense = c.dense[:0]
    # a candidate whose tuple the kept events hold can add nothing (the events are added only
    # for tuples the coder lacks): left out of training and testing
    have = {d: {predicted_tuple(e, "root") for e in v["kept"]} for d, v in run.views.items()}
    cands = [
        c
        for c in cands
        if (actor_country(c.source), actor_country(c.target), c.code[:2]) not in have[c.doc_id]
    ]
    print("ceiling:")
    ceiling(cands, docs, run, no_frame)
    if args.ceiling:
        return 0
    thresholds = [float(t) for t in args.thresholds.split(",")]
    probs = out_of_fold(cands, docs, args)
    if args.dump:
        Path(args.dump).write_bytes(pickle.dumps((cands, probs)))
    candidate_pr(cands, probs, thresholds)
    docgold_change(cands, probs, docs, run, thresholds, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
