"""Train the event precision filter (``src/redline/data/events/filter.json``) reproducibly.

    PYTHONPATH=src python scripts/train_event_filter.py      # labels + every free split's gold, CV
    PYTHONPATH=src python scripts/train_event_filter.py --no-docgold --threshold 0.12   # labels

Examples come from files in the repository, and the features are recomputed by re-running the
coder on the articles (no threshold, unresolved events kept), so a changed coder is trained on
what it now emits:

1. labelled candidates: ``evaluation/event_candidates/articles.jsonl`` and every later round's
   (``evaluation/event_candidates/round2/`` …) with the labels in
   ``evaluation/event_candidates/labels/*.jsonl`` (``right`` = 1; ``wrong_sense``,
   ``wrong_actors``, ``wrong_code`` = 0; ``adjudicated*.jsonl`` read last), matched by the
   candidates' stable key;
2. the document-level gold, splits ``--docgold-splits`` (default: every split free for
   tuning, ``DOCGOLD_SPLITS``; ``test``, kept for one score, is refused): an event is
   right when its (source country, target country, root) tuple matches a gold event of its
   article, as the scorer matches. These are the whole articles the filter is used on, so each
   counts ``--gold-weight`` times a labelled candidate.

With document gold, the threshold is chosen by cross-validation by article (``--cv`` folds,
repeated for each of ``--cv-seeds``): the filter is trained on the labelled candidates (minus any
article of the held-out fold) and the gold of the other folds, the held-out articles are scored
with the eval's scorer (root level) at each threshold, and the counts are pooled over folds and
seeds. The default threshold is the one with the best pooled F1 among those whose pooled
precision reaches ``--min-precision`` (0.75, issue #9's precision target: an analyst reads every
event kept), the highest of equals; when none reaches it, the highest threshold within 0.005 of
the best pooled F1. ``--threshold`` sets it by hand.
``--compare FILE`` scores another ``filter.json`` on the same articles. Without document gold,
20% of the labelled articles are held out and the threshold maximises F1 of kept right events.
The model is then trained on everything and written; a second run writes the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from redline.evaluate.docgold import UNSEEN_SPLITS

REPO = Path(__file__).resolve().parents[1]
CANDIDATES = REPO / "evaluation/event_candidates"
DOCGOLD = REPO / "evaluation/docgold"
OUT = REPO / "src/redline/data/events/filter.json"
THRESHOLDS = [round(0.02 * i, 2) for i in range(46)]  # 0 .. 0.90, the CV sweep (0.40 to pairs14)
# the document gold free for tuning
DOCGOLD_SPLITS = (
    "dev,train,check,check2,train2,check3,train3,check4,train4,check5,train5,check6,train6,"
    "check7,train7,check8,train8,train9,check9,check10,train10,train11,check11,check12,check13,"
    "check14,train12,train13,train14,train15,train16,train17,train18,train19,train20,train21,check15,check16,check17,check18,check19,check20"
)
REFUSED = UNSEEN_SPLITS | {"all"}  # scored once, never trained on


def coded_articles(articles: list[dict]):
    """Each article that cleans, with its document and every coded event and its features (no
    threshold, unresolved events kept), by the rules alone: the learned proposer and pair model
    are off whatever the config says, since the shipped ones were trained on these articles (the
    cross-fitted paths code with them)."""
    from redline.clean import clean_document
    from redline.errors import InputError
    from redline.events.filter import candidate_pipeline
    from redline.ingest.raw import RawDocument

    collected: list = []
    pipeline = candidate_pipeline(
        features_out=collected, events={"proposer": False, "pairs": False}
    )
    docs, kept = [], []
    for art in articles:
        raw = RawDocument(
            source=art["id"], text=art["text"], title=art.get("title"), published=art.get("date")
        )
        try:
            docs.append(clean_document(raw))
            kept.append(art)
        except InputError as exc:
            print(f"{art['id']}: skipped: {exc}", file=sys.stderr)
    for art, doc in zip(kept, pipeline.pipe(docs), strict=True):
        failed = [w for w in doc.warnings if w.startswith("stage ")]
        if failed:
            print(f"{art['id']}: STAGE FAILED: {failed}", file=sys.stderr)
        yield art, doc, list(collected)
        collected.clear()


def coded_examples(articles: list[dict], label_of) -> list[tuple[str, dict, int]]:
    """(article id, features, label) for every coded event ``label_of(doc_id, doc, event)``
    labels (it returns None for events without a label)."""
    out = []
    for art, doc, coded in coded_articles(articles):
        labels = label_of(art["id"], doc)
        for event, features in coded:
            label = labels(event)
            if label is not None:
                out.append((art["id"], features, label))
    return out


def _sentence_anchor(doc_id: str, sentence: str, trigger: str | None, code: str) -> str:
    """Article, sentence text, trigger word and code: a label's identity that survives offsets."""
    digest = hashlib.sha1(" ".join(sentence.split()).encode()).hexdigest()[:16]
    return f"{doc_id}|{digest}|{(trigger or '').lower()}|{code}"


