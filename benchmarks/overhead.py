"""Where redline's CPU goes besides the stages: the parse inside redline, cleaning, duplicate
signatures, the store write and the rest, against bare ``nlp.pipe`` on the same texts.

    python benchmarks/overhead.py --limit 150 --corpus ../shared/corpus/news

The same articles as ``throughput.py`` (same seed). The pipeline is loaded and warmed on 16 of them
first, then each round times bare ``nlp.pipe`` and the path ``throughput.py`` times (clean, then
``code_documents`` into a fresh store), in CPU seconds (``time.process_time``), with the parts
measured by wrapping the functions that do them. No profiler: cProfile inflates pure-Python code
several times more than spaCy's compiled parser, so its shares mislead.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redline.batch as batch_module
import redline.enrich.dedupe as dedupe_module
import redline.pipeline as pipeline_module
from redline.batch import code_documents
from redline.clean import clean_document
from redline.ingest.raw import RawDocument
from redline.nlp import load_model
from redline.pipeline import Pipeline
from redline.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CORPUS, load_articles  # noqa: E402

SPENT: dict[str, float] = {}


def _timed(owner: Any, name: str, label: str, *, generator: bool = False) -> None:
    """Replace ``owner.name`` by a wrapper adding its CPU seconds to ``SPENT[label]``."""
    func: Callable[..., Any] = getattr(owner, name)

    if generator:  # time each step of the generator, not what its consumer does in between

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            steps = func(*args, **kwargs)
            while True:
                start = time.process_time()
                try:
                    item = next(steps)
                except StopIteration:
                    SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - start
                    return
                SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - start
                yield item

    else:

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="articles to code")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl.gz")
    parser.add_argument(
        "--no-fast-rules", action="store_true", help="redline with spaCy's own rule components"
    )
    args = parser.parse_args()
    rows = load_articles(args.limit, corpus=args.corpus)
    raws = [
        RawDocument(source=r["id"], text=r["text"], title=r.get("title"), published=r.get("date"))
        for r in rows
    ]
    _timed(pipeline_module.Pipeline, "_parse_groups", "parse", generator=True)
    _timed(pipeline_module.Pipeline, "finish", "stages")
    _timed(dedupe_module.StoredSignatures, "mark", "duplicate marks")
    _timed(batch_module._Writer, "flush", "store write")
    _timed(batch_module, "release_memory", "malloc_trim")
    pipeline = Pipeline(
        batch_size=16, workers=1, config={"pipeline.fast_rules": not args.no_fast_rules}
    )
    # the baseline: spaCy's pipeline as is
    nlp = load_model(pipeline.model, fast_rules=False, lean=False, embed_cache=False)
    texts = [clean_document(raw).text for raw in raws]
    for _ in nlp.pipe(texts[:16], batch_size=16):
        pass
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "warm.duckdb")
        code_documents([clean_document(r) for r in raws[:16]], pipeline, store=store)
        store.close()
    for _ in range(args.rounds):
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        bare = time.process_time() - start
        SPENT.clear()
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "bench.duckdb")
            start = time.process_time()
            docs = [clean_document(raw) for raw in raws]
            SPENT["clean"] = time.process_time() - start
            code_documents(docs, pipeline, store=store)
            full = time.process_time() - start
            store.close()
        SPENT["other (runner, look-ups, outcomes)"] = full - sum(SPENT.values())
        parts = ", ".join(f"{k} {v:.2f}" for k, v in SPENT.items())
        print(f"bare {bare:.2f} CPU s; redline {full:.2f} (ratio {bare / full:.3f}): {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
