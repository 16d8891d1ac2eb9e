"""What the learned actor-pair model adds to the events stage's CPU (issue #9 pairs13).

    PYTHONPATH=src python benchmarks/pairs_cpu.py --cache /tmp/pairscache [--rounds 3]

The docgold articles free for tuning are parsed once (``train_event_proposer.py``'s
``parse_articles``; ``--cache`` keeps the parses), then the events stage alone
(``code_document`` at the filter's threshold, as the pipeline runs it) is run on every parse
with the pair model off and with the shipped model on, alternating, ``--rounds`` times; the
least CPU seconds of each are compared. Alternating in one process keeps the load of a shared
machine out of the ratio.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_event_proposer as tp  # noqa: E402


def events_cpu(parsed: dict, ids: list[str], pairs, vocab) -> tuple[float, int]:
    """CPU seconds of the events stage over ``ids`` and the pair events it emitted."""
    from spacy.tokens import Doc

    from redline.events.coder import _default_book, code_document
    from redline.events.lexicon import load_lexicon
    from redline.nlp.parse import forget_parse

    book, lexicon = _default_book(), load_lexicon()
    spent, made = 0.0, 0
    for doc_id in ids:
        doc_bytes, parse_bytes = parsed[doc_id]
        doc = pickle.loads(doc_bytes)
        doc.parsed = Doc(vocab).from_bytes(parse_bytes)
        started = time.process_time()
        events = code_document(doc, book, lexicon, pairs=pairs)
        spent += time.process_time() - started
        made += sum(1 for e in events if (e.rule or "").startswith("pairs:"))
        doc.parsed = None
        forget_parse()
    return spent, made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=tp.DEFAULT_SPLITS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    from redline.evaluate.docgold import load_doc_gold
    from redline.events.pairs import load_pairs_model

    gold, arts = tp.DOCGOLD / "gold.jsonl", tp.DOCGOLD / "articles.jsonl"
    docs = [d for s in args.splits.split(",") for d in load_doc_gold(gold, split=s, articles=arts)]
    parsed = tp.parse_articles(docs, args.cache)
    ids = [d.doc_id for d in docs if d.doc_id in parsed]
    model = load_pairs_model()
    from redline.pipeline import Pipeline

    pipeline = Pipeline(workers=1)
    pipeline.load()
    vocab = pipeline.nlp.vocab
    best = {"off": float("inf"), "on": float("inf")}
    made = 0
    events_cpu(parsed, ids[:5], model, vocab)  # warm the tables and caches out of the timing
    for _ in range(args.rounds):
        for name in ("off", "on"):
            spent, n = events_cpu(parsed, ids, model if name == "on" else False, vocab)
            best[name] = min(best[name], spent)
            made = n if name == "on" else made
    print(f"{len(ids)} articles, events stage CPU s (least of {args.rounds}): off "
          f"{best['off']:.3f}, on {best['on']:.3f} (x{best['on'] / best['off']:.2f}); "
          f"{made} pair events (threshold {model.threshold})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
