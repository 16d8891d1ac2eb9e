"""How much more document gold buys: the learned parts of the events stage cross-validated at
growing amounts of gold (issue #9).

    PYTHONPATH=src python benchmarks/event_learning_curve.py --cache /tmp/propcache \
        --sizes "dev,train,check;check2;train2" [--seeds 1] [--thresholds 0.4,0.5,0.6]

Each size adds the ``;``-separated splits to the previous one's articles. Every article of all
the sizes is scored once per seed as held out (5 folds by article over all of them:
``scripts/train_event_proposer.py``'s ``cv_pipeline``), so the yardstick stays the same; at each
size the proposer and the precision filter (labelled candidates + the gold of the other folds)
learn only from that size's articles outside the fold; the filter threshold as
``train_event_filter.py`` picks it, best pooled F1 at pooled precision >= 0.75. With
``--grow`` the scored articles grow with the size instead (each size its own CV). Rows: the
filter alone (proposer off) and the proposer on at the threshold of best pooled F1 (pooled
precision >= 0.75 too). Root level P / R / F1, pooled over folds and seeds; the proposer's own
token-level precision and recall (tokens proposed with the right root / gold-trigger tokens
offered to it) at that threshold.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_event_filter as tef  # noqa: E402
import train_event_proposer as tp  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="dev,train,check;check2")
    parser.add_argument("--seeds", type=lambda v: [int(x) for x in v.split(",")], default=[1])
    parser.add_argument("--thresholds", default="0.4,0.5,0.6")
    parser.add_argument("--pos", default="VERB,NOUN")
    parser.add_argument("--l2", type=float, default=0.0001)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--min-precision", type=float, default=0.75)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--grow", action="store_true", help="score only each size's articles")
    args = parser.parse_args()
    from redline.evaluate.docgold import load_doc_gold

    gold, arts = tp.DOCGOLD / "gold.jsonl", tp.DOCGOLD / "articles.jsonl"
    groups = [[s.strip() for s in g.split(",") if s.strip()] for g in args.sizes.split(";")]
    if any(tp.REFUSED & set(g) for g in groups):
        raise SystemExit("test, check4 and all are never trained on")
    started = time.process_time()
    sizes, docs = [], []
    for group in groups:
        docs = docs + [d for s in group for d in load_doc_gold(gold, split=s, articles=arts)]
        sizes.append(("+".join(s for g in groups[: len(sizes) + 1] for s in g), list(docs)))
    parsed = tp.parse_articles(docs, args.cache)
    pos = frozenset(p.strip().upper() for p in args.pos.split(",") if p.strip())
    first = tp.code_parsed(parsed, [d.doc_id for d in docs if d.doc_id in parsed],
                           spans_by=tp.cleaned_spans(docs))  # fmt: skip
    examples = {i: [e for e in ex if e[0][1][4:] in pos] for i, (ex, _) in first.items()}
    off = {i: c for i, (_, c) in first.items()}
    labelled = tp._cached(args.cache, "labelled", lambda: tef.labelled_candidates(tef.CANDIDATES))
    hyper = {"seed": 13, "l2": args.l2, "steps": args.steps, "min_count": 2}
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print(f"coded {len(parsed)} articles; CPU {time.process_time() - started:.0f} s", flush=True)
    rows = []
    for name, part in sizes:
        scored = part if args.grow else docs
        results = tp.cv_pipeline(scored, parsed, examples, off, labelled, hyper, k=5,
                                 seeds=args.seeds, thresholds=thresholds,
                                 min_precision=args.min_precision, pos=pos,
                                 trainable={d.doc_id for d in part})  # fmt: skip
        tp.print_cv(results, None, f"learning from {name} ({len(part)} articles), scored on "
                    f"{len(scored)}, seeds {args.seeds}")  # fmt: skip
        on = tp.best_setting(results, args.min_precision)
        if on == "off":  # no proposer setting beats it: show the best-F1 one anyway
            on = max((n for n in results if n != "off"),
                     key=lambda n: tef.prf(results[n]["counts"])[2])  # fmt: skip
        rows.append((name, len(part), results["off"], on, results[on]))
        print(f"CPU {time.process_time() - started:.0f} s", flush=True)
    print(
        f"\nlearning curve (5-fold CV by article, seeds {args.seeds}, pooled; root level; "
        f"scored on {'each size' if args.grow else f'all {len(docs)} articles'})"
    )
    print("| learning from | articles | filter alone: threshold, P / R / F1 | proposer on: "
          "setting, threshold, P / R / F1 | F1 gain | proposer tokens P / R |")  # fmt: skip
    for name, n, alone, on, best in rows:
        a, b = tef.prf(alone["counts"]), tef.prf(best["counts"])
        proposed, right, gold_tokens = best["tokens"]
        print(f"| {name} | {n} | {alone['filter']:.2f}, {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f} | "
              f"{on}, {best['filter']:.2f}, {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f} | "
              f"{b[2] - a[2]:+.3f} | {right / max(proposed, 1):.3f} / "
              f"{right / max(gold_tokens, 1):.3f} |")  # fmt: skip
    print(f"CPU {time.process_time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
