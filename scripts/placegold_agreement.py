"""Agreement between two annotation passes of the place gold (``evaluation/placegold``).

    python scripts/placegold_agreement.py [A] [B] [--disagreements] [--json out.json]

A and B are folders of ``<id>.json`` files in the gold format (defaults: the test share's first
pass ``evaluation/placegold/test/gold`` and its second pass ``evaluation/placegold/test/second``).
Only the articles present in both folders are compared, so a second pass over part of a split
can be scored against the whole first pass.

- **Spans:** exact-offset matches; precision, recall and F1 of B against A (A is the reference).
  Spans that overlap without matching exactly are counted apart, as boundary disagreements.
- **Over matched spans:** role agreement (``place`` / ``actor``) with Cohen's kappa, so that the
  share of agreement expected from the two passes' role frequencies alone is discounted;
  GeoNames agreement (the same ``geonameid``, or both ``null`` with the same name); kind agreement.

``--disagreements`` lists every disagreement with its context, for adjudication (it needs the
articles file, by default ``articles.jsonl`` next to A). Standard library only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_A = REPO / "evaluation/placegold/test/gold"
DEFAULT_B = REPO / "evaluation/placegold/test/second"
ROLES = ("place", "actor")


def load_folder(folder: Path) -> dict[str, list[dict]]:
    """``{doc_id: places}`` of every ``<id>.json`` in ``folder``."""
    out = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        out[record["doc_id"]] = record["places"]
    return out


def same_place(a: dict, b: dict) -> bool:
    """The same GeoNames entry; two ``null`` ids agree only when the names do."""
    if a["geonameid"] is None and b["geonameid"] is None:
        return (a.get("name") or "").casefold() == (b.get("name") or "").casefold()
    return a["geonameid"] == b["geonameid"]


def cohen_kappa(pairs: list[tuple[str, str]], labels: tuple[str, ...] = ROLES) -> float | None:
    """Cohen's kappa of two label sequences; ``None`` when chance agreement is total."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    expected = sum(
        (sum(a == label for a, _ in pairs) / n) * (sum(b == label for _, b in pairs) / n)
        for label in labels
    )
    if expected == 1.0:
        return None
    return (observed - expected) / (1 - expected)


def compare(a_docs: dict[str, list[dict]], b_docs: dict[str, list[dict]]) -> dict:
    """Counts and per-disagreement records for the articles in both passes."""
    totals = {"a": 0, "b": 0, "matched": 0, "overlap": 0, "role": 0, "place": 0, "kind": 0}
    role_pairs: list[tuple[str, str]] = []
    rows, disagreements = [], []
    for doc_id in sorted(set(a_docs) & set(b_docs)):
        a_by_span = {(p["start"], p["end"]): p for p in a_docs[doc_id]}
        b_by_span = {(p["start"], p["end"]): p for p in b_docs[doc_id]}
        matched = sorted(set(a_by_span) & set(b_by_span))
        row = {"doc_id": doc_id, "a": len(a_by_span), "b": len(b_by_span), "matched": len(matched)}
        for span in matched:
            a, b = a_by_span[span], b_by_span[span]
            role_pairs.append((a["role"], b["role"]))
            for field, agrees in (("role", a["role"] == b["role"]), ("place", same_place(a, b)),
                                  ("kind", a["kind"] == b["kind"])):  # fmt: skip
                totals[field] += agrees
                if not agrees:
                    disagreements.append({"doc_id": doc_id, "type": field, "a": a, "b": b})
        for side, mine, other in (("a", a_by_span, b_by_span), ("b", b_by_span, a_by_span)):
            for span in sorted(set(mine) - set(other)):
                overlapping = [s for s in other if s[0] < span[1] and span[0] < s[1]]
                kind = "boundary" if overlapping else f"only_{side}"
                if kind == "boundary" and side == "b":
                    continue  # listed once, from A's side
                totals["overlap"] += kind == "boundary"
                record = {"doc_id": doc_id, "type": kind, side: mine[span]}
                if overlapping:
                    record["b"] = other[overlapping[0]]
                disagreements.append(record)
        for key in ("a", "b", "matched"):
            totals[key] += row[key]
        rows.append(row)
    return {"totals": totals, "kappa": cohen_kappa(role_pairs), "rows": rows,
            "disagreements": disagreements}  # fmt: skip


