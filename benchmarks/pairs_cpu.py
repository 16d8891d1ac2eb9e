"""What the learned actor-pair model adds to the events stage's CPU (issue #9 pairs13-15).

    PYTHONPATH=src python benchmarks/pairs_cpu.py --cache /tmp/pairscache [--rounds 3]
    PYTHONPATH=src python benchmarks/pairs_cpu.py --cache /tmp/pairscache --model other.json

The docgold articles free for tuning are parsed once (``train_event_proposer.py``'s
``parse_articles``; ``--cache`` keeps the parses), then the events stage alone
(``code_document`` at the filter's threshold, as the pipeline runs it) is run on every parse
with the pair model off and with the shipped model (or ``--model``) on, alternating,
``--rounds`` times (``proposer_cpu.least_cpu``); the least CPU seconds of each are compared,
with the pair step's own share (``pairs.pair_events``) and both per 60 articles. Alternating
in one process keeps the load of a shared machine out of the ratio.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import proposer_cpu as pc  # noqa: E402


def events_cpu(parsed: dict, ids: list[str], pairs, vocab, step: list[float]) -> tuple[float, int]:
    """CPU seconds of the events stage over ``ids`` and the pair events it emitted; the pair
    step's own seconds are added to ``step[0]``."""
    from spacy.tokens import Doc

    import redline.events.coder as coder
    from redline.events.lexicon import load_lexicon
    from redline.nlp.parse import forget_parse

    book, lexicon = coder._default_book(), load_lexicon()
    real = coder.pair_events

    def timed(*a, **k):
        started = time.process_time()
        try:
            return real(*a, **k)
        finally:
            step[0] += time.process_time() - started

    spent, made = 0.0, 0
    coder.pair_events = timed
    try:
        for doc_id in ids:
            doc_bytes, parse_bytes = parsed[doc_id]
            doc = pickle.loads(doc_bytes)
            doc.parsed = Doc(vocab).from_bytes(parse_bytes)
            started = time.process_time()
            events = coder.code_document(doc, book, lexicon, pairs=pairs)
            spent += time.process_time() - started
            made += sum(1 for e in events if (e.rule or "").startswith("pairs:"))
            doc.parsed = None
            forget_parse()
    finally:
        coder.pair_events = real
    return spent, made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=pc.tp.DEFAULT_SPLITS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--model", type=Path, default=None, help="a pair model to time")
    parser.add_argument("--limit", type=int, default=0, help="the first N articles only")
    args = parser.parse_args()
    from redline.events.pairs import load_pairs_model
    from redline.events.proposer import model_from_dict
    from redline.pipeline import Pipeline

    parsed, ids = pc.free_parses(args.splits, args.cache)
    ids = ids[: args.limit] if args.limit else ids
    if args.model is not None:
        model = model_from_dict(json.loads(args.model.read_text()))
    else:
        model = load_pairs_model()
    pipeline = Pipeline(workers=1)
    pipeline.load()
    vocab = pipeline.nlp.vocab
    step = [0.0]
    events_cpu(parsed, ids[:5], model, vocab, step)  # warm the tables and caches out of the timing
    steps = {"off": float("inf"), "on": float("inf")}

    def run(name: str) -> tuple[float, int]:
        step[0] = 0.0
        spent, made = events_cpu(parsed, ids, model if name == "on" else False, vocab, step)
        steps[name] = min(steps[name], step[0])
        return spent, made

    best, counts = pc.least_cpu(run, rounds=args.rounds)
    per = 60 / len(ids)
    print(f"{len(ids)} articles, events stage CPU s (least of {args.rounds}): off "
          f"{best['off']:.3f}, on {best['on']:.3f} (x{best['on'] / best['off']:.2f}); per 60 "
          f"articles: on - off {(best['on'] - best['off']) * per:.3f}, the pair step "
          f"{steps['on'] * per:.3f}; {counts['on']} pair events (threshold "
          f"{model.threshold}, max_path {model.meta.get('max_path')}, mentions "
          f"{model.meta.get('mentions', 'resolver')})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
