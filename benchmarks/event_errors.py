"""Error analysis for the event coder: gold vs predicted events per sentence, errors in buckets.

    python benchmarks/event_errors.py /work/shared/eval/events/gold/petrarch2_gsr_validation.jsonl
    python benchmarks/event_errors.py GOLD.jsonl --only wrong_code --show 40

For each gold sentence the unmatched gold events are put in one bucket (no trigger: nothing
coded; wrong code: the dyad was coded with another root; wrong source / wrong target: the root
was coded with another actor on that side; other) and the unmatched predicted events count as
extra. For code-only gold (the CAMEO manual) the buckets are no trigger / wrong root. For PLOVER
gold the comparison is on the PLOVER type. Reads the gold only to measure; prints to stdout.
"""

from __future__ import annotations

import argparse
from collections import Counter

from redline.evaluate.events import code_records, country, load_gold, plover_name


def dyad(e: dict) -> tuple[str, str, str]:
    return country(e["source"]), country(e["target"]), e["code"][:2]


def pdyad(ev) -> tuple[str, str, str]:
    return country(ev.source_actor), country(ev.target_actor), ev.root_code


def bucket_dyads(gold: list[tuple], pred: list[tuple]) -> tuple[list[str], list[tuple]]:
    """Buckets of the unmatched gold events, and the unmatched predicted ones (extras)."""
    g, p = Counter(gold), Counter(pred)
    common = g & p
    g_left = list((g - common).elements())
    p_left = list((p - common).elements())
    buckets = []
    for src, tgt, root in g_left:
        if not pred:
            buckets.append("no_trigger")
            continue
        pick = None
        for cand in p_left:
            if (cand[0], cand[1]) == (src, tgt):
                pick, why = cand, "wrong_code"
                break
        if pick is None:
            for cand in p_left:
                if cand[2] == root and cand[1] == tgt:
                    pick, why = cand, "wrong_source"
                    break
        if pick is None:
            for cand in p_left:
                if cand[2] == root and cand[0] == src:
                    pick, why = cand, "wrong_target"
                    break
        if pick is None:
            for cand in p_left:
                if cand[2] == root:
                    pick, why = cand, "wrong_both_actors"
                    break
        if pick is None:
            buckets.append("wrong_code_and_actors" if p_left else "missing_event")
            continue
        p_left.remove(pick)
        buckets.append(why)
    return buckets, p_left


def describe(ev) -> str:
    return (
        f"    pred {ev.code} {ev.source_actor or '-'} -> {ev.target_actor or '-'} "
        f"[{ev.trigger_text}] {ev.rule}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--only", help="show only sentences with this bucket")
    parser.add_argument("--show", type=int, default=1000, help="how many sentences to print")
    parser.add_argument("--quiet", action="store_true", help="only the bucket counts")
    args = parser.parse_args()
    records = load_gold(args.gold)
    predicted = code_records(records)
    totals: Counter[str] = Counter()
    shown = 0
    for rec, events in zip(records, predicted, strict=True):
        gold = [e for e in rec.get("events") or [] if not rec.get("no_events")]
        coded = [e for e in gold if e.get("code")]
        with_actors = any(e.get("source") or e.get("target") for e in coded)
        if any(e.get("plover") for e in gold):  # PLOVER gold: compare the types
            want = {plover_name(e["plover"]) for e in gold if e.get("plover")}
            got = {e.plover for e in events if e.plover}
            buckets = ["no_trigger" if not events else "wrong_type"] * len(want - got)
            buckets += ["extra"] * len(got - want)
        elif with_actors or rec.get("no_events"):
            buckets, extras = bucket_dyads([dyad(e) for e in coded], [pdyad(e) for e in events])
            buckets += ["extra"] * len(extras)
        elif coded:
            first = events[0] if events else None
            want = coded[0]["code"]
            if first is None:
                buckets = ["no_trigger"]
            elif first.root_code != want[:2]:
                buckets = ["wrong_root"]
            else:
                buckets = []
        else:
            buckets = []
        totals.update(buckets)
        if not buckets or args.quiet or (args.only and args.only not in buckets):
            continue
        if shown >= args.show:
            continue
        shown += 1
        print(f"{rec['id']}  {rec.get('date')}  {sorted(set(buckets))}")
        print(f"  {rec['text']}")
        for e in gold:
            extra = f" plover={e['plover']}" if e.get("plover") else ""
            print(f"    gold {e.get('code')} {e.get('source')} -> {e.get('target')}{extra}")
        for ev in events:
            print(describe(ev) + (f" plover={ev.plover}" if ev.plover else ""))
    print("\nbuckets:", dict(totals.most_common()))


if __name__ == "__main__":
    main()
