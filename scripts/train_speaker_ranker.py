"""Train the speaker pronoun ranker (``src/redline/data/actors/pronoun_ranker.json``) reproducibly.

    PYTHONPATH=src python scripts/train_speaker_ranker.py            # CV by article, then train
    PYTHONPATH=src python scripts/train_speaker_ranker.py --no-write # CV only

Examples come from files in the repository: the speaker name key's train shares
(``evaluation/namekey/key.jsonl`` split "train" and ``evaluation/namekey/fresh.jsonl``; never
dev or test) and the article texts of PolNeAR train (``--texts``). Each article is coded with the
stages a quote's speaker needs (actors, graph, quotes, speakers), the cascade deciding, while
:mod:`redline.actors.ranker` records every speaker pronoun's candidates. A found quote paired
with a keyed *person* quote (as ``redline eval quotes --name-key`` pairs them) whose speaker
mention is such a pronoun is an example; a candidate is right when its entity's name (the fullest
printed one, as the speakers stage names it) is one the key lists (``key_name_matches``).

The model is a conditional logit (softmax over a pronoun's candidates, L2, full-batch gradient
descent from zero for a fixed number of steps), so a second run writes the same bytes.
Cross-validation is by article (``--folds`` folds by a hash of the article id): out-of-fold
accuracy of the ranker against the cascade on the examples, and on every matched person quote
(a quote's name changes only when it was the graph's name for its pronoun).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

KEYS = ("evaluation/namekey/key.jsonl", "evaluation/namekey/fresh.jsonl")
TEXTS = "../shared/eval/quotes/polnear.train.jsonl"
OUT = Path("src/redline/data/actors/pronoun_ranker.json")


def load_train_key(paths: tuple[str, ...]) -> dict[tuple[str, int, int], dict]:
    """The keyed quotes of the train shares only."""
    key = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r["split"] != "train":
                continue  # dev is scored out of sample, test never
            key[(r["doc_id"], r["quote_start"], r["quote_end"])] = r
    return key


def collect(texts: str, key: dict) -> tuple[list[dict], dict]:
    """Code the keyed articles and return the examples and the quote counts."""
    from redline.actors import ranker
    from redline.actors.graph import _printed_names, _without_title
    from redline.evaluate.quotes import group_predictions, key_name_matches, pair_quotes
    from redline.model import Document
    from redline.pipeline import Pipeline

    wanted = {d for d, _, _ in key}
    records = []
    for line in Path(texts).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r["id"] in wanted:
                records.append(r)
    records.sort(key=lambda r: r["id"])
    pipeline = Pipeline(
        {"pipeline.stages": ["actors", "graph", "quotes", "speakers"], "pipeline.workers": 1}
    )
    examples: list[dict] = []
    counts = Counter()
    for record in records:
        ranker.COLLECT = []
        try:
            (doc,) = list(pipeline.pipe([Document(text=record["text"], source=record["id"])]))
        finally:
            groups, ranker.COLLECT = ranker.COLLECT, None
        by_pronoun = {tuple(g["pronoun"]): g for g in groups}  # the last pass of _pronouns
        printed = _printed_names(doc)
        at = {(m.start, m.end): m for m in doc.mentions}

        def name_of(span, printed=printed, at=at):
            m = at.get(tuple(span))
            if m is None:
                return None
            name = printed.get(m.entity, m.canonical)
            return _without_title(name) if name else None

        gold = record.get("quotes", [])
        predicted = group_predictions(doc.quotes)
        for i, j, _ in pair_quotes(predicted, gold):
            p, g = predicted[i], gold[j]
            if g["kind"] not in ("direct", "mixed"):
                continue
            entry = key.get((record["id"], g["quote_start"], g["quote_end"]))
            if entry is None or entry["speaker_type"] != "person" or not entry.get("names"):
                continue
            right = key_name_matches(p.speaker, entry)
            counts["person"] += 1
            counts["person_right"] += right
            group = None
            if p.speaker_span is not None:
                for span, g2 in by_pronoun.items():
                    if span[0] < p.speaker_span[1] and p.speaker_span[0] < span[1]:
                        group = g2
            if group is None:
                span = p.speaker_span
                if span and any(
                    m.kind == "pronoun" and m.start < span[1] and span[0] < m.end
                    for m in doc.mentions
                ):
                    counts["pronoun_not_speaker"] += 1
                continue
            names = [name_of(s) for s in group["nodes"]]
            labels = [key_name_matches(n, entry) for n in names]
            choice = next(k for k, row in enumerate(group["rows"]) if row.get("cascade"))
            in_doc = any(
                key_name_matches(name_of((m.start, m.end)), entry)
                for m in doc.mentions
                if m.start < group["pronoun"][0]
            )
            examples.append(
                {
                    "doc": record["id"],
                    "rows": group["rows"],
                    "labels": labels,
                    "choice": choice,
                    "cascade": group["cascade"],
                    "is_speaker": group["is_speaker"],
                    "text": doc.text[max(0, group["pronoun"][0] - 300) : group["pronoun"][1] + 20],
                    "names": names,
                    # the quote's final name was the graph's for the cascade's choice
                    "graph_named": names[choice] is not None and p.speaker == names[choice],
                    "final_right": right,
                    "in_doc": in_doc,
                }
            )
    return examples, counts


def fold_of(doc: str, folds: int) -> int:
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % folds


def arrays(examples: list[dict], vocab: dict[str, int]):
    width = max(len(e["rows"]) for e in examples)
    x = np.zeros((len(examples), width, len(vocab)))
    mask = np.zeros((len(examples), width), dtype=bool)
    pos = np.zeros((len(examples), width), dtype=bool)
    for g, e in enumerate(examples):
        for k, row in enumerate(e["rows"]):
            mask[g, k] = True
            pos[g, k] = e["labels"][k]
            for name, value in row.items():
                if name in vocab:
                    x[g, k, vocab[name]] = value
    return x, mask, pos


def train(x, mask, pos, l2: float, steps: int, lr: float) -> np.ndarray:
    """Conditional logit: maximise log sum of the right candidates' probabilities."""
    usable = pos.any(axis=1)
    x, mask, pos = x[usable], mask[usable], pos[usable]
    w = np.zeros(x.shape[2])
    n = len(x)
    for _ in range(steps):
        s = np.where(mask, x @ w, -np.inf)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        q = np.where(pos, p, 0.0)
        q /= q.sum(axis=1, keepdims=True)
        grad = np.einsum("gk,gkf->f", p - q, x) / n + l2 * w
        w -= lr * grad
    return w


