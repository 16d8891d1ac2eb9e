"""Train the learned trigger proposer (``src/redline/data/events/proposer.json``) reproducibly.

    PYTHONPATH=src python scripts/train_event_proposer.py              # CV + write the model
    PYTHONPATH=src python scripts/train_event_proposer.py --cv 0       # write the model only

Examples come from files in the repository only: the document gold (``evaluation/docgold``)
of splits ``--splits`` (default ``dev,train,check``; ``test`` and ``check3`` are refused). Each
article is coded by redline's own pipeline; every gold trigger is found in its sentence of the
cleaned text, and a candidate token (verb, noun, adjective: ``redline.events.proposer``) inside
a gold trigger span is an example of that event's root, every other candidate token of "none".

With ``--cv K`` the whole pipeline is cross-validated by article (K folds, ``--cv-seed``): for
each fold a proposer is trained on the other folds' articles, the fold's articles are coded with
it, and the precision filter (``scripts/train_event_filter.py``'s model and data: labelled
candidates + the gold of the other folds) is trained without the fold too; root-level counts are
pooled over folds with the proposer off and on (at each ``--thresholds``), at the filter
threshold the pooled CV picks for each setting, with per-root recall. The proposer threshold
written is the one with the best pooled F1. The model is then trained on every article and
written; a second run writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
DOCGOLD = REPO / "evaluation/docgold"
OUT = REPO / "src/redline/data/events/proposer.json"
REFUSED = {"test", "check3", "all"}


# -- gold triggers on tokens -------------------------------------------------------------------


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of ``needle`` in ``text``, spaces and case forgiven."""
    words = needle.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.compile(pattern, re.IGNORECASE).search(text, start)
    return (found.start(), found.end()) if found else None


def gold_spans(text: str, events: list[dict]) -> list[tuple[int, int, str]]:
    """(start, end, root) of each gold trigger found in its sentence of ``text``."""
    out = []
    for event in events:
        code = str(event.get("code") or "")
        if len(code) < 2 or not code[:2].isdigit():
            continue
        sent = _find(text, event.get("sentence") or "")
        if sent is None:
            continue
        trig = _find(text[: sent[1]], event.get("trigger") or "", sent[0])
        if trig is not None:
            out.append((trig[0], trig[1], code[:2]))
    return out


def label_of(tok, spans: list[tuple[int, int, str]]) -> str:
    for start, end, root in spans:
        if start <= tok.idx < end:
            return root
    return "none"


# -- coding the articles -------------------------------------------------------------------------


def code_gold(docs: list, proposer_for=None, spans_by: dict | None = None):
    """Code the gold articles with redline's pipeline (no threshold, unresolved kept); for each
    article: (its candidate tokens' examples when ``spans_by`` is given, every coded event with
    its filter features). ``proposer_for(doc_id)``: the proposer model to code it with."""
    from redline.clean import clean_document
    from redline.events.arguments import ActorResolver
    from redline.events.coder import code_document
    from redline.events.lexicon import load_lexicon
    from redline.events.proposer import candidate_tokens, token_features, token_vectors
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.configure({"stage.events.min_confidence": 0.0, "stage.events.keep_unresolved": True})
    pipeline.load()
    book = _book(pipeline.config)
    lexicon = load_lexicon()
    results: dict[str, tuple[list, list]] = {}

    def stage(doc):
        examples: list = []
        if spans_by is not None and doc.parsed is not None:
            spans = spans_by.get(doc.source) or []
            resolver = ActorResolver(book, doc.text, doc.published, doc.quotes,
                                     dateline=doc.dateline, mentions=doc.mentions)  # fmt: skip
            for sent in doc.parsed.sents:
                tokens = candidate_tokens(sent)
                if not tokens:
                    continue
                vectors = token_vectors(sent, tokens)
                for tok, vec in zip(tokens, vectors, strict=True):
                    names = token_features(tok, doc, resolver, lexicon)
                    examples.append((names, vec.astype(np.float32), label_of(tok, spans)))
        coded: list = []
        model = proposer_for(doc.source) if proposer_for is not None else None
        doc.events = code_document(doc, book, lexicon, min_confidence=0.0, keep_unresolved=True,
                                   features_out=coded, proposer=model or False)  # fmt: skip
        results[doc.source] = (examples, coded)
        return doc

    pipeline.replace_stage("events", stage)
    raws = [
        clean_document(RawDocument(source=d.doc_id, text=d.text, title=d.title, published=d.date))
        for d in docs
    ]
    for doc in pipeline.pipe(raws):
        failed = [w for w in doc.warnings if w.startswith("stage ")]
        if failed:
            print(f"{doc.source}: STAGE FAILED: {failed}", file=sys.stderr)
    return results


