"""Help the adjudicator: compare the passes of each article and draft ``gold.jsonl``.

    PYTHONPATH=src python scripts/docgold_adjudicate.py evaluation/docgold/passes \
        --report adjudication.md --draft evaluation/docgold/gold.draft.jsonl

For an article with two or more passes, events are grouped as *agreed* (same actors at full code
level and a shared code, as ``docgold_agreement.py`` matches them) or *only in X*. The report
lists the disagreements with their sentences, for the adjudicator to decide; the draft holds, per
article (with its split from ``articles.jsonl``), the agreed events plus every disagreement,
each marked in ``note`` with ``adjudicate: only in <annotator>``, so that nothing is lost and the
adjudicator edits the draft into ``gold.jsonl``. Articles with one pass are copied as they are.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def key(event: dict) -> tuple:
    from redline.evaluate.docgold import gold_items

    item = gold_items(event, "full")
    return (item.source, item.target, item.codes, item.symmetric) if item else ()


def same(a: dict, b: dict) -> bool:
    ka, kb = key(a), key(b)
    if not ka or not kb or not (ka[2] & kb[2]):
        return False
    if ka[:2] == kb[:2]:
        return True
    return (ka[3] or kb[3]) and ka[:2] == kb[1::-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("passes", type=Path, nargs="?", default=REPO / "evaluation/docgold/passes")
    parser.add_argument("--articles", type=Path, default=REPO / "evaluation/docgold/articles.jsonl")
    parser.add_argument("--report", type=Path, default=Path("adjudication.md"))
    parser.add_argument("--draft", type=Path, default=REPO / "evaluation/docgold/gold.draft.jsonl")
    parser.add_argument(
        "--split", default="all", choices=("dev", "test", "all"),
        help="articles to adjudicate (the coder's engineers use dev only)",
    )  # fmt: skip
    args = parser.parse_args(argv)

    from redline.evaluate.docgold import load_articles, read_passes

    warnings: list[str] = []
    by_doc = read_passes(args.passes, warnings)
    articles = load_articles(args.articles)
    report = ["# Adjudication: disagreements between passes", ""]
    drafted = []
    for doc_id, records in sorted(by_doc.items()):
        if args.split != "all" and articles.get(doc_id, {}).get("split") != args.split:
            continue
        records = sorted(records, key=lambda r: r["annotator"])
        first = records[0]
        events = [dict(e) for e in first["events"]]
        if len(records) > 1:
            report.append(f"## {doc_id} ({', '.join(r['annotator'] for r in records)})")
            for other in records[1:]:
                for e in events:
                    if not any(same(e, o) for o in other["events"]):
                        e["note"] = (
                            e.get("note") or ""
                        ) + f" adjudicate: only in {first['annotator']}"
                        report.append(f"- only in {first['annotator']}: {_line(e)}")
                for o in other["events"]:
                    if not any(same(o, e) for e in first["events"]):
                        extra = dict(o)
                        extra["note"] = (
                            o.get("note") or ""
                        ) + f" adjudicate: only in {other['annotator']}"
                        events.append(extra)
                        report.append(f"- only in {other['annotator']}: {_line(o)}")
            report.append("")
        split = articles.get(doc_id, {}).get("split", "")
        drafted.append({"doc_id": doc_id, "split": split, "events": events})
    args.report.write_text("\n".join(report) + "\n", encoding="utf-8")
    with args.draft.open("w", encoding="utf-8") as handle:
        for record in drafted:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    for warning in warnings:
        print(warning)
    print(f"{len(drafted)} articles -> {args.draft}; disagreements -> {args.report}")
    return 0


def _line(e: dict) -> str:
    alts = ",".join(e.get("alt_codes") or [])
    return (f"{e.get('source') or '-'} {e.get('code')}{'/' + alts if alts else ''} "
            f"{e.get('target') or '-'} [{e.get('mode', '')}] “{e.get('trigger', '')}” — "
            f"{(e.get('sentence') or '')[:160]}")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
