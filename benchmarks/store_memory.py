"""The store writer's memory: replay coded documents into a fresh store as a run's main process
writes them, and report the RSS peak of each write over the RSS before it.

A 10,000-article run's main process rose to 441 MB against 338 at 1,000 articles (issue #11);
this isolates the store's part of it, without the parse (minutes instead of an hour):

    python -m redline code ARTICLES.jsonl --jsonl coded.jsonl --workers 2 -q   # once
    python benchmarks/store_memory.py coded.jsonl --writer-memory 32MB
    python benchmarks/store_memory.py coded.jsonl --writer-memory 0         # DuckDB's default

Writes go in chunks as ``batch._Writer`` cuts them (64 documents or ``WRITE_CHARS``), with the
duplicate index's signatures in the same transaction. A sampling thread reads VmRSS every 5 ms.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

from parse_peaks import memory  # a script beside this one: benchmarks/ is on sys.path


def rss_mb() -> int:
    """This process's RSS in MB (``parse_peaks.memory`` reads it with the peak)."""
    return memory()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coded", type=Path, help="JSON Lines of coded documents (--jsonl)")
    parser.add_argument("--db", type=Path, default=Path("/tmp/store_memory.duckdb"))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument(
        "--writer-memory", default=None, help="DuckDB memory_limit of a write ('0': DuckDB's own)"
    )
    parser.add_argument("--top", type=int, default=8, help="how many of the highest writes")
    args = parser.parse_args()

    from redline.batch import WRITE_CHARS
    from redline.enrich.dedupe import DuplicateFinder, StoredSignatures
    from redline.model import Document
    from redline.store import Store, duck

    if args.writer_memory == "0":
        duck.WRITER_MEMORY = ""  # DuckDB's own limit (80% of RAM)
    elif args.writer_memory:
        duck.WRITER_MEMORY = args.writer_memory
    for path in (args.db, Path(f"{args.db}.wal")):
        path.unlink(missing_ok=True)

    peak = {"now": 0, "on": False}

    def sample() -> None:
        while True:
            if peak["on"]:
                peak["now"] = max(peak["now"], rss_mb())
            time.sleep(0.005)

    threading.Thread(target=sample, daemon=True).start()
    store = Store(str(args.db))
    signatures = StoredSignatures(store, DuplicateFinder(threshold=0.8))
    writes: list[tuple[int, int, int, int]] = []  # (first document, documents, RSS before, peak)
    buffer: list[Document] = []
    chars = written = 0
    started, cpu = time.time(), time.process_time()

    def flush() -> None:
        nonlocal buffer, chars, written
        before = rss_mb()
        peak.update(now=before, on=True)
        store.write(buffer, also=signatures.writer(buffer))
        signatures.forget(d.id for d in buffer)
        time.sleep(0.01)
        peak["on"] = False
        writes.append((written, len(buffer), before, peak["now"]))
        written += len(buffer)
        buffer, chars = [], 0

    with args.coded.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if args.limit and number >= args.limit:
                break
            doc = Document.from_dict(json.loads(line))
            buffer.append(doc)
            chars += len(doc.text)
            if len(buffer) >= 64 or chars >= WRITE_CHARS:
                flush()
    if buffer:
        flush()
    store.close()
    print(
        f"documents {written}  writes {len(writes)}  wall {time.time() - started:.0f} s  "
        f"CPU {time.process_time() - cpu:.0f} s  writer memory {duck.WRITER_MEMORY}  "
        f"peak (VmHWM) {memory()[1]} MB"
    )
    for thousand in range(0, written, 1000):
        window = [w for w in writes if thousand <= w[0] < thousand + 1000]
        print(
            f"  documents {thousand:>6}-: RSS before a write {min(w[2] for w in window)}-"
            f"{max(w[2] for w in window)} MB, highest write peak {max(w[3] for w in window)} MB"
        )
    print("  highest writes (first document, documents, RSS before, peak):")
    for write in sorted(writes, key=lambda w: w[3] - w[2], reverse=True)[: args.top]:
        print(f"    {write}")


if __name__ == "__main__":
    main()
