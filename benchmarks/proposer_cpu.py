"""What the learned trigger proposer adds to the events stage's CPU (issue #9 proposer).

    PYTHONPATH=src python benchmarks/proposer_cpu.py --cache /tmp/propcache [--rounds 3]

The docgold articles free for tuning are parsed once (``train_event_proposer.py``'s
``parse_articles``; ``--cache`` keeps the parses), then the events stage alone
(``code_document``, every event kept) is run on every parse with the proposer off and with the
shipped model on, alternating, ``--rounds`` times; the least CPU seconds of each are compared.
Alternating in one process keeps the load of a shared machine out of the ratio.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_event_proposer as tp  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=tp.DEFAULT_SPLITS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    from redline.evaluate.docgold import load_doc_gold
    from redline.events.proposer import load_proposer

    gold, arts = tp.DOCGOLD / "gold.jsonl", tp.DOCGOLD / "articles.jsonl"
    docs = [d for s in args.splits.split(",") for d in load_doc_gold(gold, split=s, articles=arts)]
    parsed = tp.parse_articles(docs, args.cache)
    ids = [d.doc_id for d in docs if d.doc_id in parsed]
    model = load_proposer()
    best = {"off": float("inf"), "on": float("inf")}
    proposed = 0
    for _ in range(args.rounds):
        for name in ("off", "on"):
            clock: list[float] = []
            chosen = model if name == "on" else None
            out = tp.code_parsed(parsed, ids, proposer_for=lambda _id, m=chosen: m, clock=clock)
            best[name] = min(best[name], sum(clock))
            if name == "on":
                proposed = sum(1 for _, c in out.values() for e, _ in c if tp._p(e) is not None)
    print(f"{len(ids)} articles, events stage CPU s (least of {args.rounds}): off "
          f"{best['off']:.3f}, on {best['on']:.3f} (x{best['on'] / best['off']:.2f}); "
          f"{proposed} events proposed (threshold {model.threshold})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
