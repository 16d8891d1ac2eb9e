"""Write the PolNeAR lines and key lines of one keyed share, to score it alone (issue #10).

    python scripts/namekey_subset.py evaluation/namekey/fresh3.jsonl --out /tmp/fresh3
    python scripts/namekey_subset.py evaluation/namekey/fresh3.jsonl --out /tmp/fresh3a \
        --leave-out evaluation/namekey/fresh3/heldout.json          # the 80 articles tuned on
    python scripts/namekey_subset.py evaluation/namekey/fresh3.jsonl --out /tmp/fresh3b \
        --only evaluation/namekey/fresh3/heldout.json               # the 40 held out

writes OUT.gold.jsonl (the articles' PolNeAR lines, for ``redline eval quotes``) and OUT.key.jsonl
(their key records, for ``--name-key``). A key share holds articles of one PolNeAR split; the
split's file is read from --polnear. Standard library only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("key", help="a key .jsonl (key.jsonl, fresh.jsonl, fresh3.jsonl ...)")
    parser.add_argument("--out", required=True, help="prefix of OUT.gold.jsonl and OUT.key.jsonl")
    parser.add_argument("--polnear", default="../shared/eval/quotes", help="PolNeAR JSONL folder")
    parser.add_argument("--split", help="only this split's key records (key.jsonl holds three)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--only", help="JSON list of document ids to keep")
    group.add_argument("--leave-out", help="JSON list of document ids to drop")
    args = parser.parse_args()
    with open(args.key, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if args.split:
        records = [r for r in records if r.get("split") == args.split]
    if args.only:
        keep = set(json.loads(Path(args.only).read_text(encoding="utf-8")))
        records = [r for r in records if r["doc_id"] in keep]
    if args.leave_out:
        drop = set(json.loads(Path(args.leave_out).read_text(encoding="utf-8")))
        records = [r for r in records if r["doc_id"] not in drop]
    splits = {r["doc_id"].split(":")[1] for r in records}
    if "test" in splits:
        raise SystemExit("PolNeAR test is scored once per round by the lead, not cut into shares")
    ids = {r["doc_id"] for r in records}
    written = 0
    with open(f"{args.out}.gold.jsonl", "w", encoding="utf-8") as gold:
        for split in sorted(splits):
            with open(Path(args.polnear) / f"polnear.{split}.jsonl", encoding="utf-8") as lines:
                for line in lines:
                    if line.strip() and json.loads(line)["id"] in ids:
                        gold.write(line)
                        written += 1
    with open(f"{args.out}.key.jsonl", "w", encoding="utf-8") as key:
        for record in records:
            key.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{written} articles, {len(records)} key records -> {args.out}.gold.jsonl, .key.jsonl")


if __name__ == "__main__":
    main()
