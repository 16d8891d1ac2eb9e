"""No dateline in any first sentence: clean every Reuters article and look at its first sentence.

    python benchmarks/reuters_datelines.py [--limit N]

Reads ../shared/corpus/news/reuters_politics_2017_isot.jsonl.gz (1,008 wire stories, one paragraph
each, many opening "(Corrects ...) By A and B WASHINGTON (Reuters) -"). Each is cleaned as
``redline code`` cleans it; the first sentence comes from spaCy's rule-based sentencizer (no
model, so the check does not depend on the parser). A first sentence fails when it still holds
"(Reuters)", an agency bracket followed by a dash, or the all-capitals place the raw text opened
with. Also counts the articles that got a dateline and authors.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest.raw import RawDocument

CORPUS = next(
    (
        p / "shared" / "corpus" / "news"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "corpus" / "news").is_dir()
    ),
    Path("../shared/corpus/news"),
)
FILE = CORPUS / "reuters_politics_2017_isot.jsonl.gz"
# an independent, loose reading of the raw dateline: capitals up to an agency bracket or a dash
RAW_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z .,'/-]{2,}?[A-Z.])\s*(?:\([^)]*\))?\s*[-—–]\s")
LEFT_OVER = re.compile(r"\((?:Reuters|AP|AFP)[^)]*\)|\([^)]{0,30}\)\s*[-—–]\s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    args = parser.parse_args(argv)
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    with gzip.open(FILE, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if args.limit:
        rows = rows[: args.limit]
    failures, with_dateline, with_authors, skipped = [], 0, 0, 0
    for row in rows:
        raw = RawDocument(
            source=f"reuters:{row['id']}",
            text=row["text"],
            title=row.get("title"),
            published=row.get("date"),
            kind="jsonl",
        )
        try:
            doc = clean_document(raw)
        except InputError:
            skipped += 1
            continue
        first = next(iter(nlp(doc.text[:2000]).sents)).text
        raw_dateline = RAW_DATELINE.match(row["text"][:200].split(") ", 1)[-1])
        place = raw_dateline.group("place") if raw_dateline else None
        if LEFT_OVER.search(first) or (place and len(place) > 3 and first.startswith(place)):
            failures.append((row["id"], first[:120]))
        with_dateline += bool(doc.dateline)
        with_authors += bool(doc.authors)
    print(f"articles: {len(rows)} (skipped as empty: {skipped})")
    print(f"first sentence holds a dateline: {len(failures)}")
    print(f"dateline found: {with_dateline}; authors found: {with_authors}")
    for article_id, first in failures[:20]:
        print(f"  {article_id}: {first}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