def cleaned_spans(docs: list) -> dict[str, list]:
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument

    out = {}
    for d in docs:
        raw = RawDocument(source=d.doc_id, text=d.text, title=d.title, published=d.date)
        out[d.doc_id] = gold_spans(clean_document(raw).text, d.events)
    return out


# -- the model ---------------------------------------------------------------------------------


def train(examples: list, *, seed: int, l2: float, steps: int, min_count: int) -> dict[str, Any]:
    """Softmax regression over the classes by full-batch Adam: (feature rows, dense, bias)."""
    from redline.events.proposer import CLASSES

    counts = Counter(n for names, _, _ in examples for n in set(names))
    names = sorted(n for n, c in counts.items() if c >= min_count)
    vocab = {n: i for i, n in enumerate(names)}
    pad = len(vocab)  # every row has it (weight 0): no row is empty
    rows = [[pad, *(vocab[n] for n in dict.fromkeys(ns) if n in vocab)] for ns, _, _ in examples]
    cols = np.fromiter((j for r in rows for j in r), dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    row_starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
    order = np.argsort(cols, kind="stable")
    used, col_starts = np.unique(cols[order], return_index=True)
    rows_by_col = row_of[order]
    x = np.stack([v for _, v, _ in examples]).astype(float)
    y = np.array([CLASSES.index(label) for _, _, label in examples])
    n, c = len(y), len(CLASSES)
    onehot = np.zeros((n, c))
    onehot[np.arange(n), y] = 1.0
    rng = np.random.default_rng(seed)
    params = [rng.normal(0, 0.01, (pad + 1, c)), rng.normal(0, 0.01, (x.shape[1], c)), np.zeros(c)]
    params[0][pad] = 0.0
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for t in range(1, steps + 1):
        w, d, b = params
        z = x @ d + b + np.add.reduceat(w[cols], row_starts, axis=0)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        r = (p - onehot) / n
        gw = np.zeros_like(w)
        gw[used] = np.add.reduceat(r[rows_by_col], col_starts, axis=0)
        gw[pad] = 0.0
        grads = [gw + l2 * w, x.T @ r + l2 * d, r.sum(axis=0)]
        for j, g in enumerate(grads):
            m[j] = 0.9 * m[j] + 0.1 * g
            v[j] = 0.999 * v[j] + 0.001 * g**2
            params[j] = params[j] - 0.05 * (m[j] / (1 - 0.9**t)) / (
                np.sqrt(v[j] / (1 - 0.999**t)) + 1e-8
            )
        params[0][pad] = 0.0
    w, d, b = params
    return {
        "features": {name: [round(float(a), 4) for a in w[i]] for name, i in vocab.items()},
        "dense": [[round(float(a), 4) for a in row] for row in d],
        "bias": [round(float(a), 4) for a in b],
    }


def as_model(weights: dict[str, Any], threshold: float):
    from redline.events.proposer import model_from_dict

    return model_from_dict({**weights, "threshold": threshold})


def _cached(folder: Path | None, name: str, make):
    """``make()``, kept as a pickle in ``folder`` (when given) for the next run."""
    if folder is None:
        return make()
    import pickle

    path = folder / f"{name}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    value = make()
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(value))
    return value


def folds_of(doc_ids: list[str], k: int, seed: int) -> dict[str, int]:
    ids = sorted(doc_ids)
    np.random.default_rng(seed).shuffle(ids)
    return {d: i % k for i, d in enumerate(ids)}


# -- cross-validation of the whole pipeline ------------------------------------------------------

PROPOSED_P = re.compile(r"^proposer:\d\d p=([0-9.]+)")


def _p(event) -> float | None:
    found = PROPOSED_P.match(event.rule or "")
    return float(found.group(1)) if found else None


def at_threshold(coded: list, threshold: float | None) -> list:
    """The coded events with proposals below ``threshold`` dropped (None: every proposal)."""
    if threshold is None:
        return [(e, f) for e, f in coded if _p(e) is None]
    return [(e, f) for e, f in coded if (_p(e) or 1.0) >= threshold]


