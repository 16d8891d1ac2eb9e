"""Train the learned trigger proposer (``src/redline/data/events/proposer.json``) reproducibly.

    PYTHONPATH=src python scripts/train_event_proposer.py --cache /tmp/propcache  # CV + the model
    PYTHONPATH=src python scripts/train_event_proposer.py --cv 0       # write the model only

Examples come from files in the repository only: the document gold (``evaluation/docgold``)
of splits ``--splits`` (default: every split free for tuning; ``test`` and ``check4`` are
refused). Each article is parsed once by redline's pipeline (``parse_articles``; ``--cache``
keeps the parses), then only the events stage is re-run on the parse for each coding. The
examples are the tokens the coder offers the proposer (``--pos``, default verbs and nouns, that
no lexicon entry tried and no coded event stands on): one inside a gold trigger span is an
example of that event's root, every other of "none".

With ``--cv K`` the whole pipeline is cross-validated by article (K folds for each of
``--cv-seeds``): for each fold a proposer is trained on the other folds' articles, the fold's
articles are coded with it, and the precision filter (``scripts/train_event_filter.py``'s
model and data: labelled candidates + the gold of the other folds) is trained without the fold
too; root-level counts are pooled over folds and seeds with the proposer off and on (at each
``--thresholds``), each at the filter threshold the pooled CV picks as the filter script does
(best F1 with pooled precision >= ``--min-precision``). The proposer threshold written is the
setting of best pooled F1 with pooled precision >= ``--min-precision``. The model is then
trained on every article and written; a second run writes the same bytes.
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

from redline.evaluate.docgold import UNSEEN_SPLITS

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
DOCGOLD = REPO / "evaluation/docgold"
OUT = REPO / "src/redline/data/events/proposer.json"
REFUSED = UNSEEN_SPLITS | {"all"}  # scored once, never trained on
DEFAULT_SPLITS = (
    "dev,train,check,check2,train2,check3,train3,check4,train4,check5,train5,check6,train6,"
    "check7,train7,check8,train8,train9,check9,check10,train10,train11,check11,check12,check13,"
    "check14,train12,train13,train14,train15,train16,train17,train18,train19,train20,train21,check15,check16,check17,check18,check19,check20"
)
NONE_SHARE = 0.3  # of the "none" examples trained on (weighted back up)
LEMMA_SHARE = 0.05  # a lemma is scored when at least this share of its tokens is a trigger


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


def parse_articles(docs: list, cache: Path | None = None) -> dict[str, tuple[bytes, bytes]]:
    """Each gold article run through redline's pipeline up to the events stage, once: (the
    Document as the events stage sees it, pickled without its parse; the parse's bytes, the
    tok2vec tensor included). Every later coding of the article (each fold's proposer, each
    setting) re-runs only the events stage on these (:func:`code_parsed`). ``cache``: a folder
    the parses are kept in between runs (articles added since are parsed and added)."""
    import pickle

    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    path = cache / "parses.pkl" if cache is not None else None
    kept: dict[str, tuple[bytes, bytes]] = {}
    if path is not None and path.is_file():
        kept = pickle.loads(path.read_bytes())
    todo = [d for d in docs if d.doc_id not in kept]
    if not todo:
        return kept
    pipeline = Pipeline(workers=1)
    pipeline.configure({"stage.events.min_confidence": 0.0, "stage.events.keep_unresolved": True})
    pipeline.load()

    def stage(doc):
        parsed, doc.parsed = doc.parsed, None
        kept[doc.source] = (pickle.dumps(doc), parsed.to_bytes()) if parsed is not None else None
        doc.parsed = parsed
        return doc

    pipeline.replace_stage("events", stage)
    raws = [
        clean_document(RawDocument(source=d.doc_id, text=d.text, title=d.title, published=d.date))
        for d in todo
    ]
    for doc in pipeline.pipe(raws):
        failed = [w for w in doc.warnings if w.startswith("stage ")]
        if failed:
            print(f"{doc.source}: STAGE FAILED: {failed}", file=sys.stderr)
    kept = {k: v for k, v in kept.items() if v is not None}
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(kept))
    return kept


def code_parsed(parsed: dict[str, tuple[bytes, bytes]], ids: list[str], *, proposer_for=None,
                spans_by: dict | None = None,
                clock: list[float] | None = None) -> dict[str, tuple[list, list]]:  # fmt: skip
    """Code the parsed articles ``ids`` (no threshold, unresolved kept): for each, (its
    proposer examples when ``spans_by`` is given, every coded event with its filter features).

    ``proposer_for(doc_id)``: the proposer model to code it with (None: off). The examples are
    the tokens the coder offers the proposer, where it offers them (a content token no lexicon
    entry tried and no coded event stands on: what the proposer scores at inference), each with
    its features, vector and gold label. ``clock``: the CPU seconds of the events stage alone
    are appended to it."""
    import pickle

    from spacy.tokens import Doc

    import redline.events.coder as coder
    from redline.events.coding import sentence as coding_sentence
    from redline.events.lexicon import load_lexicon
    from redline.events.proposer import (
        CANDIDATE_POS,
        CLASSES,
        ProposerModel,
        offered_tokens,
        token_features,
        token_vectors,
    )
    from redline.nlp.parse import forget_parse
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.load()
    vocab = pipeline.nlp.vocab
    book = _book(pipeline.config)
    lexicon = load_lexicon()
    silent = ProposerModel({}, np.zeros((0, len(CLASSES))), np.zeros((0, len(CLASSES))),
                           np.zeros(len(CLASSES)), 2.0, {})  # fmt: skip
    results: dict[str, tuple[list, list]] = {}
    real = coding_sentence.proposals
    offered: list = []

    def recording(sent, doc, resolver, lexicon_, model, taken, spans=()):
        if model is silent:
            tokens = offered_tokens(sent, CANDIDATE_POS, taken, list(spans))
            if tokens:
                vectors = token_vectors(sent, tokens)
                for tok, vec in zip(tokens, vectors, strict=True):
                    names = token_features(tok, doc, resolver, lexicon_)
                    offered.append((tok, names, vec.astype(np.float32)))
            return []
        return real(sent, doc, resolver, lexicon_, model, taken, spans)

    coding_sentence.proposals = recording
    try:
        for doc_id in ids:
            doc_bytes, parse_bytes = parsed[doc_id]
            doc = pickle.loads(doc_bytes)
            doc.parsed = Doc(vocab).from_bytes(parse_bytes)
            model = proposer_for(doc_id) if proposer_for is not None else None
            if spans_by is not None:
                model = silent
            coded: list = []
            started = time.process_time()
            doc.events = coder.code_document(doc, book, lexicon, min_confidence=0.0,
                                             keep_unresolved=True, features_out=coded,
                                             proposer=model or False)  # fmt: skip
            if clock is not None:
                clock.append(time.process_time() - started)
            spans = (spans_by or {}).get(doc_id) or []
            examples = [(names, vec, label_of(tok, spans)) for tok, names, vec in offered]
            offered.clear()
            results[doc_id] = (examples, coded)
            doc.parsed = None
            forget_parse()
    finally:
        coding_sentence.proposals = real
    return results


def code_gold(docs: list, proposer_for=None, spans_by: dict | None = None,
              cache: Path | None = None):  # fmt: skip
    """:func:`code_parsed` of the gold articles ``docs`` (parsed first)."""
    parsed = parse_articles(docs, cache)
    return code_parsed(parsed, [d.doc_id for d in docs if d.doc_id in parsed],
                       proposer_for=proposer_for, spans_by=spans_by)  # fmt: skip


def cleaned_spans(docs: list) -> dict[str, list]:
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument

    out = {}
    for d in docs:
        raw = RawDocument(source=d.doc_id, text=d.text, title=d.title, published=d.date)
        out[d.doc_id] = gold_spans(clean_document(raw).text, d.events)
    return out


# -- the model ---------------------------------------------------------------------------------


def scored_lemmas(examples: list, share: float) -> list[str]:
    """The lemmas the proposer scores: seen in a gold trigger, in at least ``share`` of the
    times they are offered to it ("say", "year", "tax" are offered hundreds of times and
    almost never a trigger: scoring them costs and finds nothing)."""
    seen: Counter = Counter()
    inside: Counter = Counter()
    for names, _, label in examples:
        seen[names[0]] += 1
        inside[names[0]] += label != "none"
    return sorted(n.split("=", 1)[1] for n, k in inside.items() if k and k >= share * seen[n])


def _sparse_products(rows: list[list[int]], width: int, sparse: bool):
    """(forward, backward) of the examples' sparse features: ``forward(w)`` sums each row's
    weight rows, ``backward(r)`` the gradient of ``w`` from the rows' residuals ``r``. By
    gathers and segmented sums (numpy only), or with ``sparse`` as CSR matrix products
    through ``scipy.sparse`` when it is installed (not a declared dependency: about four
    times faster on 100,000 rows; the same weights to rounding)."""
    sizes = [len(r) for r in rows]
    cols = np.fromiter((j for r in rows for j in r), dtype=np.int64, count=sum(sizes))
    if sparse:
        try:
            import scipy.sparse as sp
        except ImportError:
            sparse = False
    if sparse:
        indptr = np.concatenate(([0], np.cumsum(sizes)))
        xs = sp.csr_matrix((np.ones(len(cols), dtype=np.float32), cols, indptr),
                           shape=(len(rows), width))  # fmt: skip
        xs_t = xs.T.tocsr()
        return (lambda w: xs @ w), (lambda r: np.asarray(xs_t @ r, dtype=np.float32))
    row_of = np.repeat(np.arange(len(rows)), sizes)
    row_starts = np.cumsum([0] + sizes[:-1])
    order = np.argsort(cols, kind="stable")
    used, col_starts = np.unique(cols[order], return_index=True)
    rows_by_col = row_of[order]

    def backward(r: np.ndarray) -> np.ndarray:
        gw = np.zeros((width, r.shape[1]), dtype=r.dtype)
        gw[used] = np.add.reduceat(r[rows_by_col], col_starts, axis=0)
        return gw

    return (lambda w: np.add.reduceat(w[cols], row_starts, axis=0)), backward


def train(examples: list, *, seed: int, l2: float, steps: int, min_count: int,
          none_share: float = NONE_SHARE, lemma_share: float = LEMMA_SHARE,
          sparse: bool = False) -> dict[str, Any]:  # fmt: skip
    """Softmax regression over the classes by full-batch Adam: (feature rows, dense, bias,
    the lemmas scored: :func:`scored_lemmas`).

    Of the "none" examples (nine in ten) a seeded ``none_share`` is kept, each weighing
    1 / ``none_share``: the same expected loss at a fraction of the cost. ``sparse``: the
    sparse products through ``scipy.sparse`` when installed (:func:`_sparse_products`)."""
    from redline.events.proposer import CLASSES

    lemmas = scored_lemmas(examples, lemma_share)
    rng = np.random.default_rng(seed)
    keep = rng.random(len(examples)) < none_share
    examples = [e for e, k in zip(examples, keep, strict=True) if k or e[2] != "none"]
    weight = np.array([1.0 / none_share if e[2] == "none" else 1.0 for e in examples],
                      dtype=np.float32)  # fmt: skip
    counts = Counter(n for names, _, _ in examples for n in set(names))
    names = sorted(n for n, c in counts.items() if c >= min_count)
    vocab = {n: i for i, n in enumerate(names)}
    pad = len(vocab)  # every row has it (weight 0): no row is empty
    rows = [[pad, *(vocab[n] for n in dict.fromkeys(ns) if n in vocab)] for ns, _, _ in examples]
    forward, backward = _sparse_products(rows, pad + 1, sparse)
    x = np.stack([v for _, v, _ in examples]).astype(np.float32)
    y = np.array([CLASSES.index(label) for _, _, label in examples])
    n, c = len(y), len(CLASSES)
    onehot = np.zeros((n, c), dtype=np.float32)
    onehot[np.arange(n), y] = 1.0
    scale = (weight / weight.sum())[:, None]
    params = [rng.normal(0, 0.01, (pad + 1, c)).astype(np.float32),
              rng.normal(0, 0.01, (x.shape[1], c)).astype(np.float32),
              np.zeros(c, dtype=np.float32)]  # fmt: skip
    params[0][pad] = 0.0
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for t in range(1, steps + 1):
        w, d, b = params
        z = x @ d + b + forward(w)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        r = ((p - onehot) * scale).astype(np.float32)
        gw = backward(r)
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
        "lemmas": lemmas,
        "features": {name: [round(float(a), 4) for a in w[i]] for name, i in vocab.items()},
        "dense": [[round(float(a), 4) for a in row] for row in d],
        "bias": [round(float(a), 4) for a in b],
    }


def as_model(weights: dict[str, Any], threshold: float, pos: frozenset[str] | None = None):
    from redline.events.proposer import model_from_dict

    return model_from_dict({**weights, "threshold": threshold, "pos": sorted(pos or ())})


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
FILTER_HYPER = {"l2": 0.001, "steps": 600, "seed": 13, "min_count": 2}  # the filter script's


def _p(event) -> float | None:
    found = PROPOSED_P.match(event.rule or "")
    return float(found.group(1)) if found else None


def at_threshold(coded: list, threshold: float | None) -> list:
    """The coded events with proposals below ``threshold`` dropped (None: every proposal)."""
    if threshold is None:
        return [(e, f) for e, f in coded if _p(e) is None]
    return [(e, f) for e, f in coded if (_p(e) or 1.0) >= threshold]


def fold_proposers(ids: list[str], examples: dict[str, list], folds: dict[str, int], k: int,
                   hyper: dict, pos: frozenset[str] | None = None,
                   trainable: set[str] | None = None) -> dict[int, Any]:  # fmt: skip
    """One proposer per fold, trained on the examples of the other folds' articles (those in
    ``trainable`` only, when given)."""
    models = {}
    for fold in range(k):
        rows = [e for d in ids if folds[d] != fold and (trainable is None or d in trainable)
                for e in examples[d]]  # fmt: skip
        models[fold] = as_model(train(rows, **hyper), 0.0, pos)
    return models


def crossfit_coded(filter_docs: list, *, gold: Path, articles: Path, k: int = 5, seed: int = 1,
                   splits: tuple[str, ...] | None = None,
                   cache: Path | None = None) -> list:  # fmt: skip
    """(gold doc, coded events with features) for ``filter_docs``, each coded with a proposer
    trained without its fold (K folds by article) on ``splits`` (default: the articles'
    own), at the shipped model's threshold and with its settings: what the precision filter is
    trained on when the proposer is on, so that it never learns from proposals made on the
    proposer's own training articles (in-sample proposals are far better than unseen ones)."""
    from redline.evaluate.docgold import load_doc_gold
    from redline.events.proposer import load_proposer

    shipped = load_proposer()
    threshold = shipped.threshold if shipped is not None else 0.5
    hyper = {"seed": 13, "l2": 0.0001, "steps": 300, "min_count": 2, "lemma_share": LEMMA_SHARE}
    if shipped is not None:
        hyper.update({k_: shipped.meta[k_] for k_ in hyper if k_ in shipped.meta})
    pos = shipped.parts_of_speech if shipped is not None else None
    if splits is None:
        docs = list(filter_docs)
    else:
        docs = [d for s in splits for d in load_doc_gold(gold, split=s, articles=articles)]
    parsed = parse_articles(docs + list(filter_docs), cache)
    ids = [d.doc_id for d in docs if d.doc_id in parsed]
    first = code_parsed(parsed, ids, spans_by=cleaned_spans(docs))
    folds = folds_of([d.doc_id for d in filter_docs], k, seed)
    models = fold_proposers(ids, {i: first[i][0] for i in ids}, {i: folds.get(i, -1) for i in ids},
                            k, hyper, pos)  # fmt: skip
    models = {f: replace(m, threshold=threshold) for f, m in models.items()}
    held = [d.doc_id for d in filter_docs if d.doc_id in parsed]
    second = code_parsed(parsed, held, proposer_for=lambda doc_id: models[folds[doc_id]])
    return [(d, second[d.doc_id][1]) for d in filter_docs if d.doc_id in second]


