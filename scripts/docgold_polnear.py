"""Draw whole PolNeAR articles for the document-level event gold, and write them out to annotate.

The Reuters pool of ``evaluation/docgold`` is spent (only briefs under 400 characters are left),
and the unseen long-article figure is years of rules old. PolNeAR's train split (840 political
articles of 2015-16 from seven publishers, in ``../shared/eval/quotes``) is long news of the same
kind. Its texts are evaluation-only and stay in ``../shared``: the repo keeps the ids drawn
(``evaluation/docgold/polnear/articles.tsv``), a record per article in the docgold's
``articles.jsonl`` whose ``text_from`` names the shared file that holds its text, and the gold in
the docgold's ``gold.jsonl`` like any other split:

    python scripts/docgold_polnear.py select --count 21 --seed 2091 --split check11
    python scripts/docgold_polnear.py export --split check11 /tmp/check11   # NNN_<file>.txt
    python scripts/docgold_polnear.py --pool ../shared/eval/quotes/polnear.dev.jsonl \
        select --keyed-too ...

The train pool is spent (thirty-third round); ``--pool`` draws from PolNeAR's dev split (the #10
quote tuning set: its event gold touches nothing the quote evaluation reads).
    redline eval events --docs evaluation/docgold/gold.jsonl --split check11
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "evaluation" / "docgold" / "polnear"
LIST = FOLDER / "articles.tsv"
NAME_KEY = ROOT / "evaluation" / "namekey" / "key.jsonl"
POOL = ROOT.parent / "shared" / "eval" / "quotes" / "polnear.train.jsonl"
ARTICLES = ROOT / "evaluation" / "docgold" / "articles.jsonl"
COLUMNS = ("number", "id", "split", "publisher", "date", "chars", "title")


def read_list() -> list[dict[str, str]]:
    if not LIST.is_file():
        return []
    lines = LIST.read_text(encoding="utf-8").splitlines()[1:]
    return [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in lines if line.strip()]


def keyed_ids() -> set[str]:
    """Articles of the speaker-name key's train share: tuned on for #10, so left out here."""
    ids = set()
    for line in NAME_KEY.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            ids.add(str(record.get("id") or record.get("doc_id")))
    return ids


def read_pool(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def select(args: argparse.Namespace) -> None:
    """Draw ``--count`` articles, the publishers in turn, none drawn before or keyed for #10."""
    taken = {row["id"] for row in read_list()}
    if not args.keyed_too:
        taken |= keyed_ids()
    pool = [
        a
        for a in read_pool(args.pool)
        if a["id"] not in taken and args.min_chars <= len(a["text"]) <= args.max_chars
    ]
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    by_publisher: dict[str, list[dict]] = defaultdict(list)
    for article in pool:
        by_publisher[article["meta"]["publisher"]].append(article)
    chosen: list[dict] = []
    while len(chosen) < args.count and any(by_publisher.values()):
        for publisher in sorted(by_publisher):
            if by_publisher[publisher] and len(chosen) < args.count:
                chosen.append(by_publisher[publisher].pop())
    rows = read_list()
    FOLDER.mkdir(parents=True, exist_ok=True)
    with LIST.open("a", encoding="utf-8") as out, ARTICLES.open("a", encoding="utf-8") as listed:
        if not rows:
            out.write("\t".join(COLUMNS) + "\n")
        for number, article in enumerate(sorted(chosen, key=lambda a: a["id"]), len(rows) + 1):
            meta = article["meta"]
            title = " ".join(str(meta.get("title") or "").split())
            date = meta.get("publication_date") or ""
            fields = (number, article["id"], args.split, meta["publisher"])
            out.write("\t".join(str(f) for f in (*fields, date, len(article["text"]), title)))
            out.write("\n")
            record = {"id": article["id"], "split": args.split, "title": title, "date": date}
            text_from = f"shared:eval/quotes/{args.pool.name}"
            listed.write(json.dumps({**record, "text_from": text_from}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles appended to {LIST} as {args.split}")


def export(args: argparse.Namespace) -> None:
    """One text file per article of ``--split`` for the annotators (outside the repo)."""
    rows = [row for row in read_list() if row["split"] == args.split]
    texts = {a["id"]: a for a in read_pool(args.pool)}
    args.out.mkdir(parents=True, exist_ok=True)
    for row in rows:
        article = texts[row["id"]]
        stem = row["id"].rsplit(":", 1)[-1]
        header = f"id: {row['id']}\ndate: {row['date']}\ntitle: {row['title']}\n\n"
        path = args.out / f"{int(row['number']):03d}_{stem}.txt"
        path.write_text(header + article["text"], encoding="utf-8")
    print(f"{len(rows)} articles written to {args.out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=Path, default=POOL)
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("select", help=select.__doc__)
    draw.add_argument("--count", type=int, default=21)
    draw.add_argument("--seed", type=int, default=2091)
    draw.add_argument("--split", default="check11")
    draw.add_argument("--min-chars", type=int, default=2000)
    draw.add_argument("--max-chars", type=int, default=4500)
    draw.add_argument(
        "--keyed-too",
        action="store_true",
        help="draw articles of the #10 name key as well (PolNeAR dev, once the train pool is "
        "spent)",
    )
    write = commands.add_parser("export", help=export.__doc__)
    write.add_argument("--split", default="check11")
    write.add_argument("out", type=Path)
    args = parser.parse_args()
    select(args) if args.command == "select" else export(args)


if __name__ == "__main__":
    main()
