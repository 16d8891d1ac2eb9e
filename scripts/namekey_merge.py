"""Merge the annotators' passes into the speaker-name key, report agreement on the doubled
articles, and apply the adjudicator's decisions (issue #10).

    python scripts/namekey_merge.py --passes evaluation/namekey/passes \
        --adjudication evaluation/namekey/adjudication.json --out evaluation/namekey/key.jsonl

A doubled quote on which the two passes agree (same speaker type, and a name form in common, or
no name in either) keeps the first pass's record with both passes' name forms; one on which they
disagree takes the adjudicator's record, and the script stops if there is none. The adjudicator's
records for other quotes (the rules decided after the first passes, applied to every pass) replace
what the pass said. Standard library only; the name comparison is the scorer's own (titles and
possessives aside).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from redline.evaluate.quotes import _normalise_name  # noqa: E402


def _forms(record: dict) -> set[tuple[str, ...]]:
    return {tuple(_normalise_name(name)) for name in record.get("names", [])}


def agree(a: dict, b: dict) -> tuple[bool, bool]:
    """(same speaker type, same name): a name form in common, or no name in either."""
    fa, fb = _forms(a), _forms(b)
    return a["speaker_type"] == b["speaker_type"], (fa & fb != set()) or (not fa and not fb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", required=True, help="folder of <annotator>/<task>.json")
    parser.add_argument("--adjudication", help="JSON: task -> 'start-end' -> record")
    parser.add_argument("--out", help="key.jsonl to write (agreement only without it)")
    args = parser.parse_args()
    passes: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(Path(args.passes).glob("*/*.json")):
        passes[path.stem].append(json.loads(path.read_text(encoding="utf-8")))
    decided = {}
    if args.adjudication:
        decided = json.loads(Path(args.adjudication).read_text(encoding="utf-8"))
    counts = {"quotes": 0, "type": 0, "name": 0, "both": 0}
    missing = []
    key = []
    for task, done in sorted(passes.items()):
        first = done[0]
        for i, record in enumerate(first["keys"]):
            span = f"{record['quote_start']}-{record['quote_end']}"
            merged = dict(record, annotators=[first["annotator"]])
            if len(done) > 1:
                other = done[1]["keys"][i]
                same_type, same_name = agree(record, other)
                counts["quotes"] += 1
                counts["type"] += same_type
                counts["name"] += same_name
                counts["both"] += same_type and same_name
                merged["annotators"].append(done[1]["annotator"])
                if same_type and same_name:
                    merged["names"] = list(dict.fromkeys(record["names"] + other["names"]))
                elif span not in decided.get(task, {}):
                    missing.append(f"{task} {span}: {record} | {other}")
            if span in decided.get(task, {}):
                # a disagreement's decision, or a correction by the rules decided afterwards
                merged.update(decided[task][span], adjudicated=True)
            merged.update(doc_id=first["doc_id"], split=task.split("_")[0], task=task)
            key.append(merged)
    n = counts["quotes"] or 1
    doubled = sum(len(d) > 1 for d in passes.values())
    print(
        f"{len(passes)} articles, {len(key)} quotes; {doubled} articles doubled, "
        f"{counts['quotes']} quotes: speaker type {counts['type'] / n:.3f}, "
        f"name {counts['name'] / n:.3f}, both {counts['both'] / n:.3f}"
    )
    if missing:
        print(f"{len(missing)} disagreements without a decision:", *missing, sep="\n  ")
    if args.out:
        if missing:
            raise SystemExit("not written: decide every disagreement first")
        fields = ("doc_id", "split", "task", "quote_start", "quote_end", "speaker_type", "names")
        with open(args.out, "w", encoding="utf-8") as out:
            for record in key:
                row = {f: record[f] for f in fields}
                row.update(
                    {k: record[k] for k in ("note", "annotators", "adjudicated") if record.get(k)}
                )
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