def gold_roots(docs) -> Counter:
    from redline.evaluate.docgold import _unique_gold

    return Counter(str(ev["code"])[:2] for d, _ in docs for _, ev in _unique_gold(d.events, "root"))


def cv_pipeline(docs: list, parsed: dict, examples: dict[str, list], off: dict[str, list],
                labelled: list, hyper: dict, *, k: int, seeds: list[int],
                thresholds: list[float], min_precision: float,
                pos: frozenset[str] | None = None,
                trainable: set[str] | None = None) -> dict[str, dict]:  # fmt: skip
    """The whole pipeline cross-validated by article: for each seed's K folds, the proposer
    and the precision filter (labelled candidates + the gold of the other folds) are trained
    without the fold, the fold's articles coded with them and scored at root level; counts
    pooled over folds and seeds. Settings: the proposer off, and on at each threshold. For each:
    the filter threshold the pooled CV picks as ``train_event_filter.py`` does (best F1 with
    pooled precision >= ``min_precision``), its counts, the gold found per root, the proposals
    emitted, and the proposer's own token-level counts (proposed, right root, gold triggers).
    ``trainable``: the articles the proposer and the filter may learn from (a learning curve:
    fewer articles to learn from, every article scored as held out); default all."""
    import train_event_filter as tef

    from redline.events.proposer import CLASSES

    by_id = {d.doc_id: d for d in docs}
    ids = [d.doc_id for d in docs if d.doc_id in parsed]
    names = ["off", *(f"on {t:g}" for t in thresholds)]
    pooled = {n: {t: np.zeros(3) for t in tef.THRESHOLDS} for n in names}
    found = {n: defaultdict(Counter) for n in names}
    emitted = Counter()
    tokens = {t: np.zeros(3) for t in thresholds}  # proposed, right, gold-trigger tokens
    low = min(thresholds)
    for seed in seeds:
        folds = folds_of(ids, k, seed)
        models = fold_proposers(ids, examples, folds, k, hyper, pos, trainable)
        for fold, model in models.items():
            test = [e for d in ids if folds[d] == fold for e in examples[d]]
            if not test:
                continue
            vectors = np.stack([v for _, v, _ in test]).astype(float)
            probs = model.probabilities([n for n, _, _ in test], vectors)
            best, top = probs[:, :-1].argmax(axis=1), probs[:, :-1].max(axis=1)
            gold = np.array([CLASSES.index(label) for _, _, label in test])
            scored = np.array([model.lemmas is None or n[0][6:] in model.lemmas
                               for n, _, _ in test])  # fmt: skip
            for t in thresholds:
                kept = (top >= t) & scored
                tokens[t] += [kept.sum(), (kept & (best == gold)).sum(), (gold < 20).sum()]
        by_fold = {f: replace(m, threshold=low) for f, m in models.items()}
        assigned = {d: by_fold[f] for d, f in folds.items()}
        second = code_parsed(parsed, ids, proposer_for=assigned.__getitem__)
        settings = {"off": [(by_id[i], at_threshold(off[i], None)) for i in ids]}
        for t in thresholds:
            settings[f"on {t:g}"] = [(by_id[i], at_threshold(second[i][1], t)) for i in ids]
        for name, coded in settings.items():
            emitted[name] += sum(1 for _, c in coded for e, _ in c if _p(e) is not None)
            learn = [(d, c) for d, c in coded if trainable is None or d.doc_id in trainable]
            counts, per_root = filter_cv_scored(labelled, coded, learn, folds, k, FILTER_HYPER)
            for t in tef.THRESHOLDS:
                pooled[name][t] += counts[t]
                found[name][t] += per_root[t]
    out = {}
    for name in names:
        best = tef.cv_threshold(pooled[name], min_precision)
        out[name] = {"filter": best, "counts": pooled[name][best], "found": found[name][best],
                     "proposals": emitted[name]}  # fmt: skip
        if name != "off":
            out[name]["tokens"] = tokens[float(name.split()[1])]
    return out