def crossfit_coded(filter_docs: list, *, gold: Path, articles: Path, k: int = 5, seed: int = 1,
                   splits: tuple[str, ...] = ("dev", "train", "check")) -> list:  # fmt: skip
    """(gold doc, coded events with features) for ``filter_docs``, each coded with a proposer
    trained without its fold (K folds by article): what the precision filter is trained on when
    the proposer is on, so that it never learns from proposals made on the proposer's own
    training articles (in-sample proposals are far better than unseen ones)."""
    from redline.evaluate.docgold import load_doc_gold
    from redline.events.proposer import load_proposer

    shipped = load_proposer()
    threshold = shipped.threshold if shipped is not None else 0.5
    hyper = {k_: shipped.meta[k_] for k_ in ("seed", "l2", "steps", "min_count")} if shipped else {
        "seed": 13, "l2": 0.0001, "steps": 300, "min_count": 2}  # fmt: skip
    docs = [d for s in splits for d in load_doc_gold(gold, split=s, articles=articles)]
    first = code_gold(docs, spans_by=cleaned_spans(docs))
    folds = folds_of([d.doc_id for d in filter_docs], k, seed)
    models = {}
    for fold in range(k):
        held = {d for d, f in folds.items() if f == fold}
        rows = [e for d in docs if d.doc_id not in held for e in first[d.doc_id][0]]
        models[fold] = as_model(train(rows, **hyper), threshold)
    second = code_gold(filter_docs, proposer_for=lambda doc_id: models[folds[doc_id]])
    return [(d, second[d.doc_id][1]) for d in filter_docs if d.doc_id in second]


