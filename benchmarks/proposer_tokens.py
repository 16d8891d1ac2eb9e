"""Token-level, out-of-fold quality of the learned trigger proposer (issue #9 proposer).

    PYTHONPATH=src python benchmarks/proposer_tokens.py [--l2 0.0005] [--steps 150] \
        [--cache /tmp/propcache]

Every candidate token of the docgold dev, train and check articles (lexicon-coded ones
included), 5 folds by article (``scripts/train_event_proposer.py``'s folds, seed 1): how many
tokens the proposer trained without the fold proposes at each threshold, and how many of them
lie in a gold trigger of the root proposed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_event_proposer as tp  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=0.0001)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    from redline.evaluate.docgold import load_doc_gold
    from redline.events.proposer import CLASSES

    gold, arts = tp.DOCGOLD / "gold.jsonl", tp.DOCGOLD / "articles.jsonl"
    splits = ("dev", "train", "check")
    docs = [d for s in splits for d in load_doc_gold(gold, split=s, articles=arts)]
    spans = tp.cleaned_spans(docs)
    first = tp._cached(args.cache, "first", lambda: tp.code_gold(docs, spans_by=spans))
    ids = [d.doc_id for d in docs]
    folds = tp.folds_of(ids, 5, 1)
    hyper = {"seed": 13, "l2": args.l2, "steps": args.steps, "min_count": 2}
    probs, labels = [], []
    for fold in range(5):
        rows = [e for d in ids if folds[d] != fold for e in first[d][0]]
        model = tp.as_model(tp.train(rows, **hyper), 0.0)
        test = [e for d in ids if folds[d] == fold for e in first[d][0]]
        vectors = np.stack([v for _, v, _ in test]).astype(float)
        probs.append(model.probabilities([n for n, _, _ in test], vectors))
        labels += [CLASSES.index(label) for _, _, label in test]
    p, y = np.concatenate(probs), np.array(labels)
    best, top = p[:, :-1].argmax(axis=1), p[:, :-1].max(axis=1)
    gold_tokens = int((y != len(CLASSES) - 1).sum())
    print(f"{len(y)} candidate tokens, {gold_tokens} in a gold trigger")
    for t in (0.1, 0.2, 0.3, 0.5):
        kept = top >= t
        right = int((kept & (best == y)).sum())
        print(f"p >= {t}: proposed {int(kept.sum())}, right root {right}, "
              f"P {right / max(int(kept.sum()), 1):.3f}, R {right / gold_tokens:.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
