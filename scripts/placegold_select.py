"""Select the articles of the place gold set (``evaluation/placegold/articles.jsonl``).

A seeded random sample (seed 10) of 32 Reuters politics articles from the shared ISOT corpus:
articles of 1,000-3,500 characters whose text names at least one place outside the United
States (a country, or a major foreign city or region, from the list below), excluding every
article already in the document event gold (``evaluation/docgold/articles.jsonl``). Run from
the repository root::

    python scripts/placegold_select.py [/path/to/reuters_politics_2017_isot.jsonl.gz]

``--test`` draws the held-out test share instead: 16 more articles by the same criteria with
another seed (11), excluding the 32 development articles as well, written to
``evaluation/placegold/test/articles.jsonl``. The development articles were used to write the
place rules; the test share is annotated the same way and must not be tuned on. The 60 Reuters
articles whose places ``benchmarks/place_diff.py`` compared while the place rules were written
(every 9th corpus line from index 4) were seen too: the test share skips them, taking the first
16 of a seeded draw of 20 that are not among them.

Standard library only; the output is sorted by id.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared/corpus/news/reuters_politics_2017_isot.jsonl.gz"
DOCGOLD = ROOT / "evaluation/docgold/articles.jsonl"
OUT = ROOT / "evaluation/placegold/articles.jsonl"
TEST_OUT = ROOT / "evaluation/placegold/test/articles.jsonl"

SEED = 10
N = 32
TEST_SEED = 11
TEST_N = 16
TEST_DRAW = 20  # a few spare draws, for the articles place_diff.py already showed
# benchmarks/place_diff.py's defaults (--every 9 --offset 4 --count 60): corpus lines whose
# places were looked at while the place rules were written.
SEEN_EVERY, SEEN_OFFSET, SEEN_COUNT = 9, 4, 60
MIN_CHARS = 1000
MAX_CHARS = 3500

# Non-US place names (countries, major foreign cities and regions). Names that are more often
# a person or a US place in this corpus ("Georgia", "Jordan", "Chad") are left out on purpose.
NON_US_TEXT = """
Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma Cambodia Cameroon Canada
Chile China Colombia Congo Croatia Cuba Cyprus Czech Denmark Ecuador Egypt England Eritrea Estonia
Ethiopia Europe Finland France Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India
Indonesia Iran Iraq Ireland Israel Italy Japan Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia
Lebanon Libya Lithuania Malaysia Mali Mexico Moldova Mongolia Montenegro Morocco Myanmar Nepal
Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Peru Philippines Poland
Portugal Qatar Romania Russia Rwanda Scotland Serbia Singapore Slovakia Somalia Spain Sudan Sweden
Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan
Venezuela Vietnam Yemen Zimbabwe Africa Asia Crimea Gaza Kurdistan Catalonia Tibet Kashmir
Afrin Aleppo Ankara Baghdad Beijing Beirut Berlin Brussels Cairo Caracas Damascus Davos Doha
Dubai Geneva Havana Istanbul Jakarta Jerusalem Kabul Kiev Lima London Madrid Manila Mosul Moscow
Ottawa Paris Pyongyang Raqqa Riyadh Rome Seoul Shanghai Tehran Tokyo Toronto Vienna Warsaw
"""
NON_US_PLACES = NON_US_TEXT.split() + [
    "Hong Kong",
    "Mexico City",
    "Middle East",
    "New Delhi",
    "Saudi Arabia",
    "South Africa",
    "Tel Aviv",
    "United Kingdom",
    "United Arab Emirates",
    "West Bank",
]
PLACE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, NON_US_PLACES)) + r")\b")


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--test",
        action="store_true",
        help=f"draw the held-out test share ({TEST_N} articles, seed {TEST_SEED}) into "
        f"{TEST_OUT.relative_to(ROOT)}",
    )
    args = parser.parse_args(argv[1:])
    corpus = read_jsonl(args.corpus)
    excluded = {row["id"] for row in read_jsonl(DOCGOLD)}
    if args.test:
        # The development share must exist: the test share is drawn from what it left.
        excluded |= {row["id"] for row in read_jsonl(OUT)}
    candidates = [
        row
        for row in corpus
        if row["id"] not in excluded
        and MIN_CHARS <= len(row["text"]) <= MAX_CHARS
        and PLACE_RE.search(row["text"])
    ]
    candidates.sort(key=lambda row: row["id"])
    if args.test:
        seen = {
            row["id"]
            for number, row in enumerate(corpus)
            if number % SEEN_EVERY == SEEN_OFFSET and number < SEEN_OFFSET + SEEN_EVERY * SEEN_COUNT
        }
        drawn = random.Random(TEST_SEED).sample(candidates, TEST_DRAW)
        chosen = [row for row in drawn if row["id"] not in seen][:TEST_N]
        if len(chosen) < TEST_N:
            raise SystemExit(f"only {len(chosen)} unseen articles in {TEST_DRAW} draws")
        out = TEST_OUT
    else:
        chosen = random.Random(SEED).sample(candidates, N)
        out = OUT
    chosen.sort(key=lambda row: row["id"])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in chosen:
            keep = {key: row[key] for key in ("id", "title", "date", "text")}
            fh.write(json.dumps(keep, ensure_ascii=False) + "\n")
    print(f"{len(candidates)} candidates, {len(chosen)} written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
