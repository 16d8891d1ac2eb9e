"""What a coder change does to the labelled candidates: which labelled-wrong and labelled-right
events it no longer emits (issue #9, a check that precision rules remove wrong events, not right).

    PYTHONPATH=src python scripts/candidate_effect.py --save /tmp/keys_before.json   # on main
    PYTHONPATH=src python scripts/candidate_effect.py --before /tmp/keys_before.json  # on a branch
    python scripts/candidate_effect.py --before A.json --after B.json --threshold  # saved keys

Re-codes ``evaluation/event_candidates/round2/articles.jsonl`` with every candidate kept (no
confidence threshold) and reads the labels of round 2 (``labels/L3.jsonl``, ``labels/L4.jsonl``,
``labels/adjudicated.jsonl``; adjudication wins, else the two labellers must agree). A labelled
candidate is "removed" when the branch no longer emits its key (dropped, or coded otherwise).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CANDS = REPO / "evaluation/event_candidates"


def emitted_keys() -> dict[str, list]:
    """``key -> [confidence, rule]`` of every event the coder emits on the round-2 articles."""
    from redline.clean import clean_document
    from redline.events.candidates import candidate_key, read_jsonl
    from redline.events.filter import candidate_pipeline
    from redline.ingest.raw import RawDocument

    records = list(read_jsonl(CANDS / "round2/articles.jsonl"))
    docs = [
        clean_document(
            RawDocument(source=r["id"], text=r["text"], title=r.get("title"),
                        published=r.get("date"))
        )
        for r in records
    ]  # fmt: skip
    keys: dict[str, list] = {}
    for record, doc in zip(records, candidate_pipeline().pipe(docs), strict=True):
        for event in doc.events:
            conf = event.confidence if event.confidence is not None else 1.0
            keys[candidate_key(record["id"], event)] = [conf, event.rule or ""]
    return keys


def round2_labels() -> dict[str, str]:
    """One label per candidate: the adjudicated one, else the labellers' when they agree (or only
    one of them labelled it); a disagreement nobody adjudicated is left out."""
    from redline.events.candidates import load_labels

    l3 = load_labels([CANDS / "labels/L3.jsonl"])
    l4 = load_labels([CANDS / "labels/L4.jsonl"])
    out = {k: v for k, v in {**l4, **l3}.items() if l3.get(k, v) == l4.get(k, v)}
    out.update(load_labels([CANDS / "labels/adjudicated.jsonl"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="write the emitted keys here (the baseline)")
    parser.add_argument("--before", type=Path, help="keys saved from the baseline coder")
    parser.add_argument("--after", type=Path, help="keys saved from the changed coder")
    parser.add_argument(
        "--threshold",
        action="store_true",
        help="compare only the events emitted at the filter's default threshold",
    )
    parser.add_argument("--show", type=int, default=0, help="print this many removed per label")
    args = parser.parse_args(argv)
    keys = json.loads(args.after.read_text()) if args.after else emitted_keys()
    if args.save:
        args.save.write_text(json.dumps(keys))
        print(f"{len(keys)} keys -> {args.save}")
        return 0
    before = json.loads(args.before.read_text()) if args.before else {}
    labels = round2_labels()
    either: dict[str, set[str]] = {}
    for name in ("L3", "L4"):
        from redline.events.candidates import load_labels

        for k, v in load_labels([CANDS / f"labels/{name}.jsonl"]).items():
            either.setdefault(k, set()).add(v)
    from redline.events.filter import load_filter

    model = load_filter()
    cut = model.threshold if model is not None else 0.0
    if args.threshold:
        # what a user sees by default: only events at or above the filter's threshold
        before = {k: v for k, v in before.items() if v[0] >= cut}
        keys = {k: v for k, v in keys.items() if v[0] >= cut}
        print(f"at the default threshold {cut}")
    removed = [k for k in before if k not in keys]
    added = [k for k in keys if k not in before]
    agreed = Counter(labels[k] for k in removed if k in labels)
    base = Counter(labels[k] for k in before if k in labels)
    print(f"emitted {len(before)} -> {len(keys)} (removed {len(removed)}, new {len(added)})")
    print("labels (adjudicated, else agreed or single), removed / labelled among the baseline's:")
    for label in ("right", "wrong_sense", "wrong_actors", "wrong_code"):
        print(f"  {label:13} {agreed[label]:4} / {base[label]}")
    loose = Counter(lab for k in removed for lab in either.get(k, ()))
    print("either labeller (a key counts once per label given):", dict(loose))
    for label in ("right", "wrong_sense", "wrong_actors", "wrong_code"):
        shown = [k for k in removed if labels.get(k) == label][: args.show]
        for k in shown:
            print(f"  [{label}] {k} :: {before[k][1][-140:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
