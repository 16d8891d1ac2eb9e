"""The main process's memory during store writes, the writer alone (issue #11).

    python -m redline code articles.jsonl --db coded.duckdb -q       # any coded store
    python benchmarks/store_write.py coded.duckdb --docs 2048 [--trace]

The documents of ``coded.duckdb`` are written again and again under new ids (their text gets
" Copy i.", so signatures differ) into a fresh store, as ``code_stream`` writes them: through
``_Writer``, chunks of 64 with their duplicate signatures in the same transaction. For each
write the RSS high-water mark over the RSS before it (``/proc/self/clear_refs``, Linux only) is
taken at the transaction's commit and after the file's close (the checkpoint); ``--trace``
adds the tracemalloc peak (the Python side). CPU seconds are the process's, not wall time.
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
import tracemalloc
from pathlib import Path

import redline.store.duck as duck
from redline.batch import _Writer
from redline.enrich.dedupe import DuplicateFinder, StoredSignatures
from redline.store import Store


def status(key: str) -> float:
    """A ``/proc/self/status`` figure in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key):
                return int(line.split()[1]) / 1000
    return 0.0


def reset_peak() -> float:
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    return status("VmRSS:")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coded", help="a store of coded documents to write again")
    parser.add_argument("--docs", type=int, default=2048, help="documents to write")
    parser.add_argument("--every", type=int, default=64, help="documents a write")
    parser.add_argument("--trace", action="store_true", help="tracemalloc peak of each write")
    args = parser.parse_args()
    with Store(args.coded, read_only=True) as source:
        docs = list(source.iter_documents())
    folder = Path(tempfile.mkdtemp(prefix="store-write-"))
    store = Store(str(folder / "s.duckdb"))
    writer = _Writer(store, None, args.every, 1e9)
    writer.signatures = StoredSignatures(store, DuplicateFinder())
    phase: dict[str, float] = {}
    real_connect = duck.connect

    class Watched:
        """The connection, noting the high-water mark at COMMIT and after close."""

        def __init__(self, con) -> None:
            self._con = con

        def __getattr__(self, name):
            return getattr(self._con, name)

        def execute(self, sql, *params):
            result = self._con.execute(sql, *params)
            if sql.startswith("COMMIT"):
                phase["commit"] = status("VmHWM:")
            return result

        def close(self) -> None:
            self._con.close()

    duck.connect = lambda *a, **k: Watched(real_connect(*a, **k))
    flush = writer.flush
    writes: list[tuple[float, float, float, float]] = []

    def measured() -> None:
        if not writer.buffer:
            return
        phase.clear()
        if args.trace:
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
        base = reset_peak()
        flush()
        traced = (tracemalloc.get_traced_memory()[1] - before) / 1e6 if args.trace else 0.0
        writes.append((base, phase.get("commit", base) - base, status("VmHWM:") - base, traced))

    writer.flush = measured
    if args.trace:
        tracemalloc.start()
    start_rss = status("VmRSS:")
    cpu = time.process_time()
    for i in range(args.docs):
        doc = copy.copy(docs[i % len(docs)])
        doc.id = f"{doc.id}-{i}"
        doc.text = f"{doc.text} Copy {i}."
        writer.add(doc)
    writer.flush()
    cpu = time.process_time() - cpu
    print(f"{len(docs)} documents cycled to {args.docs}, {len(writes)} writes, CPU {cpu:.2f} s")
    print(f"RSS {start_rss:.0f} MB at the start, {status('VmRSS:'):.0f} MB at the end")
    print("write  RSS before  to commit  with close  tracemalloc (MB)")
    step = max(1, len(writes) // 10)
    for n, (base, commit, total, traced) in enumerate(writes):
        if n % step == 0 or n == len(writes) - 1:
            print(f"{n + 1:5d}  {base:10.0f}  {commit:9.1f}  {total:10.1f}  {traced:11.1f}")
    totals = sorted(w[2] for w in writes)
    print(f"with close: median {totals[len(totals) // 2]:.1f} MB, max {totals[-1]:.1f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
