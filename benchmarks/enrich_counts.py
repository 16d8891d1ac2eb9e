"""How many amounts, places and dates the enrich stages find in real news, and what they cost.

Codes the first N articles of each corpus file (``/work/shared/corpus/news/*.jsonl.gz``) with the
pipeline's stages plus the enrich stages, and reports per file: articles, quantities (and how many
carry a unit, an object, an approximator), places (and how many are geocoded to a country),
DATE entities resolved, events dated from their own sentence versus the publication date, and
events with a place or amounts. It also times each enrich stage against the spaCy parse.

    python benchmarks/enrich_counts.py [--limit N] [--files GLOB]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

from redline.enrich import ENRICH_STAGES
from redline.model import Document, check_offsets
from redline.nlp import annotate_parsed, load_model
from redline.pipeline import default_stages

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/news"


def read_articles(path: Path, limit: int) -> list[dict]:
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if len(rows) >= limit:
                break
    return rows


def count(doc: Document, counts: Counter) -> None:
    counts["articles"] += 1
    counts["quantities"] += len(doc.quantities)
    counts["quantities with unit"] += sum(q.unit is not None for q in doc.quantities)
    counts["quantities with object"] += sum(q.object is not None for q in doc.quantities)
    counts["quantities with approximator"] += sum(q.approx is not None for q in doc.quantities)
    counts["money amounts"] += sum(bool(q.unit and q.unit.isupper()) for q in doc.quantities)
    counts["places"] += len(doc.places)
    counts["places with a country"] += sum(p.country is not None for p in doc.places)
    counts["places: city"] += sum(p.kind == "city" for p in doc.places)
    counts["places: region"] += sum(p.kind == "region" for p in doc.places)
    counts["places: country"] += sum(p.kind == "country" for p in doc.places)
    counts["place-like entities (GPE/LOC/FAC)"] += sum(
        e.label in ("GPE", "LOC", "FAC") for e in doc.entities
    )
    dates = [e for e in doc.entities if e.label == "DATE"]
    counts["DATE entities"] += len(dates)
    counts["DATE entities resolved"] += sum(e.canonical is not None for e in dates)
    counts["entities given a canonical name"] += sum(
        e.canonical is not None for e in doc.entities if e.label in ("PERSON", "ORG")
    )
    counts["events"] += len(doc.events)
    for event in doc.events:
        counts[f"events dated: {event.date_source}"] += 1
        counts["events with a place"] += event.place is not None
        counts["events with amounts"] += bool(event.quantity_ids)
    counts["offset errors"] += len(check_offsets(doc))
    counts["stage failures"] += sum("failed" in w for w in doc.warnings)


def upstream_stages() -> list:
    """The stages before enrich: the pipeline's own, or (until they are wired) actors and events."""
    enrich_names = {name for name, _ in ENRICH_STAGES}
    stages = [s for s in default_stages() if s[0] not in enrich_names]
    if stages:
        return stages
    try:
        from redline.actors import tag_entity_actors
        from redline.events import code_events
    except ImportError:
        return []
    return [("actors", tag_entity_actors), ("events", code_events)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="articles per corpus file")
    parser.add_argument("--files", default="*.jsonl.gz")
    args = parser.parse_args()

    nlp = load_model()
    enrich_names = {name for name, _ in ENRICH_STAGES}
    stages = upstream_stages() + list(ENRICH_STAGES)
    warm = Document(
        text="Officials in Kyiv said on Thursday that 20 people died.", published="2024-01-05"
    )
    annotate_parsed(warm, nlp(warm.text))
    for _, stage in stages:  # load every table once, outside the timings
        warm = stage(warm)
    timings: Counter = Counter()
    totals: Counter = Counter()
    for path in sorted(CORPUS.glob(args.files)):
        rows = read_articles(path, args.limit)
        counts: Counter = Counter()
        start = time.perf_counter()
        parsed_docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
        timings["spaCy parse"] += time.perf_counter() - start
        for row, parsed in zip(rows, parsed_docs, strict=True):
            doc = Document(text=row["text"], source=row["id"], published=row.get("date"))
            annotate_parsed(doc, parsed)
            for name, stage in stages:
                t = time.perf_counter()
                try:
                    doc = stage(doc)
                except Exception as exc:  # report, keep counting
                    doc.warnings.append(f"stage {name} failed: {type(exc).__name__}: {exc}")
                timings[name if name in enrich_names else "other stages"] += time.perf_counter() - t
            count(doc, counts)
        totals.update(counts)
        print(f"\n## {path.name}")
        for key in sorted(counts):
            print(f"{key:40} {counts[key]:>8}")
    print("\n## all files")
    for key in sorted(totals):
        print(f"{key:40} {totals[key]:>8}")
    parse = timings["spaCy parse"]
    print("\n## time (seconds)")
    for key, value in timings.most_common():
        share = f"{100 * value / parse:5.1f}% of parse" if parse else ""
        print(f"{key:40} {value:8.2f}  {share}")
    enrich = sum(timings[n] for n in enrich_names)
    if parse:
        print(f"{'enrich total':40} {enrich:8.2f}  {100 * enrich / parse:5.1f}% of parse")


if __name__ == "__main__":
    main()
