"""The violent events a saved run codes over the free document-gold splits (issue #9 verbal19):
every root 18/19/20 event (and 14x coded on "strike") with an actor resolved, right or not at
root level, and whether it is kept at the filter's threshold.

    PYTHONPATH=src python scripts/violent_events.py CACHE TAG [--show]
        counts per root; --show lists the events with their sentences
    PYTHONPATH=src python scripts/violent_events.py CACHE TAG --labels FILE [--show]
        the events of FILE (doc_id, trigger_start, source, target, label: armed, verbal or
        figurative, read off a base run) as TAG codes them: still 18-20, recoded, or dropped;
        --show lists the armed ones no longer violent and the others still violent

The runs are those of ``scripts/docgold_misses.py code CACHE TAG``; the unseen splits are never
read (``redline.evaluate.misses.free_splits``).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter

from redline.evaluate import misses as M
from redline.evaluate.docgold import match_document, predicted_tuple

GOLD = "evaluation/docgold/gold.jsonl"
VIOLENT = ("18", "19", "20")


def coded(cache: str, tag: str) -> dict[tuple[str, int], list[tuple]]:
    """(doc_id, trigger_start) -> [(event, right at root level, kept at the threshold)]."""
    docs = {d.doc_id: d for d in M.load_free_docs(GOLD, M.free_splits(None))}
    run = M.load_run(f"{cache}/runs/{tag}.json")
    out: dict[tuple[str, int], list[tuple]] = {}
    for doc_id, views in run.views.items():
        accepted = match_document(docs[doc_id].events, views["known"], "root")["accepted"]
        kept = {(e.trigger_start, e.code, e.source_actor, e.target_actor) for e in views["kept"]}
        for e in views["known"]:
            key = (e.trigger_start, e.code, e.source_actor, e.target_actor)
            right = predicted_tuple(e, "root") in accepted
            out.setdefault((doc_id, e.trigger_start), []).append((e, right, key in kept))
    return out


def _violent(event) -> bool:
    strike = event.root_code == "14" and "strik" in (event.trigger_text or "").lower()
    return event.root_code in VIOLENT or strike


def counts(events: dict, show: bool) -> None:
    by_root: Counter = Counter()
    for (doc_id, _), found in sorted(events.items()):
        for e, right, kept in found:
            if not _violent(e):
                continue
            for what, on in (("events", True), ("right", right), ("kept", kept)):
                by_root[(e.root_code, what)] += on
            by_root[(e.root_code, "kept right")] += right and kept
            if show:
                mark = ("RIGHT" if right else "wrong") + (" kept" if kept else "")
                print(f"{mark} {doc_id} {e.code} {e.source_actor}->{e.target_actor} "
                      f"{e.trigger_text!r}: {e.text[:200]!r}")  # fmt: skip
    print("root  events  right  kept  kept right")
    for root in sorted({r for r, _ in by_root}):
        n = [by_root[(root, w)] for w in ("events", "right", "kept", "kept right")]
        print(f"{root:<6}{n[0]:>6}{n[1]:>7}{n[2]:>6}{n[3]:>11}")


def labelled(events: dict, path: str, show: bool) -> None:
    table: Counter = Counter()
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            label = row["label"]
            key = (row["doc_id"], int(row["trigger_start"]))
            pair = (row["source"] or None, row["target"] or None)
            now = [x for x in events.get(key, []) if (x[0].source_actor, x[0].target_actor) == pair]
            table[(label, "events")] += 1
            if not now:
                state = "dropped"
            else:
                e, right, kept = now[0]
                state = "still 18-20" if _violent(e) else f"recoded {e.root_code}"
                table[(label, "right")] += right
                table[(label, "kept")] += kept
            table[(label, state)] += 1
            if show and (label == "armed") != (state == "still 18-20"):
                print(f"{label} {state} {row['doc_id']} {row['code']} {row['trigger']!r}")
    states = sorted({s for _, s in table} - {"events", "right", "kept"})
    print("label  events  right  kept  " + "  ".join(states))
    for label in ("armed", "verbal", "figurative"):
        cells = [table[(label, s)] for s in ("events", "right", "kept", *states)]
        print(f"{label:<11}" + "  ".join(f"{c:>5}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache")
    parser.add_argument("tag")
    parser.add_argument("--labels", help="a TSV of labelled events (evaluation/docgold/...)")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    events = coded(args.cache, args.tag)
    if args.labels:
        labelled(events, args.labels, args.show)
    else:
        counts(events, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
