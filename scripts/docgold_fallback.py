"""How right is the document-level fallback for a person or body the actor book does not know
(issues #9/#10 nation40)? Reads a run saved by ``docgold_misses.py code CACHE TAG``.

    PYTHONPATH=src python scripts/docgold_fallback.py CACHE TAG [--skip train13] [--show]

Every event of the run's ``all`` view (emitted or below the threshold) with a side placed by
"person / organisation the book does not know + <the dateline's country, the article's main
country, ...> -> X" is judged at country level against the gold records of the same sentence
and trigger: right, wrong, or no gold record there. Counts per source (Reuters, PolNeAR);
``--show`` lists the wrong ones. The run holds only free splits (``docgold_misses`` refuses the
others); ``--skip`` leaves out splits kept held out.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from redline.evaluate.docgold import actor_country

GOLD = "evaluation/docgold/gold.jsonl"
FALLBACK = re.compile(
    r"(person|organisation) the book does not know(?: \(legal suffix\))? \+ ([^;]*?) -> (\w+)"
)
SIDE = re.compile(r"; (?=source:|target:)")


def _gold_records(path: str) -> dict[str, list[dict]]:
    records = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        records[doc["doc_id"]] = doc["events"]
    return records


def _same_event(event: dict, record: dict) -> bool:
    """A gold record of the event's sentence whose trigger holds the coded trigger's first word."""
    sentence = record["sentence"].strip()
    if sentence[:60] not in event["text"] and event["text"].strip()[:60] not in sentence:
        return False
    trigger = event.get("trigger_text") or ""
    return trigger in record["trigger"] or trigger.split()[:1] == record["trigger"].split()[:1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache")
    parser.add_argument("tag")
    parser.add_argument("--skip", default="", help="comma-separated splits to leave out")
    parser.add_argument("--show", action="store_true", help="list the wrong ones")
    parser.add_argument("--gold", default=GOLD)
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    gold = _gold_records(args.gold)
    run = json.loads((Path(args.cache) / "runs" / f"{args.tag}.json").read_text("utf-8"))
    counts: Counter[tuple[str, str]] = Counter()
    for doc in run["documents"]:
        if doc["split"] in skip:
            continue
        source = "polnear" if doc["doc_id"].startswith("polnear:") else "reuters"
        for event in doc["views"]["all"]:
            for part in SIDE.split(event["rule"]):
                side = part.split(":", 1)[0]
                found = FALLBACK.search(part) if side in ("source", "target") else None
                if found is None:
                    continue
                coded = actor_country(event.get(f"{side}_actor"))
                records = [r for r in gold[doc["doc_id"]] if _same_event(event, r)]
                countries = {actor_country(r[side]) for r in records if r.get(side)}
                verdict = "no gold" if not countries else "right" if coded in countries else "wrong"
                counts[(source, verdict)] += 1
                if args.show and verdict == "wrong":
                    print(doc["doc_id"], side, repr(event.get(f"{side}_text")), coded,
                          "gold", sorted(countries), "|", found.group(0)[:90])  # fmt: skip
    for source in ("reuters", "polnear"):
        row = "  ".join(f"{v} {counts[(source, v)]}" for v in ("right", "wrong", "no gold"))
        print(f"{source:8} {row}")


if __name__ == "__main__":
    main()
