"""CPU of the parse alone: spaCy as it loads against redline's pipeline, alternating in one process.

    python benchmarks/parse_cpu.py --limit 300 --rounds 3 --corpus ../shared/corpus/news

Three pipelines parse the same cleaned corpus texts (``nlp.pipe``, batches of 16), in turn, for
``--rounds`` rounds: ``stock`` (every ``[pipeline]`` stand-in off), ``before`` (``fast_rules``
and ``lean_inference`` as in the eleventh round: no embedding cache, the lemma index as lists)
and ``redline`` (the defaults). Every cache a pipeline keeps between documents (spaCy's lemma
cache, the fast rules' tables, the embedding rows) is emptied before each round, so that each
round costs what the first articles of a run cost; CPU seconds (``time.process_time``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from throughput import CORPUS, load_articles

from redline.clean import clean_document
from redline.ingest.raw import RawDocument
from redline.nlp import load_model
from redline.nlp.embed_cache import EmbeddingCache
from redline.nlp.fast_rules import CachedLemmatizer, FastAttributeRuler


def lists_again(nlp) -> None:
    """The ``before`` pipeline: the wrapped lemmatizer's index back to lists."""
    lemmatizer = nlp.get_pipe("lemmatizer").lemmatizer
    table = lemmatizer.lookups.get_table("lemma_index")
    for key in list(table.keys()):
        table[key] = sorted(table[key])


def empty_caches(nlp) -> None:
    for _, proc in nlp.pipeline:
        if isinstance(proc, CachedLemmatizer):
            proc.cache.clear()
            proc.lemmatizer.cache.clear()
        elif isinstance(proc, FastAttributeRuler):
            for table in proc._classes.values():
                table.clear()
            proc._resolved.clear()
            proc._spec_cache.clear()
        elif hasattr(proc, "cache") and isinstance(proc.cache, dict):
            proc.cache.clear()  # spaCy's own lemmatizer
        model = getattr(proc, "model", None)
        for node in model.walk() if model is not None else ():
            owner = getattr(node._func, "__self__", None)
            if isinstance(owner, EmbeddingCache):
                owner.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to parse")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl.gz")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    rows = load_articles(args.limit, seed=args.seed, corpus=args.corpus)
    texts = [
        clean_document(RawDocument(source=r["id"], text=r["text"], title=r.get("title"))).text
        for r in rows
    ]
    pipelines = {
        "stock": load_model(None, fast_rules=False, lean=False, embed_cache=False),
        "before": load_model(None, fast_rules=True, lean=True, embed_cache=False),
        "redline": load_model(None),
    }
    lists_again(pipelines["before"])
    for nlp in pipelines.values():
        list(nlp.pipe(texts[:5], batch_size=args.batch_size))
    seconds: dict[str, list[float]] = {name: [] for name in pipelines}
    for round_ in range(args.rounds):
        for name, nlp in pipelines.items():
            empty_caches(nlp)
            start = time.process_time()
            for _ in nlp.pipe(texts, batch_size=args.batch_size):
                pass
            seconds[name].append(time.process_time() - start)
            print(f"round {round_ + 1} {name}: {seconds[name][-1]:.2f} CPU s", flush=True)
    stock = statistics.median(seconds["stock"])
    for name, values in seconds.items():
        median = statistics.median(values)
        print(f"{name:8s} median {median:.2f} CPU s, {median / stock:.3f} of stock")
    return 0


if __name__ == "__main__":
    sys.exit(main())
