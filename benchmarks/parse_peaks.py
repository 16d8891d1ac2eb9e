"""What makes a worker's memory peak: the RSS high-water mark of each step on the longest articles.

    python benchmarks/parse_peaks.py [--longest 15] [--components 2] [--batch-chars N]

Linux only: before each step the process's peak RSS is reset (``/proc/self/clear_refs``) and the
heap trimmed, so each figure is that step's own peak over the idle, warmed-up pipeline: the
parse (as the pipeline parses, in pieces of at most ``batch_chars``) and the stages after it.
``--components N`` also runs spaCy's components one by one on the N longest articles parsed
whole (which component holds the memory). Issue #11: the peak must not grow with the input.
"""

from __future__ import annotations

import argparse
import ctypes
import gzip
import json
import sys
import time
from pathlib import Path

CORPUS = next(
    (
        p / "shared" / "corpus" / "news"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "corpus" / "news").is_dir()
    ),
    Path("../shared/corpus/news"),
)
_TRIM = ctypes.CDLL("libc.so.6").malloc_trim


def memory() -> tuple[int, int]:
    """(RSS, peak RSS since the last reset) in MB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) // 1024
    return found["VmRSS"], found["VmHWM"]


def fresh_peak() -> int:
    """Trim the heap, reset the peak; the RSS to measure from."""
    _TRIM(0)
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")
    return memory()[0]


def longest(n: int, corpus: Path) -> list:
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument

    rows = []
    for path in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    rows.sort(key=lambda r: -len(r.get("text") or ""))
    return [
        clean_document(RawDocument(source=r["id"], text=r["text"], published=r.get("date")))
        for r in rows[:n]
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--longest", type=int, default=15)
    parser.add_argument("--components", type=int, default=0)
    parser.add_argument("--batch-chars", type=int, help="override [pipeline] batch_chars")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    from redline.pipeline import Pipeline

    config = {"pipeline.batch_chars": args.batch_chars} if args.batch_chars else None
    pipeline = Pipeline(workers=1, config=config).warm_up()
    docs = longest(args.longest, args.corpus)
    print(f"idle pipeline: {fresh_peak()} MB RSS; batch_chars {pipeline.batch_chars}")
    print(f"{'chars':>8} {'tokens':>7} {'parse CPU s':>11} {'parse peak':>10} {'stages peak':>11}")
    for doc in docs:
        base = fresh_peak()
        started = time.process_time()
        parsed = pipeline.parse(doc.text)
        cpu = time.process_time() - started
        parse_peak = memory()[1] - base
        tokens = len(parsed)
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        pipeline.finish(doc, parsed)
        stages_peak = memory()[1] - base
        del parsed
        print(f"{len(doc.text):>8} {tokens:>7} {cpu:>11.1f} {parse_peak:>+10} {stages_peak:>+11}")
    nlp = pipeline.nlp
    for doc in docs[: args.components]:
        parsed = nlp.make_doc(doc.text)
        print(f"{len(doc.text)} characters whole, {len(parsed)} tokens, component by component:")
        for name, component in nlp.pipeline:
            base = fresh_peak()
            parsed = component(parsed)
            print(f"  {name:16} peak {memory()[1] - base:+} MB")
        del parsed
    return 0


if __name__ == "__main__":
    sys.exit(main())
