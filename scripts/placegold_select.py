"""Select the articles of the place gold set (``evaluation/placegold/articles.jsonl``).

A seeded random sample (seed 10) of 32 Reuters politics articles from the shared ISOT corpus:
articles of 1,000-3,500 characters whose text names at least one place outside the United
States (a country, or a major foreign city or region, from the list below), excluding every
article already in the document event gold (``evaluation/docgold/articles.jsonl``). Run from
the repository root::

    python scripts/placegold_select.py [/path/to/reuters_politics_2017_isot.jsonl.gz]

Standard library only; the output is sorted by id.
"""

from __future__ import annotations

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

SEED = 10
N = 32
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
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    excluded = {row["id"] for row in read_jsonl(DOCGOLD)}
    candidates = [
        row
        for row in read_jsonl(corpus)
        if row["id"] not in excluded
        and MIN_CHARS <= len(row["text"]) <= MAX_CHARS
        and PLACE_RE.search(row["text"])
    ]
    candidates.sort(key=lambda row: row["id"])
    chosen = sorted(random.Random(SEED).sample(candidates, N), key=lambda row: row["id"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in chosen:
            keep = {key: row[key] for key in ("id", "title", "date", "text")}
            fh.write(json.dumps(keep, ensure_ascii=False) + "\n")
    print(f"{len(candidates)} candidates, {len(chosen)} written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