def pick(x, mask, w) -> np.ndarray:
    s = np.where(mask, x @ w, -np.inf)
    return s.argmax(axis=1)  # ties: the nearest candidate


def scores(examples: list[dict], picks: list[int], counts: Counter) -> dict:
    """Accuracy of ``picks`` against the cascade's choices on the examples and on every matched
    person quote."""
    n = len(examples)
    cascade = sum(e["labels"][e["choice"]] for e in examples)
    ranked = sum(e["labels"][k] for e, k in zip(examples, picks, strict=True))
    ceiling = sum(any(e["labels"]) for e in examples)
    # all person quotes: a quote named by the graph's pronoun takes the ranker's candidate
    delta = sum(
        e["labels"][k] - e["labels"][e["choice"]]
        for e, k in zip(examples, picks, strict=True)
        if e["graph_named"]
    )
    return {
        "examples": n,
        "cascade": cascade,
        "ranker": ranked,
        "ceiling": ceiling,
        "changed": sum(k != e["choice"] for e, k in zip(examples, picks, strict=True)),
        "person_quotes": counts["person"],
        "person_right_cascade": counts["person_right"],
        "person_right_ranker": counts["person_right"] + delta,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", default=TEXTS)
    parser.add_argument("--keys", nargs="+", default=list(KEYS))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--lr", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--examples", type=Path, help="cache of the coded examples (JSON)")
    args = parser.parse_args(argv)

    if args.examples and args.examples.is_file():
        cached = json.loads(args.examples.read_text(encoding="utf-8"))
        examples, counts = cached["examples"], Counter(cached["counts"])
    else:
        examples, counts = collect(args.texts, load_train_key(tuple(args.keys)))
        if args.examples:
            args.examples.write_text(json.dumps({"examples": examples, "counts": counts}))
    names = sorted({k for e in examples for row in e["rows"] for k in row})
    vocab = {n: i for i, n in enumerate(names)}
    x, mask, pos = arrays(examples, vocab)
    docs = [e["doc"] for e in examples]
    print(
        f"{len(examples)} speaker-pronoun examples in {len(set(docs))} articles; "
        f"{counts['person']} matched person quotes ({counts['person_right']} right); "
        f"{counts['pronoun_not_speaker']} pronoun speakers the ranker does not see"
    )
    missing = [e for e in examples if not any(e["labels"])]
    print(
        f"ceiling: right entity among the candidates {len(examples) - len(missing)} / "
        f"{len(examples)}; of the {len(missing)} others, named before the pronoun "
        f"{sum(e['in_doc'] for e in missing)}"
    )
    picks = [0] * len(examples)
    for f in range(args.folds):
        held = np.array([fold_of(d, args.folds) == f for d in docs])
        w = train(x[~held], mask[~held], pos[~held], args.l2, args.steps, args.lr)
        for g, k in zip(np.flatnonzero(held), pick(x[held], mask[held], w), strict=True):
            picks[g] = int(k)
    cv = scores(examples, picks, counts)
    print("cross-validated by article:", json.dumps(cv))
    by_rule = Counter()
    for e, k in zip(examples, picks, strict=True):
        by_rule[e["cascade"], "n"] += 1
        by_rule[e["cascade"], "cascade"] += e["labels"][e["choice"]]
        by_rule[e["cascade"], "ranker"] += e["labels"][k]
    for rule in sorted({r for r, _ in by_rule}):
        print(
            f"  {rule:<30}{by_rule[rule, 'n']:>5}{by_rule[rule, 'cascade']:>6}"
            f"{by_rule[rule, 'ranker']:>6}"
        )
    if args.no_write:
        return 0
    w = train(x, mask, pos, args.l2, args.steps, args.lr)
    fitted = scores(examples, [int(k) for k in pick(x, mask, w)], counts)
    model = {
        "about": "issue #10 speaker pronoun ranker: conditional logit over the cascade's "
        "candidates (scripts/train_speaker_ranker.py)",
        "examples": len(examples),
        "articles": len(set(docs)),
        "cv": cv,
        "fitted": fitted,
        "l2": args.l2,
        "steps": args.steps,
        "weights": {n: round(float(w[i]), 4) for n, i in vocab.items()},
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (in-sample: {json.dumps(fitted)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
