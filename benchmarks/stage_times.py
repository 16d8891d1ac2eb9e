"""CPU time of each pipeline stage over corpus articles: what share does each stage cost?

    python benchmarks/stage_times.py --limit 200

Codes a fixed, seeded sample of ../shared/corpus/news/ (as benchmarks/throughput.py picks it)
with the default pipeline, timing the parse and every stage after it with
``time.process_time`` (CPU seconds, so other processes on the machine do not count). Issue #10
asks that the entity graph cost at most 5% of the pipeline's time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest.raw import RawDocument
from redline.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import load_articles  # noqa: E402

CORPUS = next(
    (
        p / "shared" / "corpus" / "news"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "corpus" / "news").is_dir()
    ),
    Path("../shared/corpus/news"),
)


def time_stages(pipeline: Pipeline) -> dict[str, float]:
    """Wrap every stage ``pipeline`` has built so that each one's CPU seconds add up, by name,
    in the dict returned (``stage_cpu.py`` times its stages the same way)."""
    spent: dict[str, float] = defaultdict(float)

    def timed(name, stage):
        def run(doc):
            started = time.process_time()
            try:
                return stage(doc)
            finally:
                spent[name] += time.process_time() - started

        return run

    pipeline._stages = [(name, timed(name, stage)) for name, stage in pipeline.stages]
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument(
        "--warm", action="store_true", help="load every stage's data before timing (apart)"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a config setting, e.g. stage.events.judgement=true (repeatable)",
    )
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    if args.set:
        import tomllib

        pipeline.configure(
            {k: tomllib.loads(f"v = {v}")["v"] for k, v in (s.split("=", 1) for s in args.set)}
        )
    if args.warm:
        # What the stages load on first use (gazetteer, lexicons, date parser), timed apart.
        started = time.process_time()
        pipeline.warm_up()
        seconds = time.process_time() - started
        print(f"warm-up (model, stages and their first-use data): {seconds:.1f} CPU s")
    spent = time_stages(pipeline)
    docs = []
    for row in load_articles(args.limit, corpus=CORPUS):
        raw = RawDocument(source=str(row.get("id")), text=row["text"], published=row.get("date"))
        try:
            docs.append(clean_document(raw))
        except InputError:
            continue
    started = time.process_time()
    for doc in docs:
        parse_started = time.process_time()
        parsed = pipeline.nlp(doc.text)
        spent["parse"] += time.process_time() - parse_started
        pipeline.finish(doc, parsed)
    total = time.process_time() - started
    print(f"{len(docs)} documents, {total:.1f} CPU s")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<12} {seconds:>7.2f} s  {100 * seconds / total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
