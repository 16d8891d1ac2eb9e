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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_event_proposer as tp  # noqa: E402


def free_parses(splits: str, cache: Path | None) -> tuple[dict, list[str]]:
    """The parses of the docgold articles of ``splits`` (``tp.parse_articles``) and their ids."""
    from redline.evaluate.docgold import load_doc_gold

    gold, arts = tp.DOCGOLD / "gold.jsonl", tp.DOCGOLD / "articles.jsonl"
    docs = [d for s in splits.split(",") for d in load_doc_gold(gold, split=s, articles=arts)]
    parsed = tp.parse_articles(docs, cache)
    return parsed, [d.doc_id for d in docs if d.doc_id in parsed]


def least_cpu(run: Callable[[str], tuple[float, int]], names: tuple[str, ...] = ("off", "on"),
              rounds: int = 3) -> tuple[dict[str, float], dict[str, int]]:  # fmt: skip
    """``run(name)`` -> (CPU seconds, a count) for each name in turn, ``rounds`` times
    (alternating in one process): the least seconds of each name and its last count."""
    best = {name: float("inf") for name in names}
    counts = {name: 0 for name in names}
    for _ in range(rounds):
        for name in names:
            spent, counts[name] = run(name)
            best[name] = min(best[name], spent)
    return best, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=tp.DEFAULT_SPLITS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    from redline.events.proposer import load_proposer

    parsed, ids = free_parses(args.splits, args.cache)
    model = load_proposer()

    def run(name: str) -> tuple[float, int]:
        clock: list[float] = []
        chosen = model if name == "on" else None
        out = tp.code_parsed(parsed, ids, proposer_for=lambda _id, m=chosen: m, clock=clock)
        return sum(clock), sum(1 for _, c in out.values() for e, _ in c if tp._p(e) is not None)

    best, counts = least_cpu(run, rounds=args.rounds)
    print(f"{len(ids)} articles, events stage CPU s (least of {args.rounds}): off "
          f"{best['off']:.3f}, on {best['on']:.3f} (x{best['on'] / best['off']:.2f}); "
          f"{counts['on']} events proposed (threshold {model.threshold})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