def label_files(labels_dir: Path) -> list[Path]:
    """The label files in the order they are read: each labeller's file, then adjudications
    (``adjudicated*.jsonl``), so where two labellers judged one candidate the adjudication wins."""
    files = sorted(labels_dir.glob("*.jsonl"))
    return [p for p in files if not p.name.startswith("adjud")] + [
        p for p in files if p.name.startswith("adjud")
    ]


def candidate_rounds(folder: Path) -> list[Path]:
    """``folder`` and every labelling round under it that has its own ``candidates.jsonl``."""
    return [folder] + sorted(p.parent for p in folder.glob("*/candidates.jsonl"))


def labelled_candidates(folder: Path) -> list[tuple[str, dict, int]]:
    from redline.events.candidates import load_labels, read_jsonl

    rounds = [r for r in candidate_rounds(folder) if (r / "articles.jsonl").is_file()]
    labels = load_labels(
        p
        for p in [*label_files(folder / "labels"), *(r / "candidates.jsonl" for r in rounds)]
        if p.is_file()
    )
    if not labels or not rounds:
        return []
    wanted = {key.split(":", 1)[0] for key in labels}
    articles = [a for r in rounds for a in read_jsonl(r / "articles.jsonl") if a["id"] in wanted]
    records = [record for r in rounds for record in read_jsonl(r / "candidates.jsonl")]
    return _match_labels(labels, articles, records)


def _match_labels(labels: dict[str, str], articles: list[dict], records: list[dict]):
    from redline.events.candidates import candidate_key

    # a trigger judged no event at all ("wrong_sense") stays so whatever actors the coder now
    # gives it: those labels also match on article, trigger and code alone
    senseless = {key.rsplit(":", 2)[0] for key, label in labels.items() if label == "wrong_sense"}
    # offsets move when the text changes (header lines left doc.text), so a label also matches
    # on its sentence, trigger word and coding, read from the exported candidates
    by_sentence: dict[str, str] = {}
    senseless_sentence: set[str] = set()
    for record in records:
        label = labels.get(record["key"])
        if label is None:
            continue
        anchor = _sentence_anchor(
            record["doc_id"], record["sentence"], record.get("trigger"), record["code"]
        )
        actors = f"{record.get('source_actor') or '-'}:{record.get('target_actor') or '-'}"
        by_sentence[f"{anchor}:{actors}"] = label
        if label == "wrong_sense":
            senseless_sentence.add(anchor)

    def label_of(doc_id, doc):
        def one(event):
            key = candidate_key(doc_id, event)
            label = labels.get(key)
            if label is None and key.rsplit(":", 2)[0] in senseless:
                label = "wrong_sense"
            if label is None:
                anchor = _sentence_anchor(doc_id, event.text, event.trigger_text, event.code)
                actors = f"{event.source_actor or '-'}:{event.target_actor or '-'}"
                label = by_sentence.get(f"{anchor}:{actors}")
                if label is None and anchor in senseless_sentence:
                    label = "wrong_sense"
            return None if label is None else int(label == "right")

        return one

    examples = coded_examples(articles, label_of)
    print(f"labelled candidates: {len(labels)} labels, {len(examples)} matched by key")
    return examples


