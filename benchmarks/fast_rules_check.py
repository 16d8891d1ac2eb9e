"""redline's loaded pipeline (fast rules, lean inference, embedding cache) against spaCy's own.

    python benchmarks/fast_rules_check.py --limit 1000 --corpus ../shared/corpus/news
    python benchmarks/fast_rules_check.py --limit 150 --time 3 --corpus ../shared/corpus/news

Parses the same cleaned corpus texts with the stock pipeline (``load_model`` with every
``[pipeline]`` stand-in off: spaCy as it loads) and with redline's (the defaults: ``fast_rules``,
``lean_inference``, ``embed_cache``), both loaded in this process, and compares every token's
POS, tag, morph, lemma, dependency label, head, entity IOB and type, sentence start, the entity
spans and the ``tok2vec`` tensor (bytes); prints the number of differences (expected: 0) and the
first few. With ``--time N`` it then times both parses, alternating, N
rounds each, in CPU seconds (``time.process_time``; the embedding cache emptied before each
round, as at the start of a run), and with ``--components`` each rule component alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from throughput import CORPUS, load_articles

from redline.clean import clean_document
from redline.ingest.raw import RawDocument
from redline.nlp import load_model
from redline.nlp.embed_cache import installed_caches

FIELDS = (
    "pos_",
    "tag_",
    "morph",
    "lemma_",
    "dep_",
    "head",
    "ent_iob_",
    "ent_type_",
    "is_sent_start",
)


def token_row(token) -> tuple:
    return tuple(token.head.i if f == "head" else str(getattr(token, f)) for f in FIELDS)


def compare(stock_docs, fast_docs) -> tuple[int, int, list[str]]:
    """(tokens compared, differences, the first few described)."""
    tokens = differences = 0
    shown: list[str] = []
    for a, b in zip(stock_docs, fast_docs, strict=True):
        if [t.text for t in a] != [t.text for t in b]:
            differences += 1
            shown.append("tokenisation differs")
            continue
        for ta, tb in zip(a, b, strict=True):
            tokens += 1
            ra, rb = token_row(ta), token_row(tb)
            if ra != rb:
                differences += 1
                if len(shown) < 10:
                    diff = {f: (x, y) for f, x, y in zip(FIELDS, ra, rb, strict=True) if x != y}
                    shown.append(f"{ta.text!r} in {a[max(0, ta.i - 4) : ta.i + 4].text!r}: {diff}")
        ents_a = [(e.start, e.end, e.label_) for e in a.ents]
        ents_b = [(e.start, e.end, e.label_) for e in b.ents]
        if ents_a != ents_b:
            differences += 1
            shown.append("entity spans differ")
        if a.tensor.shape != b.tensor.shape or a.tensor.tobytes() != b.tensor.tobytes():
            differences += 1
            shown.append(f"tensors differ in {a[:8].text!r}")
    return tokens, differences, shown


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="articles to parse")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl.gz")
    parser.add_argument("--time", type=int, default=0, help="timing rounds (0: compare only)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--components", action="store_true", help="also time each rule component alone"
    )
    args = parser.parse_args()
    rows = load_articles(args.limit, seed=args.seed, corpus=args.corpus)
    texts = [
        clean_document(RawDocument(source=r["id"], text=r["text"], title=r.get("title"))).text
        for r in rows
    ]
    stock = load_model(None, fast_rules=False, lean=False, embed_cache=False)
    fast = load_model(None)
    print(f"stock: {stock.pipe_names}\nfast:  {[type(p).__name__ for _, p in fast.pipeline]}")
    total_tokens = total_diff = 0
    step = 100
    for start in range(0, len(texts), step):
        chunk = texts[start : start + step]
        a = list(stock.pipe(chunk, batch_size=args.batch_size))
        b = list(fast.pipe(chunk, batch_size=args.batch_size))
        tokens, diff, shown = compare(a, b)
        total_tokens += tokens
        total_diff += diff
        for line in shown:
            print("  DIFF", line)
    words = sum(len(t.split()) for t in texts)
    print(
        f"{len(texts)} articles, {words:,} words, {total_tokens:,} tokens compared: "
        f"{total_diff} differences"
    )
    for cache in installed_caches(fast):
        print(
            f"embedding cache of {cache.chain.layers[0].attrs['columns']}: {cache.misses:,} rows "
            f"computed, {cache.hits:,} batch keys found, {cache.size:,} held"
        )
    if args.time:
        for nlp in (stock, fast):  # warm both caches alike
            list(nlp.pipe(texts[:20], batch_size=args.batch_size))
        for round_ in range(args.time):
            for name, nlp in (("stock", stock), ("fast", fast)):
                for cache in installed_caches(nlp):  # each round starts cold, as a run does
                    cache.clear()
                seconds = cpu(lambda nlp=nlp: list(nlp.pipe(texts, batch_size=args.batch_size)))
                print(f"round {round_ + 1} {name}: parse {seconds:.2f} CPU s")
        for name, nlp in (("stock", stock), ("fast", fast)):
            if not args.components:
                break
            # the docs as the ruler gets them; the ruler then leaves them as the lemmatizer does
            docs = list(
                nlp.pipe(
                    texts,
                    batch_size=args.batch_size,
                    disable=["attribute_ruler", "lemmatizer", "ner"],
                )
            )
            for component in ("attribute_ruler", "lemmatizer"):
                proc = nlp.get_pipe(component)
                seconds = cpu(lambda proc=proc, docs=docs: [proc(d) for d in docs])
                print(f"{name} {component} alone: {seconds:.3f} CPU s")
    return 1 if total_diff else 0


if __name__ == "__main__":
    sys.exit(main())
