"""Agreement between annotation passes of the document-level event gold.

    PYTHONPATH=src python scripts/docgold_agreement.py evaluation/docgold/passes [--split dev]

For every pair of annotators, on the articles both annotated: F1 between their passes on the set
of (source country, target country, root) tuples and on (source, target, code) tuples, where an
event of one pass matches one of the other when the actors agree (consult, root 04, in either
direction) and their codes (with ``alt_codes``) share one: the guideline's §5 comparison, made
symmetric. Prints per article and per pair, and ``--json`` writes the figures. The split filter
lets the agreement be reported without reading test articles (``--split all`` for the lead).
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def items(events: list[dict], level: str) -> list:
    from redline.evaluate.docgold import gold_items

    out = []
    for event in events:
        item = gold_items(event, level)
        if item is not None and item not in out:
            out.append(item)
    return out


def pair_f1(a: list[dict], b: list[dict], level: str) -> tuple[int, int, int]:
    """(matched, |a|, |b|): greedy one-to-one matching of two passes' items at ``level``."""
    left, right = items(a, level), items(b, level)
    used: set[int] = set()
    matched = 0
    for x in left:
        for j, y in enumerate(right):
            if j in used or not (x.codes & y.codes):
                continue
            same = (x.source, x.target) == (y.source, y.target)
            flipped = (x.symmetric or y.symmetric) and (x.source, x.target) == (y.target, y.source)
            if same or flipped:
                used.add(j)
                matched += 1
                break
    return matched, len(left), len(right)


def f1(matched: int, n_a: int, n_b: int) -> float:
    return 2 * matched / (n_a + n_b) if n_a + n_b else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("passes", type=Path, nargs="?", default=REPO / "evaluation/docgold/passes")
    parser.add_argument("--articles", type=Path, default=REPO / "evaluation/docgold/articles.jsonl")
    parser.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    from redline.evaluate.docgold import load_articles, read_passes

    warnings: list[str] = []
    by_doc = read_passes(args.passes, warnings)
    splits = {k: v.get("split") for k, v in load_articles(args.articles).items()}
    for warning in warnings:
        print(warning, file=sys.stderr)
    pairs: dict[tuple[str, str], dict] = {}
    rows = []
    for doc_id, records in sorted(by_doc.items()):
        if args.split != "all" and splits.get(doc_id) != args.split:
            continue
        for a, b in combinations(sorted(records, key=lambda r: r["annotator"]), 2):
            key = (a["annotator"], b["annotator"])
            total = pairs.setdefault(key, {"articles": 0, "root": [0, 0, 0], "full": [0, 0, 0]})
            total["articles"] += 1
            row = {"doc_id": doc_id, "pair": "-".join(key)}
            for level in ("root", "full"):
                m, n_a, n_b = pair_f1(a["events"], b["events"], level)
                for i, v in enumerate((m, n_a, n_b)):
                    total[level][i] += v
                row[level] = round(f1(m, n_a, n_b), 3)
                row[f"{level}_counts"] = [m, n_a, n_b]
            rows.append(row)
    print(f"{'article':<20}{'pair':<8}{'F1 root':>9}{'F1 full':>9}  (matched, A, B at root)")
    for row in rows:
        print(f"{row['doc_id']:<20}{row['pair']:<8}{row['root']:>9.3f}{row['full']:>9.3f}  "
              f"{tuple(row['root_counts'])}")  # fmt: skip
    summary = {}
    for (a, b), total in sorted(pairs.items()):
        summary[f"{a}-{b}"] = {
            "articles": total["articles"],
            "root_f1": round(f1(*total["root"]), 3),
            "full_f1": round(f1(*total["full"]), 3),
        }
        s = summary[f"{a}-{b}"]
        print(f"pair {a}-{b}: {s['articles']} articles, F1 root {s['root_f1']:.3f}, "
              f"full {s['full_f1']:.3f}")  # fmt: skip
    if not pairs:
        print(f"no article of split {args.split!r} has two passes")
    if args.json:
        args.json.write_text(json.dumps({"pairs": summary, "articles": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
