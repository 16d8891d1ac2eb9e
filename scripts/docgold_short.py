"""Short articles of the free document gold (issue #9 briefs28): pooled scores of the articles
under a length against the longer ones, by kind, and the first causes of their misses.

    PYTHONPATH=src python scripts/docgold_short.py CACHE TAG [--max-chars 1500] [--causes]
        [--show CAUSE|all] [--splits check9,check10,train9]

TAG is a run saved by ``scripts/docgold_misses.py code CACHE TAG``. Kinds: feeds of someone's
posts ("The following statements were posted to the verified Twitter accounts of ..."),
articles with at most one gold event, the others. Only the free splits are read (``--splits``:
some of them, comma-separated).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from redline.evaluate import misses as M
from redline.evaluate.docgold import GoldDoc, score_documents

GOLD = "evaluation/docgold/gold.jsonl"
FEED_MARK = "verified Twitter accounts"


def kind(doc: GoldDoc) -> str:
    """The article's kind: a feed of posts, a one-event brief, or another."""
    if FEED_MARK in doc.text:
        return "posts"
    return "one-event" if len(doc.events) <= 1 else "other"


def figures_line(name: str, run: M.Run, members: list[GoldDoc]) -> str:
    m = score_documents(members, [run.views[d.doc_id]["kept"] for d in members])["root"]
    gold = sum(len(d.events) for d in members)
    return (
        f"{name:<12} docs {len(members):4} gold {gold:5}  P {m['precision']:.3f} "
        f"R {m['recall']:.3f} F1 {m['f1']:.3f}  right {m['tp']} wrong {m['fp']} missed {m['fn']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache")
    parser.add_argument("tag")
    parser.add_argument("--max-chars", type=int, default=1500)
    parser.add_argument("--gold", default=GOLD)
    parser.add_argument("--causes", action="store_true", help="first causes of the misses")
    parser.add_argument("--show", help="with --causes: list the short misses of one cause")
    parser.add_argument("--splits", help="free splits to read, comma-separated (default: all)")
    args = parser.parse_args(argv)

    docs = M.load_free_docs(args.gold, M.free_splits(args.splits))
    run = M.load_run(Path(args.cache) / "runs" / f"{args.tag}.json")
    docs = [d for d in docs if d.doc_id in run.views]
    short = [d for d in docs if len(d.text) < args.max_chars]
    longer = [d for d in docs if len(d.text) >= args.max_chars]
    by_kind: dict[str, list[GoldDoc]] = defaultdict(list)
    for doc in short:
        by_kind[kind(doc)].append(doc)
    print(figures_line("short", run, short))
    for name in ("posts", "one-event", "other"):
        if by_kind[name]:
            print(figures_line(f"  {name}", run, by_kind[name]))
    print(figures_line("longer", run, longer))
    feeds = [d for d in docs if kind(d) == "posts"]
    print(figures_line("every feed", run, feeds))
    if not args.causes:
        return 0
    from redline.pipeline import Pipeline

    parses = M.parse_cached(docs, args.cache, Pipeline(workers=1))
    kinds = {d.doc_id: kind(d) for d in short}
    columns: dict[str, list[M.Miss]] = {"posts": [], "one-event": [], "other": [], "short": []}
    columns["longer"] = []
    for miss in M.first_causes(run, docs, parses):
        if miss.doc_id in kinds:
            columns[kinds[miss.doc_id]].append(miss)
            columns["short"].append(miss)
        else:
            columns["longer"].append(miss)
    print()
    print(M.miss_table(columns))
    for miss in columns["short"]:
        if not args.show or (args.show != "all" and miss.cause != args.show):
            continue
        g = miss.gold
        print(
            f"\n[{kinds[miss.doc_id]} {miss.doc_id}] {miss.cause} {g.get('code')} "
            f"{g.get('source')}->{g.get('target')} trigger={g.get('trigger')!r}"
        )
        print("   ", (g.get("sentence") or "").replace("\n", " ")[:300])
        if miss.detail:
            print("    coded:", miss.detail[:300])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