def ratio(x: int, n: int) -> float:
    return x / n if n else 1.0


def context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def show(place: dict, field: str) -> str:
    """The value a disagreement of type ``field`` is about."""
    if field == "place":
        return f"{place['geonameid']} {place['name']!r}"
    return repr(place[field])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", type=Path, nargs="?", default=DEFAULT_A, help="reference pass")
    parser.add_argument("b", type=Path, nargs="?", default=DEFAULT_B, help="pass compared to A")
    parser.add_argument("--articles", type=Path, default=None)
    parser.add_argument("--disagreements", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    result = compare(load_folder(args.a), load_folder(args.b))
    t, kappa = result["totals"], result["kappa"]
    print(f"{'article':<20}{'A':>4}{'B':>4}{'exact':>7}{'F1':>7}")
    for row in result["rows"]:
        f1 = ratio(2 * row["matched"], row["a"] + row["b"])
        print(f"{row['doc_id']:<20}{row['a']:>4}{row['b']:>4}{row['matched']:>7}{f1:>7.3f}")
    m = t["matched"]
    precision, recall = ratio(m, t["b"]), ratio(m, t["a"])
    f1 = ratio(2 * m, t["a"] + t["b"])
    kappa_text = "n/a" if kappa is None else f"{kappa:.3f}"
    summary = {
        "articles": len(result["rows"]),
        "mentions_a": t["a"],
        "mentions_b": t["b"],
        "exact_matches": m,
        "boundary_disagreements": t["overlap"],
        "span_precision": round(precision, 3),
        "span_recall": round(recall, 3),
        "span_f1": round(f1, 3),
        "role_agreement": round(ratio(t["role"], m), 3),
        "role_kappa": None if kappa is None else round(kappa, 3),
        "geonameid_agreement": round(ratio(t["place"], m), 3),
        "kind_agreement": round(ratio(t["kind"], m), 3),
    }
    print()
    print(f"| {summary['articles']} articles | A {t['a']} | B {t['b']} | exact {m} | |")
    print("|---|---|---|---|---|")
    print(f"| spans (B against A) | P {precision:.3f} | R {recall:.3f} | F1 {f1:.3f} "
          f"| boundary {t['overlap']} |")  # fmt: skip
    print(f"| role (matched spans) | {t['role']}/{m} | {ratio(t['role'], m):.3f} "
          f"| kappa {kappa_text} | |")  # fmt: skip
    print(f"| geonameid (matched) | {t['place']}/{m} | {ratio(t['place'], m):.3f} | | |")
    print(f"| kind (matched) | {t['kind']}/{m} | {ratio(t['kind'], m):.3f} | | |")

    if args.disagreements:
        articles = args.articles or args.a.parent / "articles.jsonl"
        texts = {}
        with articles.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts[record["id"]] = record["text"]
        print(f"\n{len(result['disagreements'])} disagreements")
        for d in result["disagreements"]:
            text = texts[d["doc_id"]]
            ref = d.get("a") or d["b"]
            if d["type"] == "boundary":
                detail = f" B {d['b']['text']!r} at {d['b']['start']}"
            elif "a" in d and "b" in d:
                detail = f" A {show(d['a'], d['type'])} / B {show(d['b'], d['type'])}"
            else:
                detail = f" {'A' if 'a' in d else 'B'} {ref['role']} {ref['name']!r}"
            where = context(text, ref["start"], ref["end"])
            print(f"{d['doc_id']} {d['type']:<9}{detail}  {where}")
    if args.json:
        payload = {"summary": summary, "articles": result["rows"],
                   "disagreements": result["disagreements"]}  # fmt: skip
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
