"""Page chrome joined into the first sentence, and list items run together, on real web pages.

Cleans every page of the HTML corpus files (readability test pages, Scrapinghub, trafilatura
eval), splits the article text into sentences as the pipeline does, and counts (issue #10):

- pages whose first sentence runs over a *fragment line*: a line of the text that ends no
  sentence and has at most eight words ("- 24 July 2015", "- From the section US & Canada",
  "Print Article"), joined to the next line of the text by the sentence splitter;
- sentences that hold two list items or more (lines opening with "- " or "• ").

The fragment test is shape only (not the cleaner's own rules), so that what the cleaner now
takes out and what it still leaks are both counted the same way.

    PYTHONPATH=src python benchmarks/first_sentence_chrome.py [FILE.jsonl.gz ...] [--show]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
from pathlib import Path

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest.raw import RawDocument
from redline.nlp.parse import load_model

CORPUS = Path("/work/shared/corpus/html")
FILES = ("readability_testpages_news", "scrapinghub_aeb", "trafilatura_eval_en")
BULLET = re.compile(r"^[ \t]*[-•*·▪][ \t]+\S")
SENTENCE_END = re.compile(r"[.!?…:。！？][\"”’')\]」』]*$")
MAX_CHARS = 20_000  # the first 20,000 characters of a page are plenty for both counts


def fragment_lines(sentence: str) -> list[str]:
    """Lines of ``sentence``, all but its last, that end no sentence and are eight words (and 60
    characters) or fewer: page chrome, labels or list items the splitter ran into what follows."""
    lines = [line.strip() for line in sentence.split("\n") if line.strip()]
    return [
        line
        for line in lines[:-1]
        if len(line.split()) <= 8 and len(line) <= 60 and not SENTENCE_END.search(line)
    ]


def list_items(sentence: str) -> int:
    return sum(bool(BULLET.match(line)) for line in sentence.split("\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(CORPUS / f"{f}.jsonl.gz") for f in FILES])
    parser.add_argument("--show", action="store_true", help="print each page counted")
    args = parser.parse_args()
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    nlp = load_model()
    pages = chrome_pages = list_sentences = list_pages = 0
    for path in args.paths:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        for row in rows:
            raw = RawDocument(source=row["id"], html=row["html"], url=row.get("url"), kind="html")
            try:
                text = clean_document(raw).text
            except InputError:
                continue
            pages += 1
            sentences = [s.text for s in nlp(text[:MAX_CHARS]).sents]
            first = fragment_lines(sentences[0]) if sentences else []
            if first:
                chrome_pages += 1
                if args.show:
                    print(f"first  {row['id']}: {first}")
            joined = [s for s in sentences if list_items(s) >= 2]
            list_sentences += len(joined)
            list_pages += bool(joined)
            if joined and args.show:
                print(f"list   {row['id']}: {joined[0][:150]!r}")
    print(
        f"pages={pages} first sentence over a fragment line={chrome_pages} "
        f"sentences with 2+ list items={list_sentences} (pages {list_pages})"
    )


if __name__ == "__main__":
    main()
