"""Cost per kB of one long document, from 10 kB to 1 MB: is coding linear in length?

    python benchmarks/long_docs.py [--sizes 10,100,1000] [--profile]

Each document is built from real news (../shared/corpus/news/, a fixed seeded order), paragraphs
of whole articles joined until the size is reached, and coded as ``redline code`` codes one
document: clean, parse, every stage. Each size runs in its own process so its peak RSS
(``ru_maxrss``) is its own. Target (issue #12): seconds per kB within 2x from 10 kB to 1 MB, and
peak RSS for 1 MB under 1.5 GB. Seconds per kB are CPU seconds (``time.process_time``): on a
shared machine wall time measures the neighbours; wall seconds are printed beside them.
``--profile`` prints the stages' cumulative time for the largest size (cProfile) to find what
grows faster than the text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
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


def build_text(kilobytes: int, seed: int = 7) -> str:
    """About ``kilobytes`` kB of news paragraphs, whole articles in a fixed random order."""
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line)["text"] for line in fh)
    random.Random(seed).shuffle(rows)
    pieces, size, target = [], 0, kilobytes * 1000
    for text in rows:
        for para in text.split("\n"):
            para = para.strip()
            if len(para.split()) < 5:
                continue
            pieces.append(para)
            size += len(para.encode("utf-8")) + 2
            if size >= target:
                return "\n\n".join(pieces)
    return "\n\n".join(pieces)


def run_one(kilobytes: int, profile: bool) -> dict:
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline(clean_document(RawDocument(source="warm", text="Officials said on Monday.")))
    text = build_text(kilobytes)
    raw = RawDocument(source=f"long-{kilobytes}kB", text=text, published="2017-06-01")
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started, cpu_started = time.perf_counter(), time.process_time()
    doc = pipeline(clean_document(raw))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(45)
    size = len(text.encode("utf-8")) / 1000
    return {
        "kB": round(size, 1),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "s_per_kB": round(cpu / size, 4),
        "peak_rss_MB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "sentences": len(doc.sentences),
        "events": len(doc.events),
        "quotes": len(doc.quotes),
        "places": len(doc.places),
        "mentions": len(doc.mentions),
        "warnings": doc.warnings[:3],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="kB, comma-separated")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.profile)))
        return 0
    results = []
    sizes = [int(s) for s in args.sizes.split(",")]
    for kb in sizes:
        cmd = [sys.executable, __file__, "--one", str(kb)]
        if args.profile and kb == max(sizes):
            cmd.append("--profile")
        out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(json.dumps(result), flush=True)
    base = results[0]["s_per_kB"]
    print(f"{'kB':>8} {'s':>8} {'s/kB':>8} {'x first':>8} {'peak MB':>8}")
    for r in results:
        ratio = r["s_per_kB"] / base if base else 0
        print(
            f"{r['kB']:>8} {r['seconds']:>8} {r['s_per_kB']:>8} {ratio:>8.2f} {r['peak_rss_MB']:>8}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
