"""List the keyed person quotes whose resolved speaker name is wrong (issue #10).

    PYTHONPATH=src python scripts/namekey_misses.py GOLD.jsonl KEY.jsonl [--context N] [--brief]

GOLD is a PolNeAR-format quote file (``../shared/eval/quotes/polnear.dev.jsonl`` or a JSONL of
the keyed train articles), KEY a hand name key (``evaluation/namekey/key.jsonl`` or
``fresh.jsonl``). Quotes are paired as ``redline eval quotes --name-key`` pairs them
(:func:`redline.evaluate.quotes.pair_quotes`); each miss prints the document, the start of the
quote, the key's names, our name, the speaker mention we found, PolNeAR's mention and the rule.
Never run it on PolNeAR test.
"""

from __future__ import annotations

import argparse

from redline.evaluate.quotes import (
    gold_documents,
    group_predictions,
    key_name_matches,
    load_gold,
    load_name_key,
    pair_quotes,
    prediction_rules,
)
from redline.pipeline import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("key")
    parser.add_argument("--context", type=int, default=150, help="characters before the quote")
    parser.add_argument("--brief", action="store_true", help="one line per miss")
    args = parser.parse_args()
    if "test" in args.gold.rsplit("/", 1)[-1]:
        raise SystemExit("PolNeAR test is scored once per round by the lead, not listed")
    records = load_gold(args.gold)
    key = load_name_key(args.key)
    pipe = Pipeline({"pipeline.stages": ["actors", "graph", "quotes", "speakers"]})
    coded = pipe.pipe(gold_documents(records))
    total = wrong = 0
    for record, doc in zip(records, coded, strict=True):
        text = record["text"]
        predicted = group_predictions(doc.quotes)
        rules = prediction_rules(doc.quotes)
        for i, j, _ in pair_quotes(predicted, record["quotes"]):
            gold = record["quotes"][j]
            entry = key.get((record["id"], gold["quote_start"], gold["quote_end"]))
            if not entry or entry.get("speaker_type") != "person" or not entry.get("names"):
                continue
            if gold["kind"] not in ("direct", "mixed"):
                continue
            total += 1
            p = predicted[i]
            if key_name_matches(p.speaker, entry):
                continue
            wrong += 1
            span = text[p.speaker_span[0] : p.speaker_span[1]] if p.speaker_span else None
            quote = text[gold["quote_start"] : gold["quote_start"] + 50].replace("\n", " ")
            print(
                f"\n[{record['id'].split(':')[-1][:48]} {gold['quote_start']}] {quote!r}\n"
                f"    key={entry['names']} ours={p.speaker!r} mention={span!r} "
                f"gold_mention={gold.get('speaker')!r}\n    rule={rules[i]}"
            )
            if not args.brief:
                lo = max(0, gold["quote_start"] - args.context)
                print("   ", text[lo : gold["quote_end"] + 80].replace("\n", " ")[:600])
    print(f"\n{total - wrong} / {total} right ({wrong} wrong)")


if __name__ == "__main__":
    main()