def best_setting(results: dict[str, dict], min_precision: float) -> str:
    """The proposer setting of best pooled F1 among those with pooled precision at least
    ``min_precision`` ("off" when no "on" setting beats it)."""
    import train_event_filter as tef

    def f1(name: str) -> float:
        return round(tef.prf(results[name]["counts"])[2], 6)

    ok = [n for n in results if n != "off" and tef.prf(results[n]["counts"])[0] >= min_precision]
    on = max(ok, key=f1, default=None)
    return on if on is not None and f1(on) > f1("off") else "off"


def print_cv(results: dict[str, dict], totals: Counter, title: str) -> None:
    import train_event_filter as tef

    print(f"\n{title}")
    print("| proposer | filter threshold | P | R | F1 | proposals emitted | tokens proposed / "
          "right root / gold-trigger tokens |")  # fmt: skip
    for name, r in results.items():
        p, rec, f = tef.prf(r["counts"])
        tok = " / ".join(str(int(x)) for x in r["tokens"]) if "tokens" in r else "-"
        print(f"| {name} | {r['filter']:.2f} | {p:.3f} | {rec:.3f} | {f:.3f} | "
              f"{r['proposals']} | {tok} |")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DOCGOLD / "gold.jsonl")
    parser.add_argument("--articles", type=Path, default=DOCGOLD / "articles.jsonl")
    parser.add_argument("--splits", default=DEFAULT_SPLITS)
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (tests)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--l2", type=float, default=0.0001)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--lemma-share", type=float, default=LEMMA_SHARE,
                        help="score lemmas this share of whose tokens are triggers")  # fmt: skip
    parser.add_argument("--pos", default="VERB,NOUN", help="parts of speech the proposer scores")
    parser.add_argument("--threshold", type=float, default=None, help="write this threshold")
    parser.add_argument("--cv", type=int, default=5, help="folds by article (0: no CV)")
    parser.add_argument("--cv-seeds", type=lambda v: [int(x) for x in v.split(",")],
                        default=[1, 2], help="one CV per seed, pooled")  # fmt: skip
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder keeping parses and coded candidates between runs")  # fmt: skip
    parser.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7")
    parser.add_argument("--min-precision", type=float, default=0.75,
                        help="pooled root precision the CV thresholds keep")  # fmt: skip
    args = parser.parse_args(argv)
    from redline.evaluate.docgold import load_doc_gold

    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    if REFUSED & set(splits):
        raise SystemExit("test, check4 and all are never trained on (--splits)")
    started = time.process_time()
    docs = [d for s in splits for d in load_doc_gold(args.gold, split=s, articles=args.articles)]
    if args.limit:
        docs = docs[: args.limit]
    pos = frozenset(p.strip().upper() for p in args.pos.split(",") if p.strip())
    spans = cleaned_spans(docs)
    n_spans = sum(len(s) for s in spans.values())
    n_gold = sum(len(d.events) for d in docs)
    print(f"{len(docs)} articles ({','.join(splits)}), {n_gold} gold events, {n_spans} triggers "
          "found in the cleaned text")  # fmt: skip
    parsed = parse_articles(docs, args.cache)
    first = code_parsed(parsed, [d.doc_id for d in docs if d.doc_id in parsed], spans_by=spans)
    examples = {i: [e for e in ex if e[0][1][4:] in pos] for i, (ex, _) in first.items()}
    labels = Counter(label for ex in examples.values() for _, _, label in ex)
    inside = sum(v for k, v in labels.items() if k != "none")
    print(f"tokens offered to the proposer ({','.join(sorted(pos))}) {sum(labels.values())}: "
          f"{inside} inside a gold trigger ({dict(sorted(labels.items()))}); CPU "
          f"{time.process_time() - started:.0f} s")  # fmt: skip
    hyper = {"seed": args.seed, "l2": args.l2, "steps": args.steps, "min_count": args.min_count,
             "lemma_share": args.lemma_share}  # fmt: skip
    threshold = args.threshold if args.threshold is not None else 0.5
    cv_meta = None
    if args.cv > 1:
        import train_event_filter as tef

        labelled = _cached(args.cache, "labelled",
                           lambda: tef.labelled_candidates(tef.CANDIDATES))  # fmt: skip
        thresholds = [float(t) for t in args.thresholds.split(",")]
        off = {i: c for i, (_, c) in first.items()}
        results = cv_pipeline(docs, parsed, examples, off, labelled, hyper, k=args.cv,
                              seeds=args.cv_seeds, thresholds=thresholds,
                              min_precision=args.min_precision, pos=pos)  # fmt: skip
        print_cv(results, gold_roots([(d, None) for d in docs]),
                 f"root level, {args.cv}-fold CV by article over {len(docs)} articles "
                 f"(seeds {args.cv_seeds}, pooled; proposer and filter trained without the "
                 f"held-out fold; filter threshold: best F1 at pooled P >= "
                 f"{args.min_precision})")  # fmt: skip
        on = best_setting(results, args.min_precision)
        p, r, f = tef.prf(results[on]["counts"])
        f_off = tef.prf(results["off"]["counts"])[2]
        print(f"\nbest: {on}, F1 {f:.3f} vs off {f_off:.3f} ({f - f_off:+.3f})")
        if on != "off":
            threshold = float(on.split()[1])
            print("per-root recall (gold found), off -> on: " + ", ".join(
                f"{root} {results['off']['found'][root]}->{results[on]['found'][root]}"
                for root in sorted(set(results["off"]["found"]) | set(results[on]["found"]))
            ))  # fmt: skip
        cv_meta = {"folds": args.cv, "seeds": args.cv_seeds, "setting": on,
                   "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                   "f1_off": round(f_off, 4)}  # fmt: skip
        if args.threshold is not None:
            threshold = args.threshold
    weights = train([e for d in docs for e in examples.get(d.doc_id, [])], **hyper)
    from redline.events.proposer import CLASSES

    model = {
        "version": 2,
        "classes": list(CLASSES),
        "trained_on": f"docgold {','.join(splits)} ({len(docs)} articles)",
        **hyper,
        "pos": sorted(pos),
        "threshold": threshold,
        **({"cv": cv_meta} if cv_meta else {}),
        **weights,
    }
    write_model(args.out, model, started)
    return 0


def write_model(out: Path, model: dict, started: float) -> None:
    """Write a softmax model's JSON one feature a line (readable diffs) and say what was written."""
    text = json.dumps(model, separators=(",", ":"))
    text = text.replace('],"', '],\n"')
    out.write_text(text + "\n", encoding="utf-8")
    size, n = out.stat().st_size, len(model["features"])
    print(f"wrote {out} ({size} bytes, {n} features, threshold {model['threshold']}); CPU "
          f"{time.process_time() - started:.0f} s")  # fmt: skip


def filter_cv_scored(labelled, coded, train_docs, folds, k, fargs):
    """The filter's CV: for each fold, trained on the labelled candidates and ``train_docs``'
    gold outside the fold, scored on ``coded``'s articles of the fold; root-level counts and
    the gold found per root at each threshold."""
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
