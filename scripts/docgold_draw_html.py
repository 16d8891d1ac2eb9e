"""Draw a document-gold split from the HTML corpora by rule, not by hand (issue #9 check19-20).

The Reuters pool is spent and PolNeAR's test split is #10's scored-once quote test, so the last
unseen checks came from the pages of ``shared/corpus/html`` whose body text people cut by hand
(the Scrapinghub benchmark's ``expected_text``) or Readability.js's own output. A page is drawn
when it is English (the corpus's language field, else redline's guess), has at least
``--min-political`` of ``readout_pick.py``'s political words, has ``--min-chars`` to
``--max-chars`` characters of ``expected_text``, is not in the gold and is not named in the docs.
Pages are numbered by length from ``--first`` and dealt to two halves alternately, one folder
each, in the annotators' file format (id, date and title lines, a blank line, the text); title and
date come from the page by redline's HTML extractor where the corpus gives none.

    python scripts/docgold_draw_html.py OUT --first 1750 --min-political 7 --max-chars 8000

check20 was drawn with exactly that (19 pages; re-run against the gold before check20, it gives
the same pages, texts, titles and dates). check19 was drawn a round earlier by a one-off script
with ``--min-political 10 --max-chars 5000`` on the Scrapinghub file alone that read the
language field more strictly: this script gives one page it left out (aeb-360c732d1fdbfc68,
"en-gb", which check20 then took). Writes OUT/half1, OUT/half2 and OUT/chosen.json (the records
to append to ``articles.jsonl``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from readout_pick import _named_text, political_score  # noqa: E402

from redline.clean.html import extract_html  # noqa: E402
from redline.clean.language import guess_language  # noqa: E402

CORPORA = ("scrapinghub_aeb", "readability_testpages_news")


def _gold_ids(gold: Path) -> set[str]:
    with open(gold, encoding="utf-8") as fh:
        return {json.loads(line)["doc_id"] for line in fh if line.strip()}


def draw(args: argparse.Namespace) -> list[dict]:
    named = _named_text()
    taken = _gold_ids(args.gold)
    chosen = []
    for corpus in args.corpora:
        with gzip.open(args.corpus / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                page = json.loads(line)
                text = (page.get("expected_text") or "").strip()
                language = page.get("lang") or guess_language(text) or ""
                if not language.startswith("en") or page["id"] in taken or page["id"] in named:
                    continue
                if political_score(text) < args.min_political:
                    continue
                if not args.min_chars <= len(text) <= args.max_chars:
                    continue
                article = extract_html(page["html"], url=page.get("url"))
                title = page.get("title") or (article.title if article else None) or ""
                date = (page.get("published_time") or "")[:10] or (
                    (article.published or "")[:10] if article else ""
                )
                chosen.append(
                    {"id": page["id"], "title": title, "date": date, "text": text,
                     "url": page.get("url"), "corpus": corpus}
                )  # fmt: skip
    chosen.sort(key=lambda c: len(c["text"]))
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--first", type=int, required=True, help="the first article number")
    ap.add_argument("--split", default="check", help="the split name written to chosen.json")
    ap.add_argument("--min-political", type=int, default=7)
    ap.add_argument("--min-chars", type=int, default=1000)
    ap.add_argument("--max-chars", type=int, default=8000)
    ap.add_argument("--corpora", nargs="+", default=list(CORPORA))
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "html")
    ap.add_argument("--gold", type=Path, default=ROOT / "evaluation" / "docgold" / "gold.jsonl")
    args = ap.parse_args()
    chosen = draw(args)
    for half in ("half1", "half2"):
        (args.out / half).mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(chosen):
        page["number"] = args.first + i
        page["split"] = args.split
        half = "half1" if i % 2 == 0 else "half2"
        path = args.out / half / f"{page['number']}_{page['id']}.txt"
        path.write_text(
            f"id: {page['id']}\ndate: {page['date']}\ntitle: {page['title']}\n\n{page['text']}\n",
            encoding="utf-8",
        )
        print(page["number"], half, page["id"], page["date"], len(page["text"]), page["title"][:60])
    (args.out / "chosen.json").write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
    print(f"{len(chosen)} pages, {sum(len(p['text']) for p in chosen)} characters")


if __name__ == "__main__":
    main()