def gold_roots(docs) -> Counter:
    from redline.evaluate.docgold import _unique_gold

    return Counter(str(ev["code"])[:2] for d, _ in docs for _, ev in _unique_gold(d.events, "root"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DOCGOLD / "gold.jsonl")
    parser.add_argument("--articles", type=Path, default=DOCGOLD / "articles.jsonl")
    parser.add_argument("--splits", default="dev,train,check")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (tests)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--l2", type=float, default=0.0001)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--threshold", type=float, default=None, help="write this threshold")
    parser.add_argument("--cv", type=int, default=5, help="folds by article (0: no CV)")
    parser.add_argument("--cv-seed", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder to keep coded articles in between runs")  # fmt: skip
    parser.add_argument("--thresholds", default="0.2,0.3,0.4,0.5")
    parser.add_argument("--filter-splits", default="dev,train,check",
                        help="gold splits the filter is trained on in the CV")  # fmt: skip
    args = parser.parse_args(argv)
    from redline.evaluate.docgold import load_doc_gold

    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    if REFUSED & set(splits):
        raise SystemExit("test, check3 and all are never trained on (--splits)")
    started = time.process_time()
    docs = [d for s in splits for d in load_doc_gold(args.gold, split=s, articles=args.articles)]
    if args.limit:
        docs = docs[: args.limit]
    spans = cleaned_spans(docs)
    n_spans = sum(len(s) for s in spans.values())
    n_gold = sum(len(d.events) for d in docs)
    print(f"{len(docs)} articles ({','.join(splits)}), {n_gold} gold events, {n_spans} triggers "
          "found in the cleaned text")  # fmt: skip
    first = _cached(args.cache, "first", lambda: code_gold(docs, spans_by=spans))
    examples = {d.doc_id: first[d.doc_id][0] for d in docs if d.doc_id in first}
    labels = Counter(label for ex in examples.values() for _, _, label in ex)
    inside = sum(v for k, v in labels.items() if k != "none")
    print(f"candidate tokens {sum(labels.values())}: {inside}"
          f" inside a gold trigger ({dict(sorted(labels.items()))}); CPU "
          f"{time.process_time() - started:.0f} s")  # fmt: skip
    hyper = {"seed": args.seed, "l2": args.l2, "steps": args.steps, "min_count": args.min_count}
    threshold = args.threshold if args.threshold is not None else 0.5
    cv_meta = None
    if args.cv > 1:
        threshold, cv_meta = cross_validate(docs, examples, first, hyper, args)
        if args.threshold is not None:
            threshold = args.threshold
    weights = train([e for d in docs for e in examples[d.doc_id]], **hyper)
    model = {
        "version": 1,
        "classes": list(__import__("redline.events.proposer", fromlist=["CLASSES"]).CLASSES),
        "trained_on": f"docgold {','.join(splits)} ({len(docs)} articles)",
        **hyper,
        "threshold": threshold,
        **({"cv": cv_meta} if cv_meta else {}),
        **weights,
    }
    text = json.dumps(model, separators=(",", ":"))
    text = text.replace('],"', '],\n"')  # one feature a line: readable diffs
    args.out.write_text(text + "\n", encoding="utf-8")
    size, n = args.out.stat().st_size, len(weights["features"])
    print(f"wrote {args.out} ({size} bytes, {n} features, threshold {threshold}); CPU "
          f"{time.process_time() - started:.0f} s")  # fmt: skip
    return 0


def cross_validate(docs, examples, first, hyper, args) -> tuple[float, dict]:
    import train_event_filter as tef

    ids = [d.doc_id for d in docs]
    folds = folds_of(ids, args.cv, args.cv_seed)
    models = {}
    for fold in range(args.cv):
        rows = [e for d in ids if folds[d] != fold for e in examples[d]]
        models[fold] = as_model(train(rows, **hyper), 0.0)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    low = min(thresholds)
    second = code_gold(docs, proposer_for=lambda doc_id: replace(models[folds[doc_id]],
                                                                 threshold=low))  # fmt: skip
    labelled = _cached(args.cache, "labelled", lambda: tef.labelled_candidates(tef.CANDIDATES))
    fsplits = set(args.filter_splits.split(","))
    fargs = {"l2": 0.001, "steps": 600, "seed": 13, "min_count": 2}
    by_id = {d.doc_id: d for d in docs}
    settings: dict[str, list] = {"off": [(by_id[i], at_threshold(first[i][1], None)) for i in ids]}
    for t in thresholds:
        settings[f"on {t:g}"] = [(by_id[i], at_threshold(second[i][1], t)) for i in ids]
    results = {}
    for name, coded in settings.items():
        # the filter learns from the gold of --filter-splits only, scored on every article
        train_docs = [(d, c) for d, c in coded if d.split in fsplits]
        pooled, found = filter_cv_scored(labelled, coded, train_docs, folds, args.cv, fargs)
        best = tef.cv_threshold(pooled)
        results[name] = (best, pooled[best], found[best])
    totals = gold_roots(settings["off"])
    print(f"\nroot level, {args.cv}-fold CV by article over {len(ids)} articles (seed "
          f"{args.cv_seed}; proposer and filter trained without the held-out fold)")  # fmt: skip
    print("| proposer | filter threshold | P | R | F1 | events proposed |")
    for name, (best, counts, _) in results.items():
        p, r, f = tef.prf(counts)
        n = sum(1 for _, c in settings[name] for e, _ in c if _p(e) is not None)
        print(f"| {name} | {best:.2f} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    on = max((n for n in results if n != "off"), key=lambda n: tef.prf(results[n][1])[2])
    print(f"\nper-root recall (gold found / gold), off -> {on}")
    print("| root | gold | off | on | gain |")
    for root in sorted(totals):
        a, b = results["off"][2][root], results[on][2][root]
        print(f"| {root} | {totals[root]} | {a} | {b} | {b - a:+d} |")
    f_off = tef.prf(results["off"][1])[2]
    p, r, f = tef.prf(results[on][1])
    print(f"\nbest: {on} F1 {f:.3f} vs off {f_off:.3f}: "
          f"{'ON' if f > f_off else 'OFF'} by default")  # fmt: skip
    meta = {"folds": args.cv, "seed": args.cv_seed, "setting": on, "precision": round(p, 4),
            "recall": round(r, 4), "f1": round(f, 4), "f1_off": round(f_off, 4)}  # fmt: skip
    return float(on.split()[1]), meta


def filter_cv_scored(labelled, coded, train_docs, folds, k, fargs):
    """filter_cv with the filter trained on ``train_docs``' gold and scored on ``coded``."""
    import train_event_filter as tef

    from redline.evaluate.docgold import match_document

    pooled = {t: np.zeros(3) for t in tef.THRESHOLDS}
    found: dict[float, Counter] = defaultdict(Counter)
    gold = {d.doc_id: tef.gold_examples(d, c) for d, c in train_docs}
    for fold in range(k):
        held = {d for d, f in folds.items() if f == fold}
        rows = [e for e in labelled if e[0] not in held]
        weights = [1.0] * len(rows)
        for doc_id, more in gold.items():
            if doc_id not in held:
                rows += more
                weights += [3.0] * len(more)
        vocab, w = tef.train_model(rows, weights, l2=fargs["l2"], steps=fargs["steps"],
                                   seed=fargs["seed"], min_count=fargs["min_count"])  # fmt: skip
        score = tef.scorer(vocab, w)
        test = [(d, c) for d, c in coded if d.doc_id in held]
        confs = [tef.confidences(c, score) for _, c in test]
        for t, counts in tef.sweep(test, confs).items():
            pooled[t] += counts
            for (d, c), p in zip(test, confs, strict=True):
                for event in match_document(d.events, tef.emitted(c, p, t), "root")["found"]:
                    found[t][str(event["code"])[:2]] += 1
    return pooled, found


if __name__ == "__main__":
    raise SystemExit(main())
