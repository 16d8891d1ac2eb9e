"""List the keyed speakers whose actor code is wrong, grouped by phrasing class (issue #10).

    PYTHONPATH=src python scripts/actorkey_misses.py GOLD.jsonl NAMEKEY.jsonl ACTORKEY.jsonl
        [--context N] [--brief] [--class CLASS]

GOLD is a PolNeAR-format quote file, NAMEKEY a hand name key and ACTORKEY the analysts' speaker
actor codes (``evaluation/namekey/actors.jsonl`` or a round's file). Quotes are paired and scored
as ``redline eval quotes --name-key ... --actor-key ...`` scores them
(:func:`redline.evaluate.quotes.actor_code_matches`); each matched direct + mixed quote whose key
record's speaker the actor key codes and whose code is not the key's (nor an alternative) prints
the document, the speaker's name, the key's code (+ alternatives, why), our code, our name and
the actor rule that gave it. The misses are then counted by class (:func:`miss_class`: what went
wrong, read from the two codes and the rule). Never run it on PolNeAR test.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from redline.evaluate.quotes import (
    actor_code_matches,
    gold_documents,
    group_predictions,
    key_name_matches,
    load_actor_key,
    load_gold,
    load_name_key,
    pair_quotes,
    prediction_rules,
)
from redline.pipeline import Pipeline


def actor_rule(rule: str | None) -> str:
    """The actor part of a quote's rule (the ``+actor...`` steps), else its speaker rule."""
    rule = rule or ""
    steps = re.findall(r"\+actor[^+]*", rule)
    return "".join(steps) if steps else f"(speaker rule) {rule[:80]}"


def miss_class(ours: str | None, entry: dict, name_right: bool) -> str:
    """The class of a miss: a wrong speaker, no code, a wrong country, or the sector the key
    has against ours (``bare->LEG``: ours is the bare country, the key's a member of Congress)."""
    if not name_right:
        return "wrong speaker"
    if not ours:
        return "no code"
    codes = [entry["code"], *entry.get("alt_codes", [])]
    if ours[:3] not in {c[:3] for c in codes}:
        return f"wrong country ({ours[:3]} for {entry['code'][:3]})"
    ours_sector = ours[3:] or "bare"
    key_sector = entry["code"][3:] or "bare"
    return f"sector {ours_sector}->{key_sector}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("name_key")
    parser.add_argument("actor_key")
    parser.add_argument("--context", type=int, default=0, help="characters before the quote")
    parser.add_argument("--brief", action="store_true", help="one line per miss")
    parser.add_argument("--class", dest="only", help="list only the misses of this class")
    args = parser.parse_args()
    for path in (args.gold, args.name_key, args.actor_key):
        if "test" in path.rsplit("/", 1)[-1]:
            raise SystemExit("PolNeAR test is scored once per round by the lead, not listed")
    records = load_gold(args.gold)
    names = load_name_key(args.name_key)
    actors = load_actor_key(args.actor_key)
    stages = ["actors", "graph", "quotes", "speakers", "quote_actors"]
    pipe = Pipeline({"pipeline.stages": stages})
    coded = pipe.pipe(gold_documents(records))
    total = wrong = 0
    classes: Counter[str] = Counter()
    for record, doc in zip(records, coded, strict=True):
        text = record["text"]
        predicted = group_predictions(doc.quotes)
        rules = prediction_rules(doc.quotes)
        for i, j, _ in pair_quotes(predicted, record["quotes"]):
            gold = record["quotes"][j]
            if gold["kind"] not in ("direct", "mixed"):
                continue
            entry = names.get((record["id"], gold["quote_start"], gold["quote_end"]))
            if not entry or not entry.get("names"):
                continue
            coded_entry = actors.get((record["id"], entry["names"][0]))
            if coded_entry is None:
                continue
            total += 1
            p = predicted[i]
            if actor_code_matches(p.actor, coded_entry)[1]:
                continue
            wrong += 1
            kind = miss_class(p.actor, coded_entry, key_name_matches(p.speaker, entry))
            classes[kind] += 1
            if args.only and kind != args.only:
                continue
            alts = "/".join(coded_entry.get("alt_codes", []))
            span = text[p.speaker_span[0] : p.speaker_span[1]] if p.speaker_span else None
            print(
                f"[{record['id'].split(':')[-1][:50]} {gold['quote_start']}] {kind}: "
                f"{coded_entry['name']!r} key={coded_entry['code']}{'|' + alts if alts else ''} "
                f"ours={p.actor} ({p.speaker!r}, {span!r})"
            )
            if not args.brief:
                print(f"    why: {coded_entry.get('why')}")
                print(f"    rule: {actor_rule(rules[i])}")
                if args.context:
                    lo = max(0, gold["quote_start"] - args.context)
                    print("   ", text[lo : gold["quote_start"] + 60].replace("\n", " "))
    print(f"\n{total - wrong} / {total} right ({wrong} wrong)")
    for kind, n in classes.most_common():
        print(f"{n:4d}  {kind}")


if __name__ == "__main__":
    main()
