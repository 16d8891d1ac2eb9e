"""Does a stronger learner make a better precision filter? (issue #9, session 32; a negative result)

The shipped filter is a logistic regression over sparse binary features
(``redline.events.filter``). This script puts a gradient-boosted tree model (LightGBM; not a
dependency of redline: ``pip install lightgbm scipy``) over the same features and labels into the
trainer's own cross-validation (``scripts/train_event_filter.py``: 5 folds by article x seeds 1, 2,
3, labelled candidates plus the free docgold splits at weight 3, root-level counts of the held-out
articles pooled per threshold) and prints both sweeps.

    PYTHONPATH=src python scripts/compare_filter_learners.py CACHE [--rounds 300] [--seeds 1,2,3]

CACHE is the parse cache of ``scripts/docgold_misses.py`` (the articles are coded from it; the
learned proposer and pair model off, as the trainer codes). Result (docs/benchmarks.md,
"Thirty-third round"): the trees gain 0.003 F1 at the best threshold; the filter's learner is not
what limits recall (nothing filtered, the candidates reach 0.51 of the gold tuples).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_event_filter as F  # noqa: E402

# the filter trainer's own defaults (--gold-weight, --l2, --steps, --seed, --min-count)
TRAINER_DEFAULTS = {"gold_weight": 3.0, "l2": 0.001, "steps": 600, "seed": 13, "min_count": 2}
TREE_PARAMS = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.5,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "verbose": -1,
    "seed": 7,
    "num_threads": 2,
}


def coded_from_cache(cache: str) -> list[tuple]:
    """(gold document, [(event, features)]) for every free split the trainer trains on."""
    from redline.evaluate import misses as M
    from redline.evaluate.docgold import load_doc_gold
    from redline.events.filter import candidate_pipeline
    from redline.nlp.parse import forget_parse

    collected: list = []
    pipeline = candidate_pipeline(
        features_out=collected, events={"proposer": False, "pairs": False}
    )
    gold, articles = F.DOCGOLD / "gold.jsonl", F.DOCGOLD / "articles.jsonl"
    docs = [
        d
        for split in F.DOCGOLD_SPLITS.split(",")
        for d in load_doc_gold(gold, split=split, articles=articles)
    ]
    parses = M.parse_cached(docs, cache, pipeline)
    out = []
    for doc in docs:
        collected.clear()
        pipeline.finish(M.clean(doc), parses[doc.doc_id])
        forget_parse()
        out.append((doc, list(collected)))
    return out


def _sparse(feature_dicts: list[dict], vocab: dict[str, int]):
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, feats in enumerate(feature_dicts):
        for name, value in feats.items():
            j = vocab.get(name)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(value)
    shape = (len(feature_dicts), len(vocab))
    return csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float32)


def tree_confidences(train, weights, test, *, rounds: int) -> list[list[float]]:
    """Train boosted trees on ``train`` and score every coded event of the ``test`` articles."""
    import lightgbm

    from redline.events.coder import NO_EVENT_CODES

    counts = Counter(name for _, feats, _ in train for name in feats)
    vocab = {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= 5))}
    x = _sparse([f for _, f, _ in train], vocab)
    y = np.array([label for _, _, label in train], dtype=float)
    booster = lightgbm.train(TREE_PARAMS, lightgbm.Dataset(x, y, weight=weights), rounds)
    out = []
    for _, coded in test:
        p = booster.predict(_sparse([f for _, f in coded], vocab)) if coded else []
        out.append(
            [
                0.0 if e.code in NO_EVENT_CODES else float(q)
                for (e, _), q in zip(coded, p, strict=True)
            ]
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cache", help="the parse cache of scripts/docgold_misses.py")
    parser.add_argument("--rounds", type=int, default=300, help="boosting rounds")
    parser.add_argument("--seeds", type=lambda v: [int(x) for x in v.split(",")], default=[1, 2, 3])
    args = parser.parse_args(argv)
    started = time.time()
    labelled = F.labelled_candidates(F.CANDIDATES)
    docs = coded_from_cache(args.cache)
    print(f"{len(docs)} gold articles, {sum(len(c) for _, c in docs)} coded events, "
          f"{len(labelled)} labelled candidates ({time.time() - started:.0f} s)")  # fmt: skip
    cv = SimpleNamespace(cv=5, cv_seeds=args.seeds, **TRAINER_DEFAULTS)
    rows = {
        "logistic": F.cross_validate(labelled, docs, cv),
        "trees": F.cross_validate(
            labelled, docs, cv, partial(tree_confidences, rounds=args.rounds)
        ),
    }
    F.print_sweep("root level, CV by article (5 folds x seeds, pooled)", rows)
    for learner, pooled in rows.items():
        best = max(F.THRESHOLDS, key=lambda t: F.prf(pooled[t])[2])
        p, r, f = F.prf(pooled[best])
        print(f"{learner}: best F1 {f:.3f} at {best:.2f} (P {p:.3f} R {r:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
