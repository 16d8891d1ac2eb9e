"""Places and event places of a slice of corpus articles, and the difference between two runs.

Used to check a change to place rules on text that is not any gold: run ``dump`` once with the
old code on ``PYTHONPATH`` and once with the new, then ``compare`` the two files.

    PYTHONPATH=<old>/src python benchmarks/place_diff.py dump ARTICLES.jsonl.gz old.json
    PYTHONPATH=<new>/src python benchmarks/place_diff.py dump ARTICLES.jsonl.gz new.json
    python benchmarks/place_diff.py compare old.json new.json
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict


def dump(path: str, out: str, *, every: int, offset: int, count: int, chars: int) -> None:
    """Code every ``every``-th article from ``offset`` (first ``chars`` characters each)."""
    from redline.pipeline import code_text

    rows = []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % every != offset:
                continue
            record = json.loads(line)
            text = record.get("text") or record.get("body") or ""
            if not text:
                continue
            doc = code_text(text[:chars])
            rows.append(
                {
                    "n": number,
                    "places": [
                        [p.start, p.text, p.name, p.country, p.kind, p.rule] for p in doc.places
                    ],
                    "events": [[e.trigger_text, e.place] for e in doc.events],
                }
            )
            if len(rows) >= count:
                break
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(rows, handle)


def compare(old_path: str, new_path: str) -> None:
    """Print places added, removed or changed, and event places that differ for a trigger."""
    with open(old_path, encoding="utf-8") as handle:
        old = json.load(handle)
    with open(new_path, encoding="utf-8") as handle:
        new = json.load(handle)
    counts = {"added": 0, "removed": 0, "changed": 0, "event places": 0}
    for a, b in zip(old, new, strict=True):
        before = {tuple(p[:2]): p for p in a["places"]}
        after = {tuple(p[:2]): p for p in b["places"]}
        for key in sorted(after.keys() - before.keys()):
            counts["added"] += 1
            print("added  ", a["n"], after[key])
        for key in sorted(before.keys() - after.keys()):
            counts["removed"] += 1
            print("removed", a["n"], before[key])
        for key in sorted(before.keys() & after.keys()):
            if before[key][2:5] != after[key][2:5]:
                counts["changed"] += 1
                print("changed", a["n"], before[key], "->", after[key])
        old_events, new_events = defaultdict(list), defaultdict(list)
        for trigger, place in a["events"]:
            old_events[trigger].append(str(place))
        for trigger, place in b["events"]:
            new_events[trigger].append(str(place))
        for trigger in sorted(old_events.keys() & new_events.keys()):
            x, y = sorted(old_events[trigger]), sorted(new_events[trigger])
            if len(x) == len(y) and x != y:
                counts["event places"] += 1
                print("event  ", a["n"], trigger, x, "->", y)
    print(len(old), "articles;", ", ".join(f"{k} {v}" for k, v in counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("articles")
    d.add_argument("out")
    d.add_argument("--every", type=int, default=9)
    d.add_argument("--offset", type=int, default=4)
    d.add_argument("--count", type=int, default=60)
    d.add_argument("--chars", type=int, default=6000)
    c = sub.add_parser("compare")
    c.add_argument("old")
    c.add_argument("new")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.articles, args.out, every=args.every, offset=args.offset, count=args.count,
             chars=args.chars)  # fmt: skip
    else:
        compare(args.old, args.new)


if __name__ == "__main__":
    main()
