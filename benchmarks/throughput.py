"""Throughput of ``redline code`` against bare spaCy parsing of the same texts, in one process.

    python benchmarks/throughput.py --limit 300

Reads articles from ../shared/corpus/news/ (a fixed, seeded sample across its files), then times
(1) bare ``nlp.pipe`` over the texts and (2) redline's whole path: clean, parse, every stage and
the DuckDB write. Machines are noisy, so the figure that matters is the ratio of the two rates,
measured back to back; the runs alternate (bare, redline, bare, redline) and the best of each is
kept. Target: ratio >= 0.85.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from redline.batch import code_documents
from redline.clean import clean_document
from redline.ingest.raw import RawDocument
from redline.nlp import load_model
from redline.pipeline import Pipeline
from redline.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news"


def load_articles(limit: int, seed: int = 13, corpus: Path = CORPUS) -> list[dict]:
    rows = []
    for path in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    random.Random(seed).shuffle(rows)
    return rows[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to code")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl.gz")
    parser.add_argument(
        "--no-fast-rules", action="store_true", help="redline with spaCy's own rule components"
    )
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    rows = load_articles(args.limit, corpus=args.corpus)
    raws = [
        RawDocument(source=r["id"], text=r["text"], title=r.get("title"), published=r.get("date"))
        for r in rows
    ]
    pipeline = Pipeline(
        batch_size=args.batch_size,
        workers=1,
        config={"pipeline.fast_rules": not args.no_fast_rules},
    )
    # the baseline: spaCy's pipeline as is
    nlp = load_model(pipeline.model, fast_rules=False, lean=False, embed_cache=False)
    texts = [clean_document(raw).text for raw in raws]
    words = sum(len(t.split()) for t in texts)

    def bare() -> float:
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        return time.perf_counter() - start

    def full() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "bench.duckdb")
            start = time.perf_counter()
            docs = [clean_document(raw) for raw in raws]
            code_documents(docs, pipeline, store=store)
            elapsed = time.perf_counter() - start
            store.close()
        return elapsed

    bare_times, full_times = [], []
    for _ in range(args.rounds):
        bare_times.append(bare())
        full_times.append(full())
    b, f = min(bare_times), min(full_times)
    n = len(texts)
    print(f"articles: {n}, words: {words}, stages: {[name for name, _ in pipeline.stages]}")
    print(f"bare nlp.pipe : {n / b:7.1f} docs/s {words / b:9.0f} words/s")
    print(f"redline code  : {n / f:7.1f} docs/s {words / f:9.0f} words/s")
    print(f"ratio redline/bare: {b / f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
