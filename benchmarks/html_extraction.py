"""How well clean_document extracts article bodies from real HTML pages, against bare trafilatura.

Runs both on every page of the Scrapinghub article-extraction benchmark (human-annotated body
text) and reports mean token-level precision, recall and F1 (bag of lowercased word tokens).

    python benchmarks/html_extraction.py [path/to/scrapinghub_aeb.jsonl.gz] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import time
from collections import Counter
from pathlib import Path

import trafilatura

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest.raw import RawDocument

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "shared/corpus/html/scrapinghub_aeb.jsonl.gz"


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def scores(found: str, expected: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of ``found`` against ``expected``."""
    got, want = tokens(found), tokens(expected)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def redline_text(row: dict) -> str:
    raw = RawDocument(source=row["id"], html=row["html"], url=row.get("url"), kind="html")
    try:
        return clean_document(raw).text
    except InputError:
        return ""


def baseline_text(row: dict) -> str:
    return trafilatura.extract(row["html"], url=row.get("url")) or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_PATH))
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    with gzip.open(args.path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    if args.limit:
        rows = rows[: args.limit]
    for name, extract in (
        ("redline clean_document", redline_text),
        ("trafilatura.extract", baseline_text),
    ):
        totals = [0.0, 0.0, 0.0]
        empty = 0
        started = time.perf_counter()
        for row in rows:
            text = extract(row)
            empty += not text.strip()
            for i, value in enumerate(scores(text, row["expected_text"])):
                totals[i] += value
        elapsed = time.perf_counter() - started
        p, r, f = (t / len(rows) for t in totals)
        print(
            f"{name:24s} pages={len(rows)} precision={p:.3f} recall={r:.3f} F1={f:.3f} "
            f"empty={empty} time={elapsed:.1f}s"
        )


if __name__ == "__main__":
    main()