def gold_documents(
    gold: Path, articles: Path, splits: list[str], *, proposer: bool = False, pairs: bool = False
) -> list[tuple[Any, list]]:
    """The gold articles of ``splits``, each with every event the coder emits and its features.

    ``proposer``: the learned proposer is on, so each article is coded with a proposer trained
    without it (``train_event_proposer.crossfit_coded``), never with the shipped one, which
    saw these articles. ``pairs``: the same for the learned pair model
    (``train_event_pairs.crossfit_coded``); its pair events are candidates the filter learns."""
    from redline.evaluate.docgold import load_doc_gold

    if REFUSED & set(splits):
        raise SystemExit("the test split is never trained on (--docgold-splits)")
    docs = [d for s in splits for d in load_doc_gold(gold, split=s, articles=articles)]
    if pairs:
        if proposer:
            raise SystemExit("the proposer and the pair model on together: not supported")
        sys.path.insert(0, str(REPO / "scripts"))
        from train_event_pairs import crossfit_coded as pairs_crossfit

        return pairs_crossfit(docs)
    if proposer:
        sys.path.insert(0, str(REPO / "scripts"))
        from train_event_proposer import crossfit_coded

        out = crossfit_coded(docs, gold=gold, articles=articles)
        print(f"docgold {','.join(splits)}: {len(out)} articles, "
              f"{sum(len(c) for _, c in out)} events (proposer cross-fitted)")  # fmt: skip
        return out
    by_id = {d.doc_id: d for d in docs}
    arts = [{"id": d.doc_id, "text": d.text, "title": d.title, "date": d.date} for d in docs]
    out = [(by_id[art["id"]], coded) for art, _doc, coded in coded_articles(arts)]
    print(f"docgold {','.join(splits)}: {len(out)} articles, {sum(len(c) for _, c in out)} events")
    return out


def proposer_on(choice: str, setting: str = "proposer") -> bool:
    """Whether the coder proposes events (``--proposer``; config: the default config's), or
    codes the pair model's events (``setting`` "pairs", ``--pairs``)."""
    if choice != "config":
        return choice == "on"
    from redline.config import Config

    return bool(Config.load().stage_settings("events").get(setting, False))


def gold_examples(gold_doc, coded: list) -> list[tuple[str, dict, int]]:
    """(article id, features, right) for every coded event of one gold article: right when its
    root-level tuple is one the scorer accepts for the article."""
    from redline.evaluate.docgold import match_document, predicted_tuple

    accepted = match_document(gold_doc.events, [e for e, _ in coded], "root")["accepted"]
    return [(gold_doc.doc_id, f, int(predicted_tuple(e, "root") in accepted)) for e, f in coded]


def emitted(coded: list, confidences: list[float], threshold: float) -> list:
    """The events the coder emits at ``threshold`` with these confidences: what ``redline eval
    events --docs`` scores (an event with no actor resolved is dropped, as by default)."""
    from redline.events.coder import _known, required_confidence

    return [
        event
        for (event, _), c in zip(coded, confidences, strict=True)
        if (_known(event.source_actor) or _known(event.target_actor))
        and c >= required_confidence(event, threshold)  # a lower clause's floor too
    ]


def confidences(coded: list, score) -> list[float]:
    """``score(features)`` for each event; the codes the guideline lists as no event stay 0."""
    from redline.events.coder import NO_EVENT_CODES

    return [0.0 if e.code in NO_EVENT_CODES else score(f) for e, f in coded]


def sweep(
    docs: list[tuple[Any, list]], confs: list[list[float]], thresholds: list[float] = THRESHOLDS
) -> dict[float, np.ndarray]:
    """Root-level (tp, fp, fn) of these articles at each threshold."""
    from redline.evaluate.docgold import score_documents

    out = {}
    for t in thresholds:
        coded = [emitted(c, p, t) for (_, c), p in zip(docs, confs, strict=True)]
        root = score_documents([d for d, _ in docs], coded)["root"]
        out[t] = np.array([root["tp"], root["fp"], root["fn"]], dtype=float)
    return out


