"""Agreement of two labellers on the candidates both judged (the event filter's labels).

    python scripts/label_agreement.py evaluation/event_candidates/labels/L3.jsonl \
        evaluation/event_candidates/labels/L4.jsonl --disagreements /tmp/disagree.jsonl

Prints raw agreement and Cohen's kappa on the four labels and on right / not right (what the
filter learns), and writes the candidates they disagree on for adjudication.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Raw agreement and Cohen's kappa of a list of (label A, label B)."""
    n = len(pairs)
    if not n:
        return 0.0, 0.0
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--disagreements", type=Path, default=None)
    args = parser.parse_args(argv)
    from redline.events.candidates import load_labels  # skips "skip"; a later line wins

    a, b = load_labels([args.first]), load_labels([args.second])
    shared = sorted(set(a) & set(b))
    four = [(a[k], b[k]) for k in shared]
    binary = [(x == "right", y == "right") for x, y in four]
    raw4, k4 = kappa(four)
    raw2, k2 = kappa(binary)
    print(f"candidates judged by both: {len(shared)}")
    print(f"four labels: agreement {raw4:.3f}, kappa {k4:.3f}")
    print(f"right / not right: agreement {raw2:.3f}, kappa {k2:.3f}")
    print("confusion (first -> second):")
    for (x, y), count in Counter(four).most_common():
        print(f"  {x:>13} -> {y:<13} {count}")
    if args.disagreements:
        with args.disagreements.open("w", encoding="utf-8") as out:
            for key in shared:
                if a[key] != b[key]:
                    out.write(json.dumps({"key": key, "first": a[key], "second": b[key]}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
