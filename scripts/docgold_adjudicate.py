"""Inter-annotator agreement on the double-annotated docgold articles.

For every article with two passes in ``evaluation/docgold/passes/<annotator>/``, compares the
two passes as the guideline (docs/event-annotation-guideline.md, section 5) scores a coder:

* country level: the set of ``(source country, target country, root)`` tuples, where the
  country of an actor code is its first three letters, or the whole code for ``IGO...`` /
  ``NGO...`` codes, and consult (root 04) tuples match in either direction;
* code level: the set of ``(source, target, code)`` tuples with full actor codes, where two
  tuples match when their actors agree and either code is the other's code or one of its
  ``alt_codes`` (consult codes again in either direction).

Precision is the share of the first pass's distinct tuples that the second pass has, recall
the share of the second's that the first has (the second pass plays the reference; F1 is
symmetric). Figures are given per article and micro-averaged over all articles, with per-root
agreement at the country level.

Pairs are discovered from the passes folders (the first two annotators of an article, in
name order). ``--split`` limits the articles, and so the micro figures, to one split of
``articles.jsonl`` (e.g. ``--split check2`` for one round's double articles) or to several
comma-separated splits (``--split train2,check3``).

Usage: python scripts/docgold_adjudicate.py [--docgold evaluation/docgold] [--split S] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def country(code: str) -> str:
    """The country of an actor code, as the guideline's section 5 defines it."""
    code = (code or "").strip().upper()
    if code.startswith(("IGO", "NGO")):
        return code
    return code[:3]


def root_of(code: str) -> str:
    return str(code).strip()[:2]


def orient(src: str, tgt: str, root: str) -> tuple[str, str]:
    """Consult (04) is symmetric: put the pair in a canonical order."""
    if root == "04" and tgt and src > tgt:
        return tgt, src
    return src, tgt


def country_tuples(events: list[dict]) -> set[tuple[str, str, str]]:
    out = set()
    for ev in events:
        root = root_of(ev["code"])
        src, tgt = orient(country(ev.get("source", "")), country(ev.get("target", "")), root)
        out.add((src, tgt, root))
    return out


def code_tuples(events: list[dict]) -> list[tuple[str, str, str, frozenset[str]]]:
    """Distinct (source, target, code, accepted codes) records of one pass."""
    seen: dict[tuple[str, str, str], set[str]] = {}
    for ev in events:
        code = str(ev["code"]).strip()
        src = (ev.get("source") or "").strip().upper()
        tgt = (ev.get("target") or "").strip().upper()
        src, tgt = orient(src, tgt, root_of(code))
        accepted = seen.setdefault((src, tgt, code), set())
        accepted.add(code)
        accepted.update(str(c).strip() for c in ev.get("alt_codes") or [])
    return [(s, t, c, frozenset(acc)) for (s, t, c), acc in seen.items()]


def code_match(one: tuple, other: tuple) -> bool:
    s1, t1, c1, acc1 = one
    s2, t2, c2, acc2 = other
    if not (c1 == c2 or c1 in acc2 or c2 in acc1):
        return False
    if (s1, t1) == (s2, t2):
        return True
    # a consult alternative on a non-consult code: accept the reverse direction too
    consult = root_of(c1) == "04" or root_of(c2) == "04"
    return consult and (s1, t1) == (t2, s2)


def prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else (1.0 if not n_r else 0.0)
    r = tp_r / n_r if n_r else (1.0 if not n_p else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def compare(ev_a: list[dict], ev_b: list[dict]) -> dict:
    ca, cb = country_tuples(ev_a), country_tuples(ev_b)
    inter = ca & cb
    fa, fb = code_tuples(ev_a), code_tuples(ev_b)
    tp_a = sum(1 for x in fa if any(code_match(x, y) for y in fb))
    tp_b = sum(1 for y in fb if any(code_match(y, x) for x in fa))
    per_root: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for t in ca:
        per_root[t[2]][0] += 1
    for t in cb:
        per_root[t[2]][1] += 1
    for t in inter:
        per_root[t[2]][2] += 1
    return {
        "country": (len(inter), len(ca), len(inter), len(cb)),
        "code": (tp_a, len(fa), tp_b, len(fb)),
        "per_root": dict(per_root),
        "events": (len(ev_a), len(ev_b)),
    }


def load_passes(docgold: Path) -> dict[str, dict[str, list[dict]]]:
    """Each article's events by annotator, from ``passes/<annotator>/*.json`` (read as the
    scorer reads them: ``redline.evaluate.docgold.read_passes``; unreadable files are skipped
    with a warning)."""
    from redline.evaluate.docgold import read_passes

    warnings: list[str] = []
    by_doc = read_passes(docgold / "passes", warnings)
    for warning in warnings:
        print(warning, file=sys.stderr)
    return {doc: {r["annotator"]: r["events"] for r in records} for doc, records in by_doc.items()}


def article_order(docgold: Path, split: str | None = None) -> list[str]:
    """Article ids in file order, optionally only those of some splits (comma-separated)."""
    from redline.evaluate.docgold import find_articles, load_articles

    wanted = None if split is None else {s.strip() for s in split.split(",") if s.strip()}
    # the PolNeAR folder (evaluation/docgold/polnear) has passes but no articles file of its own
    articles = load_articles(find_articles(docgold / "passes") or docgold / "articles.jsonl")
    return [i for i, row in articles.items() if wanted is None or row.get("split") in wanted]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docgold", type=Path, default=ROOT / "evaluation" / "docgold")
    ap.add_argument(
        "--split",
        help="only the articles of this split, or of several comma-separated (micro figures too)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    passes = load_passes(args.docgold)
    rows = []
    tot = {"country": [0, 0, 0, 0], "code": [0, 0, 0, 0]}
    roots: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc_id in article_order(args.docgold, args.split):
        by_ann = passes.get(doc_id, {})
        if len(by_ann) < 2:
            continue
        (ann_a, ev_a), (ann_b, ev_b) = sorted(by_ann.items())[:2]
        res = compare(ev_a, ev_b)
        for level in ("country", "code"):
            for i, v in enumerate(res[level]):
                tot[level][i] += v
        for r, counts in res["per_root"].items():
            for i, v in enumerate(counts):
                roots[r][i] += v
        rows.append(
            {
                "doc_id": doc_id,
                "pair": f"{ann_a}-{ann_b}",
                "events": res["events"],
                "country": prf(*res["country"]),
                "code": prf(*res["code"]),
            }
        )

    micro = {level: prf(*tot[level]) for level in tot}
    per_root = {}
    for r in sorted(roots):
        na, nb, both = roots[r]
        per_root[r] = {
            "first": na,
            "second": nb,
            "both": both,
            "f1": 2 * both / (na + nb) if na + nb else 0.0,
        }

    if args.json:
        json.dump(
            {"articles": rows, "micro": micro, "per_root": per_root, "totals": tot},
            sys.stdout,
            indent=1,
        )
        print()
        return 0

    print(f"{'article':<17} {'pair':<4} {'events':>7}  {'country P/R/F1':>20}  {'code P/R/F1':>20}")
    for row in rows:
        cp, cr, cf = row["country"]
        fp, fr, ff = row["code"]
        ev = f"{row['events'][0]}/{row['events'][1]}"
        print(
            f"{row['doc_id']:<17} {row['pair']:<4} {ev:>7}  {cp:5.2f} {cr:5.2f} {cf:5.2f}     "
            f"{fp:5.2f} {fr:5.2f} {ff:5.2f}"
        )
    for level in ("country", "code"):
        p, r, f = micro[level]
        t = tot[level]
        print(
            f"micro {level:<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
            f"(first {t[1]} tuples, {t[0]} matched; second {t[3]}, {t[2]} matched)"
        )
    print("per-root agreement at country level (first pass tuples / second / both / F1):")
    for r, v in per_root.items():
        print(f"  {r}: {v['first']:3d} {v['second']:3d} {v['both']:3d}  {v['f1']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
