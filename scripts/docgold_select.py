"""Pick more Reuters politics articles for the document-level event gold (``evaluation/docgold``).

The first 60 articles (40 dev, 20 test) were a seeded sample of 1,200-3,800 characters with a
majority of foreign datelines. This draws the next ones the same way, never an article already in
``articles.jsonl``, and appends them with the split given (``train`` by default: for tuning and
for training learned parts, scored freely, unlike ``test``).

    python scripts/docgold_select.py --count 40 --seed 2026 --split train
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "evaluation" / "docgold"
CORPUS = ROOT.parent / "shared" / "corpus" / "news" / "reuters_politics_2017_isot.jsonl.gz"
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .,/'-]+?)\s*\(Reuters\)")


def home_dateline(text: str) -> bool:
    """True for a Washington (or no) dateline: most of the corpus, so foreign ones are favoured."""
    match = DATELINE.match(text)
    return not match or "WASHINGTON" in match.group(1).upper()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--split", default="train")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--foreign-share", type=float, default=0.6)
    parser.add_argument("--min-chars", type=int, default=1200)
    parser.add_argument("--max-chars", type=int, default=3800)
    args = parser.parse_args()

    articles_path = GOLD_DIR / "articles.jsonl"
    existing = [json.loads(line) for line in articles_path.read_text(encoding="utf-8").splitlines()]
    taken = {article["id"] for article in existing}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as stream:
        pool = [json.loads(line) for line in stream]
    pool = [
        a
        for a in pool
        if a["id"] not in taken and args.min_chars <= len(a["text"]) <= args.max_chars
    ]
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    foreign_wanted = round(args.count * args.foreign_share)
    foreign = [a for a in pool if not home_dateline(a["text"])][:foreign_wanted]
    home = [a for a in pool if home_dateline(a["text"])][: args.count - len(foreign)]
    chosen = sorted(foreign + home, key=lambda a: a["id"])

    number = len(existing)
    with articles_path.open("a", encoding="utf-8") as out:
        for article in chosen:
            record = {
                "id": article["id"],
                "split": args.split,
                "title": article["title"],
                "date": article["date"],
                "text": article["text"],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            header = f"id: {article['id']}\ndate: {article['date']}\ntitle: {article['title']}\n\n"
            name = f"{number:02d}_{article['id']}.txt"
            (GOLD_DIR / "articles" / name).write_text(header + article["text"], encoding="utf-8")
            number += 1
    print(f"added {len(chosen)} articles ({len(foreign)} foreign datelines) as {args.split!r}")


if __name__ == "__main__":
    main()