def prf(counts: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def folds_of(doc_ids: list[str], k: int, seed: int) -> dict[str, int]:
    ids = sorted(doc_ids)
    np.random.default_rng(seed).shuffle(ids)
    return {d: i % k for i, d in enumerate(ids)}


def train_model(examples, weights, *, l2: float, steps: int, seed: int, min_count: int):
    """(vocabulary, weights with the bias last) of a model trained on ``examples``."""
    counts = Counter(name for _, feats, _ in examples for name in feats)
    vocab = {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
    x, y = matrix(examples, vocab)
    return vocab, fit(x, y, l2=l2, steps=steps, seed=seed, sample_weight=np.asarray(weights))


def scorer(vocab: dict[str, int], w: np.ndarray):
    from redline.events.filter import FilterModel

    weights = {n: float(w[i]) for n, i in vocab.items()}
    return FilterModel(weights=weights, bias=float(w[-1]), threshold=0.0, meta={}).confidence


def cross_validate(labelled, docs, args, fold_confidences=None) -> dict[float, np.ndarray]:
    """Root-level counts of held-out articles at each threshold, pooled over folds and seeds.

    ``fold_confidences(train, weights, test)``, when given, replaces the logistic regression:
    it learns from one fold's training examples and their weights and returns the confidences
    of every coded event of the held-out articles (``scripts/compare_filter_learners.py``)."""
    pooled = {t: np.zeros(3) for t in THRESHOLDS}
    by_id = {d.doc_id: (d, c) for d, c in docs}
    gold = {d.doc_id: gold_examples(d, c) for d, c in docs}
    for seed in args.cv_seeds:
        folds = folds_of(list(by_id), args.cv, seed)
        for fold in range(args.cv):
            held = {d for d, f in folds.items() if f == fold}
            train = [e for e in labelled if e[0] not in held]
            weights = [1.0] * len(train)
            for doc_id, rows in gold.items():
                if doc_id not in held:
                    train += rows
                    weights += [args.gold_weight] * len(rows)
            test = [by_id[d] for d in sorted(held)]
            if fold_confidences is None:
                vocab, w = train_model(train, weights, l2=args.l2, steps=args.steps,
                                       seed=args.seed, min_count=args.min_count)  # fmt: skip
                score = scorer(vocab, w)
                confs = [confidences(c, score) for _, c in test]
            else:
                confs = fold_confidences(train, np.asarray(weights), test)
            for t, counts in sweep(test, confs).items():
                pooled[t] += counts
    return pooled


def cv_threshold(pooled: dict[float, np.ndarray], min_precision: float = 0.0) -> float:
    """The threshold of best pooled F1 among those with pooled precision >= ``min_precision``
    (the highest of equals); with none (or no minimum), the highest threshold within 0.005 of
    the best F1."""
    precise = {t: c for t, c in pooled.items() if min_precision and prf(c)[0] >= min_precision}
    if precise:
        best = max(round(prf(c)[2], 6) for c in precise.values())
        return max(t for t, c in precise.items() if round(prf(c)[2], 6) == best)
    best = max(prf(c)[2] for c in pooled.values())
    return max(t for t, c in pooled.items() if prf(c)[2] >= best - 0.005)


def print_sweep(title: str, rows: dict[str, dict[float, np.ndarray]]) -> None:
    print(f"\n{title}\n| threshold | " + " | ".join(f"{name} P / R / F1" for name in rows) + " |")
    for t in THRESHOLDS:
        cells = [" / ".join(f"{v:.3f}" for v in prf(r[t])) for r in rows.values()]
        print(f"| {t:.2f} | " + " | ".join(cells) + " |")


def held_out(doc_id: str, seed: int) -> bool:
    digest = hashlib.sha256(f"{seed}:{doc_id}".encode()).digest()
    return digest[0] < 256 * 0.2


class Sparse:
    """A binary-feature matrix as (row, column, value) triples, with the two products the
    gradient needs (numpy only; the rows are events, a few dozen features each)."""

    def __init__(self, rows: list[int], cols: list[int], vals: list[float], shape: tuple[int, int]):
        self.rows = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        self.vals = np.asarray(vals, dtype=float)
        self.shape = shape

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, self.vals * w[self.cols], minlength=self.shape[0])

    def tdot(self, r: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, self.vals * r[self.rows], minlength=self.shape[1])


def fit(
    x: Sparse, y: np.ndarray, *, l2: float, steps: int, seed: int,
    sample_weight: np.ndarray | None = None,
) -> np.ndarray:  # fmt: skip
    """Logistic regression weights (last = bias) by full-batch gradient descent with Adam."""
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, x.shape[1] + 1)
    sw = np.ones(len(y)) if sample_weight is None else sample_weight / sample_weight.mean()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-np.clip(x.dot(w[:-1]) + w[-1], -30, 30)))
        r = sw * (p - y) / len(y)
        grad = np.append(x.tdot(r) + l2 * w[:-1], r.sum())
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def matrix(examples, vocab: dict[str, int]) -> tuple[Sparse, np.ndarray]:
    """Sparse features (rows = examples) and the labels."""
    rows, cols, vals = [], [], []
    for i, (_, feats, _) in enumerate(examples):
        for name, value in feats.items():
            j = vocab.get(name)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(value)
    x = Sparse(rows, cols, vals, (len(examples), len(vocab)))
    return x, np.array([label for _, _, label in examples], dtype=float)


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    best, best_f1 = 0.5, -1.0
    positives = y.sum()
    for t in np.arange(0.05, 0.95, 0.01):
        kept = p >= t
        tp = float((kept & (y == 1)).sum())
        if not kept.any() or not positives:
            continue
        precision, recall = tp / kept.sum(), tp / positives
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = round(float(t), 2), f1
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--candidates", type=Path, default=CANDIDATES)
    parser.add_argument(
        "--docgold", type=Path, default=None,
        help="gold.jsonl or passes folder (default: evaluation/docgold's gold, else its passes)",
    )  # fmt: skip
    parser.add_argument("--no-docgold", action="store_true")
    parser.add_argument(
        "--docgold-splits", default=DOCGOLD_SPLITS,
        help="the document gold's splits to train on, comma-separated (never test)",
    )  # fmt: skip
    parser.add_argument("--gold-weight", type=float, default=3.0,
                        help="a gold article's event against a labelled candidate")  # fmt: skip
    parser.add_argument("--cv", type=int, default=5, help="folds by article (0: no CV)")
    parser.add_argument("--cv-seeds", type=lambda v: [int(x) for x in v.split(",")],
                        default=[1, 2, 3], help="one CV per seed, pooled")  # fmt: skip
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another filter.json scored on the same gold articles")  # fmt: skip
    parser.add_argument("--articles", type=Path, default=DOCGOLD / "articles.jsonl")
    parser.add_argument(
        "--proposer", choices=("config", "on", "off"), default="config",
        help="code with the learned proposer (config: as [stage.events] proposer says)",
    )  # fmt: skip
    parser.add_argument(
        "--pairs", choices=("config", "on", "off"), default="config",
        help="code with the learned pair model (config: as [stage.events] pairs says)",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--min-count", type=int, default=2, help="features seen fewer times: out")
    parser.add_argument(
        "--min-precision", type=float, default=0.75,
        help="the CV threshold keeps pooled root precision at least this (0: best F1 alone)",
    )  # fmt: skip
    parser.add_argument(
        "--threshold", type=float, default=None,
        help="default threshold to write; default: by CV on the gold articles, else the "
             "held-out candidates' best F1",
    )  # fmt: skip
    args = parser.parse_args(argv)
    started = time.process_time()

    labelled = labelled_candidates(args.candidates)
    sources = ["labelled candidates"] if labelled else []
    docs: list[tuple[Any, list]] = []
    if not args.no_docgold:
        gold = args.docgold
        if gold is None:
            gold = DOCGOLD / "gold.jsonl"
            if not gold.is_file():
                gold = DOCGOLD / "passes"
        if gold.exists():
            splits = [s.strip() for s in args.docgold_splits.split(",") if s.strip()]
            docs = gold_documents(gold, args.articles, splits, proposer=proposer_on(args.proposer),
                                  pairs=proposer_on(args.pairs, "pairs"))  # fmt: skip
            shown = gold.relative_to(REPO) if gold.is_relative_to(REPO) else gold
            sources.append(f"docgold {','.join(splits)} ({shown}), weight {args.gold_weight:g}")
    coded_cpu = time.process_time() - started
    gold_rows = [row for d, c in docs for row in gold_examples(d, c)]
    examples = labelled + gold_rows
    weights = np.array([1.0] * len(labelled) + [args.gold_weight] * len(gold_rows))
    if len(examples) < 20:
        print(f"only {len(examples)} examples: nothing trained", file=sys.stderr)
        return 1
    counts = Counter(name for _, feats, _ in examples for name in feats)
    names = sorted(n for n, c in counts.items() if c >= args.min_count)
    vocab = {n: i for i, n in enumerate(names)}

    # held-out labelled articles: accuracy, and the threshold when there is no document gold
    test_mask = np.array([held_out(e[0], args.seed) for e in examples])
    train = [e for e, h in zip(examples, test_mask, strict=True) if not h]
    test = [e for e, h in zip(examples, test_mask, strict=True) if h]
    x_tr, y_tr = matrix(train, vocab)
    x_te, y_te = matrix(test, vocab)
    w = fit(x_tr, y_tr, l2=args.l2, steps=args.steps, seed=args.seed,
            sample_weight=weights[~test_mask])  # fmt: skip
    p_te = 1 / (1 + np.exp(-(x_te.dot(w[:-1]) + w[-1])))
    heldout_threshold = best_threshold(p_te, y_te)
    acc = float(((p_te >= 0.5) == (y_te == 1)).mean()) if len(test) else 0.0
    base = float(max(y_te.mean(), 1 - y_te.mean())) if len(test) else 0.0
    print(
        f"examples {len(examples)} (right {int(sum(e[2] for e in examples))}; labelled "
        f"{len(labelled)}, gold {len(gold_rows)}); features {len(vocab)}"
        f"\nheld-out ({len(test)} events of {len({e[0] for e in test})} articles): accuracy "
        f"{acc:.3f} (majority {base:.3f}); best threshold for kept right events "
        f"{heldout_threshold}"
    )

    threshold, chosen_by, cv_meta = heldout_threshold, "held-out F1", None
    if docs and args.cv > 1:
        pooled = cross_validate(labelled, docs, args)
        rows = {"retrained, CV": pooled}
        for path in args.compare:
            from redline.events.filter import read_model

            other = read_model(path).confidence
            rows[f"{path.name}"] = sweep(docs, [confidences(c, other) for _, c in docs])
        print_sweep(
            f"root level on the {len(docs)} gold articles (CV: {args.cv} folds by article x "
            f"seeds {args.cv_seeds}, pooled; --compare: weights as given, same articles)",
            rows,
        )
        cv_best = cv_threshold(pooled, args.min_precision)
        p, r, f = prf(pooled[cv_best])
        cv_meta = {"folds": args.cv, "seeds": args.cv_seeds, "threshold": cv_best,
                   "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}  # fmt: skip
        threshold = cv_best
        chosen_by = (
            f"{args.cv}-fold CV by article on docgold {args.docgold_splits}, root F1 (best "
            f"with pooled precision >= {args.min_precision})"
        )
        print(f"CV threshold {cv_best}: pooled P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.threshold is not None:
        threshold, chosen_by = args.threshold, "given (--threshold)"

    x_all, y_all = matrix(examples, vocab)
    w = fit(x_all, y_all, l2=args.l2, steps=args.steps, seed=args.seed, sample_weight=weights)
    rounded = {n: round(float(w[i]), 4) for n, i in vocab.items() if abs(w[i]) >= 1e-4}
    model = {
        "version": 1,
        "trained_on": sources,
        "examples": len(examples),
        "heldout_accuracy": round(acc, 4),
        "seed": args.seed,
        "l2": args.l2,
        "min_count": args.min_count,
        "threshold": threshold,
        "threshold_chosen_by": chosen_by,
        "heldout_threshold": heldout_threshold,
        **({"cv": cv_meta} if cv_meta else {}),
        "bias": round(float(w[-1]), 4),
        "weights": dict(sorted(rounded.items())),
    }
    args.out.write_text(json.dumps(model, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    if docs:  # in-sample: the gold articles trained on, so optimistic
        final = scorer(vocab, w)
        for split in sorted({d.split for d, _ in docs}):
            part = [(d, c) for d, c in docs if d.split == split]
            counts_ = sweep(part, [confidences(c, final) for _, c in part], [threshold])
            p, r, f = prf(counts_[threshold])
            print(f"{split} (trained on, in-sample): at {threshold} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes, threshold {threshold}; held-out "
        f"best {heldout_threshold}); CPU {coded_cpu:.0f} s coding, "
        f"{time.process_time() - started - coded_cpu:.0f} s training"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
