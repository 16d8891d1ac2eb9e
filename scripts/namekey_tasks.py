"""Write the annotators' task files for the PolNeAR speaker-name key (issue #10).

One task per dev / test article with direct or mixed gold quotes: the article text and, per quote,
its offsets, text, the gold speaker mention and cue. The silver names and redline's output are
left out, so the key is read off the article alone. Five annotators, round robin; ten articles
of each split (a seeded draw) go to a second annotator too, for agreement. Standard library only.

    python scripts/namekey_tasks.py --out /tmp/namekey            # dev + test, every article
    python scripts/namekey_tasks.py --out /tmp/namekey-train --split train --count 200 \
        --seed 2131 --annotators FGHIJ --doubles 20              # a seeded share of train
    python scripts/namekey_tasks.py --out /tmp/namekey-fresh --split train --count 120 \
        --seed 2141 --annotators KLM --doubles 12 \
        --skip-key evaluation/namekey/key.jsonl                  # a fresh, untuned share
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ANNOTATORS = "ABCDE"
SEED = 2121
DOUBLES_PER_SPLIT = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", default="../shared/eval/quotes", help="PolNeAR JSONL folder")
    parser.add_argument("--out", required=True, help="folder for tasks/ and assign.json")
    parser.add_argument("--split", default="dev,test", help="PolNeAR splits, comma-separated")
    parser.add_argument(
        "--count", type=int, help="a seeded draw of this many articles with quotes per split"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--annotators", default=ANNOTATORS, help="one letter per annotator")
    parser.add_argument("--doubles", type=int, default=DOUBLES_PER_SPLIT, help="per split")
    parser.add_argument(
        "--skip-key", help="a key.jsonl whose articles are left out (draw only unkeyed ones)"
    )
    args = parser.parse_args()
    skipped: set[str] = set()
    if args.skip_key:
        with open(args.skip_key, encoding="utf-8") as lines:
            skipped = {json.loads(line)["doc_id"] for line in lines if line.strip()}
    out = Path(args.out)
    (out / "tasks").mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    letters = args.annotators
    assign: dict[str, list[str]] = {a: [] for a in letters}
    doubles = []
    turn = 0
    for split in args.split.split(","):
        path = Path(args.polnear) / f"polnear.{split}.jsonl"
        records = [json.loads(line) for line in path.open(encoding="utf-8")]
        chosen = range(len(records))
        if args.count:
            keyed = [
                i
                for i, r in enumerate(records)
                if any(q["kind"] in ("direct", "mixed") for q in r["quotes"])
                and r["id"] not in skipped
            ]
            chosen = sorted(rng.sample(keyed, min(args.count, len(keyed))))
        doubled = set(rng.sample(list(chosen), args.doubles))
        for i in chosen:
            record = records[i]
            quotes = [
                {
                    "quote_start": q["quote_start"],
                    "quote_end": q["quote_end"],
                    "quote_text": q["quote_text"],
                    "speaker_mention": q.get("speaker"),
                    "speaker_start": q.get("speaker_start"),
                    "speaker_end": q.get("speaker_end"),
                    "cue": q.get("cue"),
                }
                for q in record["quotes"]
                if q["kind"] in ("direct", "mixed")
            ]
            if not quotes:
                continue
            name = f"{split}_{i:02d}"
            task = {"doc_id": record["id"], "text": record["text"], "quotes": quotes}
            (out / "tasks" / f"{name}.json").write_text(
                json.dumps(task, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            first = letters[turn % len(letters)]
            turn += 1
            assign[first].append(name)
            if i in doubled:
                second = letters[(letters.index(first) + 1) % len(letters)]
                assign[second].append(name)
                doubles.append((name, first, second))
    # the doubled articles first in every list, so a pass cut short still has its agreement share
    twice = {name for name, _, _ in doubles}
    for letter, names in assign.items():
        assign[letter] = [n for n in names if n in twice] + [n for n in names if n not in twice]
    (out / "assign.json").write_text(
        json.dumps({"assign": assign, "doubles": doubles}, indent=1), encoding="utf-8"
    )
    print(f"{sum(map(len, assign.values()))} tasks, {len(doubles)} doubled -> {out}")


if __name__ == "__main__":
    main()
