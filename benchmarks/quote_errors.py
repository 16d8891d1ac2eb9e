"""Error analysis for the quotes stage: every missed and false quote, with its context and rule.

    python benchmarks/quote_errors.py ../shared/eval/quotes/polnear.dev.jsonl [--limit N]
        [--cache /tmp/polnear-dev.spacy] [--kinds direct,mixed] [--show missed,false,speaker]
        [--summary]

Parses are cached in a spaCy DocBin so that rule changes can be re-scored in seconds. Never run
this on the test split while tuning: tune on dev and train only.
"""

from __future__ import annotations

import argparse
import collections
import re
import time
from pathlib import Path

from redline.evaluate.quotes import (
    format_quotes_report,
    group_predictions,
    load_gold,
    pair_quotes,
    score_documents,
)
from redline.model import Document
from redline.nlp import load_model
from redline.quotes import extract_quotes


def parsed_docs(records, cache: Path | None):
    """spaCy parses of every record's text, read from ``cache`` when it holds them."""
    from spacy.tokens import DocBin

    nlp = load_model()
    if cache is not None and cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        by_text = {d.text: d for d in docs}
        if all(r["text"] in by_text for r in records):
            return [by_text[r["text"]] for r in records]
    docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    if cache is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs


def _snippet(text: str, lo: int, hi: int, pad: int = 80) -> str:
    a, b = max(0, lo - pad), min(len(text), hi + pad)
    return (text[a:lo] + "[[" + text[lo:hi] + "]]" + text[hi:b]).replace("\n", " ⏎ ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--kinds", default="direct,mixed")
    parser.add_argument("--show", default="")
    parser.add_argument("--speech-only", action="store_true")
    parser.add_argument("--grep", default="")
    args = parser.parse_args()
    records = load_gold(args.gold, args.limit)
    records = records[args.offset :]
    parses = parsed_docs(records, args.cache)
    started = time.perf_counter()
    predictions = []
    for record, parsed in zip(records, parses, strict=True):
        doc = Document(text=record["text"])
        doc.parsed = parsed
        predictions.append(extract_quotes(doc).quotes)
    seconds = time.perf_counter() - started
    metrics = score_documents(records, predictions)
    metrics["gold"] = args.gold
    metrics["seconds"] = round(seconds, 2)
    print(format_quotes_report(metrics))
    kinds = set(args.kinds.split(","))
    show = set(args.show.split(",")) if args.show else set()
    pattern = re.compile(args.grep) if args.grep else None
    rules = collections.Counter()
    false_rules = collections.Counter()
    for record, quotes in zip(records, predictions, strict=True):
        text = record["text"]
        gold = record["quotes"]
        predicted = group_predictions(quotes)
        pairs = pair_quotes(predicted, gold)
        by_p = {i: j for i, j, _ in pairs}
        by_g = {j: i for i, j, _ in pairs}
        groups = {}
        for q in quotes:
            key = (q.cue_start, q.cue_end, q.speaker_start) if q.cue_start is not None else q
            groups.setdefault(key, []).append(q)
        pieces = list(groups.values())
        for i in range(len(predicted)):
            rule = pieces[i][0].rule.split("+")[0]
            rules[rule] += 1
            if i not in by_p:
                false_rules[rule] += 1
        for j, g in enumerate(gold):
            if g["kind"] not in kinds:
                continue
            if "indirect" in kinds and args.speech_only and not g.get("cue_speech_auto"):
                continue
            line = None
            if j not in by_g and "missed" in show:
                near = [
                    f"{p.kind}:{pieces[i][0].rule} [{p.lo}:{p.hi}]"
                    for i, p in enumerate(predicted)
                    if p.lo < g["quote_end"] and p.hi > g["quote_start"]
                ]
                line = (
                    f"MISSED {g['kind']} cue={g['cue']!r} spk={g['speaker']!r}\n  "
                    + _snippet(text, g["quote_start"], g["quote_end"])
                    + (f"\n  near: {near}" if near else "")
                )
            elif j in by_g and "speaker" in show:
                i = by_g[j]
                p = predicted[i]
                if g.get("speaker_start") is not None and g["kind"] in ("direct", "mixed"):
                    s = g["speaker_start"], g["speaker_end"]
                    ok = (
                        p.speaker_span is not None
                        and p.speaker_span[0] < s[1]
                        and s[0] < (p.speaker_span[1])
                    )
                    if not ok:
                        q = pieces[i][0]
                        line = (
                            f"SPEAKER gold={g['speaker']!r} pred={q.speaker_text!r} "
                            f"rule={q.rule} cue={g['cue']!r}/{q.cue!r}\n  "
                            + _snippet(text, min(g["quote_start"], s[0]), max(g["quote_end"], s[1]))
                        )
            if line and (pattern is None or pattern.search(line)):
                print(line)
        if "false" in show:
            for i, p in enumerate(predicted):
                if i in by_p or p.kind not in kinds:
                    continue
                q = pieces[i][0]
                near = [
                    f"{g['kind']} [{g['quote_start']}:{g['quote_end']}] cue={g['cue']!r}"
                    for g in gold
                    if g["quote_start"] < p.hi and g["quote_end"] > p.lo
                ]
                line = (
                    f"FALSE {p.kind} rule={q.rule} spk={q.speaker_text!r}\n  "
                    + _snippet(text, p.lo, p.hi)
                    + (f"\n  gold near: {near}" if near else "")
                )
                if pattern is None or pattern.search(line):
                    print(line)
    if "rules" in show:
        for rule, n in rules.most_common():
            print(f"{rule:<50}{n:>6}{false_rules[rule]:>6}")


if __name__ == "__main__":
    main()
