"""Export candidate events from Reuters articles for labelling (the precision filter's data).

    PYTHONPATH=src python scripts/export_event_candidates.py \
        --corpus ../shared/corpus/news/reuters_politics_2017_isot.jsonl.gz \
        --out evaluation/event_candidates --articles 400 --seed 17

Articles in ``evaluation/docgold/articles.jsonl`` (dev and test) are never exported. Writes
``articles.jsonl`` (the coded texts, so training re-runs the coder from files in the repo) and
``candidates.jsonl`` (one event a line, see ``evaluation/event_candidates/README.md``). Every event
the coder emits is exported, whatever its confidence.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# the team's shared data sits beside the repository (or beside the worktrees' folder)
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO / "shared")


# names that mark a story about actors beyond US domestic politics (round 2's selection)
FOREIGN = re.compile(
    r"\b(?:Russia|Russian|Moscow|China|Chinese|Beijing|North Korea|Pyongyang|Iran|Tehran|Israel"
    r"|Israeli|Palestinian|Syria|Syrian|Iraq|Iraqi|Saudi|Yemen|Turkey|Turkish|Afghanistan"
    r"|Pakistan|Mexico|Venezuela|Cuba|Britain|British|France|French|Germany|German|Japan"
    r"|Japanese|South Korea|Seoul|Ukraine|Egypt|Qatar|Lebanon|Jerusalem|Philippines|Vietnam"
    r"|India|Canada|NATO|European Union|Myanmar|Libya|Somalia|Niger|Zimbabwe|Kenya|Nigeria)\b"
)


def read_corpus(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=SHARED / "corpus/news/reuters_politics_2017_isot.jsonl.gz",
    )
    parser.add_argument("--out", type=Path, default=REPO / "evaluation/event_candidates")
    parser.add_argument("--articles", type=int, default=400, help="articles to sample")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--exclude", type=Path, action="append", default=None,
        help="articles.jsonl whose ids are never exported (default: evaluation/docgold's)",
    )  # fmt: skip
    parser.add_argument(
        "--most-foreign", action="store_true",
        help="take the articles naming the most distinct foreign places and bodies (round 2) "
             "instead of a random sample",
    )  # fmt: skip
    args = parser.parse_args(argv)

    from redline.clean import clean_document
    from redline.errors import InputError
    from redline.events.candidates import candidate_record
    from redline.events.filter import candidate_pipeline
    from redline.ingest.raw import RawDocument

    excluded: set[str] = set()
    for path in args.exclude or [REPO / "evaluation/docgold/articles.jsonl"]:
        excluded |= {json.loads(line)["id"] for line in path.open() if line.strip()}
    pool = [r for r in read_corpus(args.corpus) if r["id"] not in excluded]
    if args.most_foreign:
        pool.sort(key=lambda r: (-len(set(FOREIGN.findall(r["text"]))), r["id"]))
    else:
        random.Random(args.seed).shuffle(pool)
    chosen = sorted(pool[: args.articles], key=lambda r: r["id"])
    args.out.mkdir(parents=True, exist_ok=True)
    pipeline = candidate_pipeline()
    docs, kept = [], []
    for record in chosen:
        raw = RawDocument(
            source=record["id"], text=record["text"], title=record.get("title"),
            published=record.get("date"),
        )  # fmt: skip
        try:
            docs.append(clean_document(raw))
            kept.append(record)
        except InputError as exc:
            print(f"{record['id']}: skipped: {exc}", file=sys.stderr)
    n = 0
    with (
        (args.out / "articles.jsonl").open("w", encoding="utf-8") as arts,
        (args.out / "candidates.jsonl").open("w", encoding="utf-8") as cands,
    ):
        for record, doc in zip(kept, pipeline.pipe(docs), strict=True):
            doc_id = record["id"]
            keep = {k: record.get(k) for k in ("id", "title", "date", "text")}
            arts.write(json.dumps(keep, ensure_ascii=False) + "\n")
            for event in doc.events:
                cands.write(
                    json.dumps(candidate_record(doc_id, doc, event), ensure_ascii=False) + "\n"
                )
                n += 1
    print(f"{len(kept)} articles, {n} candidates -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
