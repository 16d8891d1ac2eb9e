"""Error analysis for the event coder on whole articles (the document-level gold), in buckets.

    python benchmarks/docgold_errors.py evaluation/docgold/gold.jsonl --split dev
    python benchmarks/docgold_errors.py evaluation/docgold/gold.jsonl --min-confidence 0 \
        --only miss:no_event --show 60

Each missed gold event (root level: source country, target country, root) is put in one bucket
by what redline coded in the same sentence: ``no_event`` (nothing at all), ``wrong_root`` (the
same dyad with another root), ``actors`` (the right root with other actors), ``other`` (events of
other roots and dyads). Each wrong predicted tuple is ``spurious`` (no gold event in that
sentence), ``actors`` (a gold event of that root there, with other actors) or ``wrong_root``.
Split ``test`` is refused: it is scored only when the work is done, never analysed.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from redline.evaluate.docgold import (
    actor_country,
    code_articles,
    gold_items,
    load_doc_gold,
    match_document,
    predicted_tuple,
)


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def _same_sentence(gold_sentence: str, event_text: str) -> bool:
    g, e = _norm(gold_sentence), _norm(event_text)
    return bool(g and e) and (g in e or e in g)


def analyse(docs, coded) -> tuple[list[tuple[str, str, dict]], list[tuple[str, str, object]]]:
    """(bucket, doc id, gold event) for each miss and (bucket, doc id, event) for each wrong
    predicted tuple, at the root level."""
    misses, extras = [], []
    for doc, events in zip(docs, coded, strict=True):
        res = match_document(doc.events, events, "root")
        for gold in res["missed"]:
            item = gold_items(gold, "root")
            here = [e for e in events if _same_sentence(gold.get("sentence", ""), e.text)]
            if not here:
                bucket = "no_event"
            elif any({predicted_tuple(e, "root")[:2]} & {(item.source, item.target)} for e in here):
                bucket = "wrong_root"
            elif any(e.root_code in item.codes for e in here):
                bucket = "actors"
            else:
                bucket = "other"
            misses.append((bucket, doc.doc_id, gold))
        for key, evs in res["tuples"].items():
            if key in res["accepted"]:
                continue
            event = evs[0]
            gold_here = [g for g in doc.events if _same_sentence(g.get("sentence", ""), event.text)]
            if not gold_here:
                bucket = "spurious"
            elif any(str(g.get("code", ""))[:2] == key[2] for g in gold_here):
                bucket = "actors"
            else:
                bucket = "wrong_root"
            extras.append((bucket, doc.doc_id, event))
    return misses, extras


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    free = ("dev", "train", "check", "check2", "train2", "check3", "train3", "check4", "train4")
    parser.add_argument("--split", default="dev", choices=(*free, "check5"))
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--only", help="miss:BUCKET or extra:BUCKET to list, or all")
    parser.add_argument("--show", type=int, default=30)
    args = parser.parse_args()
    pipeline = None
    if args.min_confidence is not None:
        from redline.events.filter import with_event_settings
        from redline.pipeline import Pipeline

        pipeline = with_event_settings(Pipeline(), min_confidence=args.min_confidence)
    docs = load_doc_gold(args.gold, split=args.split)
    coded = [d.events for d in code_articles(docs, pipeline)]
    misses, extras = analyse(docs, coded)
    print("missed gold (root level):", dict(Counter(b for b, _, _ in misses).most_common()))
    print("wrong predicted tuples:  ", dict(Counter(b for b, _, _ in extras).most_common()))
    roots = defaultdict(Counter)
    for bucket, _, gold in misses:
        roots[bucket][str(gold.get("code", ""))[:2]] += 1
    for bucket, counter in roots.items():
        print(f"  miss {bucket:<11} by root: {dict(counter.most_common(12))}")
    if not args.only:
        return
    kind, _, want = args.only.partition(":")
    shown: Counter = Counter()
    rows = [("miss", *r) for r in misses] + [("extra", *r) for r in extras]
    for kind_, bucket, doc_id, item in rows:
        if args.only != "all" and (kind_, bucket) != (kind, want):
            continue
        if shown[kind_, bucket] >= args.show:
            continue
        shown[kind_, bucket] += 1
        print(f"\n== {kind_}:{bucket}", end="")
        if kind_ == "miss":
            print(
                f"\n[{doc_id}] {item.get('source')}->{item.get('target')} {item.get('code')} "
                f"{item.get('alt_codes') or ''} {item.get('mode')} trigger={item.get('trigger')!r}"
            )
            print("   ", _norm(item.get("sentence", ""))[:300])
            for e in coded[[d.doc_id for d in docs].index(doc_id)]:
                if _same_sentence(item.get("sentence", ""), e.text):
                    print(f"    got {e.source_actor}->{e.target_actor} {e.code} "
                          f"{e.trigger_text!r} c={e.confidence} | {e.rule}")  # fmt: skip
        else:
            src, tgt = actor_country(item.source_actor), actor_country(item.target_actor)
            print(f"\n[{doc_id}] {src}->{tgt} {item.code} {item.trigger_text!r} "
                  f"c={item.confidence} | {item.rule}")  # fmt: skip
            print("   ", _norm(item.text)[:300])
            doc = docs[[d.doc_id for d in docs].index(doc_id)]
            for g in doc.events:
                if _same_sentence(g.get("sentence", ""), item.text):
                    print(f"    gold {g.get('source')}->{g.get('target')} {g.get('code')} "
                          f"{g.get('trigger')!r}")  # fmt: skip


if __name__ == "__main__":
    main()
