"""Source-span misses on sentences with gold source spans (the ConfliBERT wire sentences).

    python benchmarks/span_errors.py /work/shared/eval/events/gold/conflibert_cameo_train.jsonl
    python benchmarks/span_errors.py GOLD.jsonl --only pronoun --show 40

For each sentence with ``source_spans`` (or ``reciprocal_spans``) whose first asserted event's
source span shares no content word with a gold span (the scorer's rule,
``redline.evaluate.events.span_matches``), prints our first asserted event (code, source span,
source actor, trigger, rule), every other event coded, and the gold spans, in buckets: nothing
asserted (no event, or only negated / conditional ones), a pronoun as our source, a relative
pronoun, no source span, a right span on a later event (the order of events), other. Reads the
gold only to measure; prints to stdout.
"""

from __future__ import annotations

import argparse
from collections import Counter

from redline.evaluate.events import code_records, first_asserted, load_gold, span_matches

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their"})
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})


def bucket(events: list, gold_spans: list[str]) -> str | None:
    """The kind of miss, or None when the first asserted event's source span matches."""
    first = first_asserted(events)
    if first is not None and span_matches(first.source_text, gold_spans):
        return None
    if first is None:
        return "nothing_coded" if not events else "nothing_asserted"
    text = (first.source_text or "").strip().lower()
    if not text:
        kind = "no_source"
    elif text in RELATIVES:
        kind = "relative"
    elif text in PRONOUNS:
        kind = "pronoun"
    else:
        kind = "other"
    if any(span_matches(e.source_text, gold_spans) for e in events if e is not first):
        kind += "+later_event_right"
    return kind


def describe(ev, mark: str = " ") -> str:
    flags = ("neg " if ev.negated else "") + ("cond " if ev.conditional else "")
    return (
        f"  {mark} {ev.code} {flags}src=[{ev.source_text or ''}] {ev.source_actor or '-'} -> "
        f"[{ev.target_text or ''}] {ev.target_actor or '-'} trig=[{ev.trigger_text}] {ev.rule}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--only", help="show only the buckets that start with this")
    parser.add_argument("--show", type=int, default=1000, help="how many sentences to print")
    parser.add_argument("--quiet", action="store_true", help="only the bucket counts")
    args = parser.parse_args()
    records = [
        r for r in load_gold(args.gold) if r.get("source_spans") or r.get("reciprocal_spans")
    ]
    predicted = code_records(records)
    counts: Counter[str] = Counter()
    shown = 0
    for rec, events in zip(records, predicted, strict=True):
        gold_spans = (rec.get("source_spans") or []) + (rec.get("reciprocal_spans") or [])
        kind = bucket(events, gold_spans)
        counts[kind or "matched"] += 1
        if kind is None or args.quiet or shown >= args.show:
            continue
        if args.only and not kind.startswith(args.only):
            continue
        shown += 1
        first = first_asserted(events)
        print(f"[{kind}] {rec.get('id')} class {rec.get('penta_class_phoenix')} gold {gold_spans}")
        print(f"    {rec['text']}")
        for ev in events:
            print(describe(ev, "*" if ev is first else " "))
    total = sum(counts.values())
    print(f"\n{total} sentences with gold source spans")
    for kind, n in counts.most_common():
        print(f"  {kind:<36}{n:>5}  {n / total:.3f}")


if __name__ == "__main__":
    main()
