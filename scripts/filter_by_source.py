"""Does the precision filter carry to a source it was not trained on? (issue #9, helper domain49)

A leave-one-source-out study of the event precision filter. The shipped filter
(``src/redline/data/events/filter.json``) and its threshold were chosen by cross-validation
by article (``scripts/train_event_filter.py``), which mixes Reuters and PolNeAR articles in
every fold. Here each source is held out whole in turn:

- ``reuters``: the ISOT Reuters articles of the document gold (and the labelled candidates,
  which are ISOT Reuters articles too, so they are left out of the training when Reuters is
  held out: ``--keep-labelled`` keeps them);
- ``polnear``: the PolNeAR articles (gold ids ``polnear:...``);
- ``web``: the 37 political web pages, splits check19 and check20.

For each held-out source the filter is trained, with the trainer's own example building,
features, learner and scorer (``train_event_filter``: labelled candidates at weight 1, gold
events at ``--gold-weight``), on the other sources; the held-out source's articles are scored
with the eval's scorer at the root level over thresholds. The report gives right / wrong
tuples and P / R / F1 at the shipped threshold and at the best-F1 threshold, and the ranking
quality: the AUC of the confidence of right against wrong among the held-out events the
threshold decides (those with an actor resolved, not of a no-event code).

A few recipe variants are compared (``VARIANTS``), each for a reason given beside it; with
``--cv`` the ordinary 5-fold CV by article (seeds 1, 2, 3) of each variant is printed too.

    PYTHONPATH=src REDLINE_SHARED=/work/shared python scripts/filter_by_source.py CACHE \\
        [--coded /tmp/s38/domain49-coded.pkl] [--variants shipped,nolex] [--cv]

CACHE is the parse cache of ``scripts/docgold_misses.py``; the articles are coded from it as
the trainer codes them (the learned proposer and pair model off). ``--coded`` keeps the coded
articles (and the labelled candidates) in a pickle for the next run. The test split is never
read (``train_event_filter.DOCGOLD_SPLITS`` lists only free splits).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_event_filter as F  # noqa: E402
from _trainer_common import is_polnear  # noqa: E402

WEB_SPLITS = frozenset({"check19", "check20"})  # the 37 political web pages
SOURCES = ("reuters", "polnear", "web")
SHIPPED = {"gold_weight": 3.0, "l2": 0.001, "steps": 600, "seed": 13, "min_count": 2}
# the thresholds reported (the trainer's sweep, 0 .. 0.90)
THRESHOLDS = F.THRESHOLDS

# lexical identity: the trigger's lemma (alone and with the root or the actors' roles), the
# exact CAMEO code and the rule (origin) that made the event: what can memorise one source's
# phrasing
LEXICAL = ("lemma=", "lemma|root=", "lemma|roles=", "code=", "origin=")
# the actors' resolution and the frame (and the root the tuple is scored on): who is who and how
# the event is reported, nothing of the words
STRUCTURAL = (
    "root=", "src:", "tgt:", "role:", "root|role:", "root|roles=", "root|kinds=", "no_actor",
    "one_actor", "same_country", "frame=", "negated", "conditional", "in_quote", "reported",
    "modal", "depth=", "lower_clause",
)  # fmt: skip


def keep_all(name: str) -> bool:
    return True


def no_lexical(name: str) -> bool:
    return not name.startswith(LEXICAL)


def structural_only(name: str) -> bool:
    return name.startswith(STRUCTURAL)


# name: (feature test, training settings over SHIPPED, why it was tried)
VARIANTS: dict[str, tuple[Callable[[str], bool], dict, str]] = {
    "shipped": (keep_all, {}, "the shipped recipe (l2 0.001, min-count 2, every feature)"),
    "nolex": (no_lexical, {}, "no trigger-lemma, code or rule identity: Reuters phrasing"),
    "l2x10": (keep_all, {"l2": 0.01}, "ten times the L2: smaller weights on rare features"),
    "min10": (keep_all, {"min_count": 10}, "only features seen 10 times or more"),
    "actors": (structural_only, {}, "the actors' resolution, the frame and the root only"),
}


def source_of(doc_id: str, split: str | None = None) -> str:
    """The source an article belongs to: ``web`` (splits check19, check20), ``polnear`` (gold
    ids ``polnear:...``), else ``reuters`` (the ISOT Reuters articles, labelled candidates
    included)."""
    if split in WEB_SPLITS:
        return "web"
    if is_polnear(doc_id):
        return "polnear"
    return "reuters"


def by_source(docs: Iterable[Any]) -> dict[str, list[Any]]:
    """The gold documents grouped by :func:`source_of` (each source's list in input order)."""
    out: dict[str, list[Any]] = {s: [] for s in SOURCES}
    for d in docs:
        out[source_of(d.doc_id, d.split)].append(d)
    return out


def held_out_training(
    labelled: list[tuple[str, dict, int]],
    gold_rows: dict[str, list[tuple[str, dict, int]]],
    source_of_doc: dict[str, str],
    held: str,
    *,
    gold_weight: float,
    keep_labelled: bool = False,
) -> tuple[list[tuple[str, dict, int]], list[float]]:
    """The training examples and weights when source ``held`` is held out: the labelled
    candidates (weight 1; those of the held-out source left out unless ``keep_labelled``, and
    always those of a held-out article) and the gold events (``gold_rows`` by article, weight
    ``gold_weight``) of the articles of the other sources."""
    train, weights = [], []
    for example in labelled:
        doc_id = example[0]
        if source_of_doc.get(doc_id) == held:
            continue  # a held-out article itself
        if not keep_labelled and source_of(doc_id) == held:
            continue
        train.append(example)
        weights.append(1.0)
    for doc_id, rows in gold_rows.items():
        if source_of_doc[doc_id] != held:
            train += rows
            weights += [gold_weight] * len(rows)
    return train, weights


def restrict(examples: list[tuple[str, dict, int]], keep: Callable[[str], bool]):
    """The examples with only the features ``keep`` accepts."""
    return [(d, {n: v for n, v in f.items() if keep(n)}, y) for d, f, y in examples]


def auc(scores: list[float], labels: list[int]) -> float:
    """The probability that a right event outranks a wrong one (ties count half)."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=int)
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    # average ranks of ties
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y == 1].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def decided(coded: list, confs: list[float], rows: list[tuple[str, dict, int]]):
    """(confidence, right) of the coded events the threshold decides: an actor resolved and
    not a no-event code (those stay at 0 whatever the model says)."""
    from redline.events.coder import NO_EVENT_CODES, _known

    out = []
    for (event, _), c, (_, _, y) in zip(coded, confs, rows, strict=True):
        if event.code in NO_EVENT_CODES:
            continue
        if _known(event.source_actor) or _known(event.target_actor):
            out.append((c, y))
    return out


def coded_docs(cache: str, coded_path: Path | None):
    """(labelled candidates, [(gold document, [(event, features)])]) of every free split, from
    ``coded_path`` when it holds them, else coded now (and kept there)."""
    if coded_path is not None and coded_path.is_file():
        return pickle.loads(coded_path.read_bytes())
    from compare_filter_learners import coded_from_cache

    value = (F.labelled_candidates(F.CANDIDATES), coded_from_cache(cache))
    if coded_path is not None:
        coded_path.write_bytes(pickle.dumps(value))
    return value


def study(labelled, docs, variant: str, args) -> dict[str, dict]:
    """For each held-out source: the root counts at each threshold and the AUC."""
    keep, settings, _ = VARIANTS[variant]
    cfg = {**SHIPPED, **settings}
    source_of_doc = {d.doc_id: source_of(d.doc_id, d.split) for d, _ in docs}
    gold_rows = {d.doc_id: F.gold_examples(d, c) for d, c in docs}
    labelled_v = restrict(labelled, keep)
    gold_v = {k: restrict(v, keep) for k, v in gold_rows.items()}
    out = {}
    for held in SOURCES:
        train, weights = held_out_training(labelled_v, gold_v, source_of_doc, held,
                                           gold_weight=cfg["gold_weight"],
                                           keep_labelled=args.keep_labelled)  # fmt: skip
        vocab, w = F.train_model(train, weights, l2=cfg["l2"], steps=cfg["steps"],
                                 seed=cfg["seed"], min_count=cfg["min_count"])  # fmt: skip
        score = F.scorer(vocab, w)
        test = [(d, c) for d, c in docs if source_of_doc[d.doc_id] == held]
        confs = [F.confidences(c, score) for _, c in test]
        pairs = [p for (d, c), cf in zip(test, confs, strict=True)
                 for p in decided(c, cf, gold_rows[d.doc_id])]  # fmt: skip
        out[held] = {
            "sweep": F.sweep(test, confs),
            "auc": auc([c for c, _ in pairs], [y for _, y in pairs]),
            "articles": len(test),
            "train": len(train),
        }
    return out


def shipped_model_rows(docs, path: Path) -> dict[str, dict]:
    """The shipped ``filter.json`` as it is, on each source (in-sample where it was trained)."""
    from redline.events.filter import read_model

    model = read_model(path)
    source_of_doc = {d.doc_id: source_of(d.doc_id, d.split) for d, _ in docs}
    out = {}
    for held in SOURCES:
        test = [(d, c) for d, c in docs if source_of_doc[d.doc_id] == held]
        confs = [F.confidences(c, model.confidence) for _, c in test]
        pairs = [p for (d, c), cf in zip(test, confs, strict=True)
                 for p in decided(c, cf, F.gold_examples(d, c))]  # fmt: skip
        out[held] = {"sweep": F.sweep(test, confs), "auc": auc(*zip(*pairs, strict=True))
                     if pairs else float("nan"), "articles": len(test), "train": 0}  # fmt: skip
    return out


def per_source(figures: dict[str, dict], splits_source: dict[str, str]) -> dict[str, np.ndarray]:
    """Root (right, wrong, missed) pooled by source from ``misses.split_figures``' per split."""
    out = {s: np.zeros(3) for s in SOURCES}
    for split, m in figures.items():
        if split != "pooled":
            out[splits_source[split]] += [m["root"]["tp"], m["root"]["fp"], m["root"]["fn"]]
    return out


def code_learned(cache: str, setting: str, tag: str):
    """Code every free split from the parse cache with the learned ``setting`` ("proposer",
    "pairs") on as shipped, the shipped filter on; the run saved as ``CACHE/runs/TAG.json``
    (``docgold_misses.py diff`` reads it). Returns the run and the gold documents."""
    from redline.evaluate import misses as M

    pipeline = M.coding_pipeline()
    pipeline.configure({f"stage.events.{setting}": True})
    docs = M.load_free_docs(F.DOCGOLD / "gold.jsonl", M.free_splits())
    run = M.code_run(docs, cache, pipeline)
    M.save_run(run, Path(cache) / "runs" / f"{tag}.json")
    return run, docs


def learned_report(cache: str, base_tag: str, settings: list[str], prefix: str) -> None:
    """Right / wrong root tuples by source with each learned model on, against run
    ``base_tag`` (the rules alone, same filter), and the tuples it adds and removes."""
    from redline.evaluate import misses as M

    for setting in settings:
        run, docs = code_learned(cache, setting, f"{prefix}-{setting}")
        base = M.load_run(Path(cache) / "runs" / f"{base_tag}.json")
        source_by_split = {d.split: source_of(d.doc_id, d.split) for d in docs}
        now = per_source(M.split_figures(run, docs), source_by_split)
        before = per_source(M.split_figures(base, docs), source_by_split)
        print(f"\n{setting} on (run {prefix}-{setting}) against {base_tag}:")
        for s in SOURCES:
            (tp, fp, _), (tp0, fp0, _) = now[s], before[s]
            p, r, f = F.prf(now[s])
            print(
                f"| {setting} | {s} | {int(tp0)} / {int(fp0)} -> {int(tp)} / {int(fp)} "
                f"({int(tp - tp0):+d} right, {int(fp - fp0):+d} wrong) | {p:.3f} / {r:.3f} / "
                f"{f:.3f} |",
                flush=True,
            )
        by_split = {}
        for name, fig in (
            (base_tag, M.split_figures(base, docs)),
            (setting, M.split_figures(run, docs)),
        ):
            by_split[name] = {k: (v["root"]["tp"], v["root"]["fp"]) for k, v in fig.items()}
        print(
            "  per split (right / wrong): "
            + ", ".join(
                f"{k} {by_split[base_tag][k][0]}/{by_split[base_tag][k][1]}->"
                f"{by_split[setting][k][0]}/{by_split[setting][k][1]}"
                for k in by_split[setting]
                if by_split[setting][k] != by_split[base_tag][k]
            )
        )


def report_line(name: str, held: str, fig: dict, shipped_threshold: float) -> str:
    sweep = fig["sweep"]
    at = sweep[shipped_threshold]
    best = max(sweep, key=lambda t: (round(F.prf(sweep[t])[2], 6), t))
    b = sweep[best]
    p, r, f = F.prf(at)
    bp, br, bf = F.prf(b)
    return (
        f"| {name} | {held} ({fig['articles']}) | {int(at[0])} / {int(at[1])} | "
        f"{p:.3f} / {r:.3f} / {f:.3f} | {best:.2f}: {int(b[0])} / {int(b[1])}, "
        f"{bp:.3f} / {br:.3f} / {bf:.3f} | {fig['auc']:.3f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cache", help="the parse cache of scripts/docgold_misses.py")
    parser.add_argument("--coded", type=Path, default=None,
                        help="a pickle keeping the coded articles for the next run")  # fmt: skip
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="the threshold reported beside the best (default: filter.json's)",
    )
    parser.add_argument(
        "--keep-labelled",
        action="store_true",
        help="train on the labelled (Reuters) candidates when Reuters is held out",
    )
    parser.add_argument(
        "--cv",
        action="store_true",
        help="also the ordinary CV by article (5 folds x seeds 1, 2, 3)",
    )
    parser.add_argument("--sweep", action="store_true", help="print each fold's whole sweep")
    parser.add_argument(
        "--learned",
        default="",
        help="instead: code the free splits with these learned models on (proposer,pairs), "
        "each alone, and compare with run --base by source",
    )
    parser.add_argument("--base", default="start39", help="the rules-alone run (--learned)")
    parser.add_argument("--tag", default="domain49", help="runs saved as TAG-proposer ...")
    args = parser.parse_args(argv)
    started = time.time()
    if args.learned:
        learned_report(args.cache, args.base, args.learned.split(","), args.tag)
        return 0
    labelled, docs = coded_docs(args.cache, args.coded)
    shipped_threshold = args.threshold
    if shipped_threshold is None:
        import json

        shipped_threshold = json.loads(F.OUT.read_text())["threshold"]
    groups = by_source(d for d, _ in docs)
    print(
        f"{len(docs)} gold articles ("
        + ", ".join(f"{s} {len(v)}" for s, v in groups.items())
        + f"), {len(labelled)} labelled candidates ({time.time() - started:.0f} s)"
    )
    print(
        "\n| variant | held out (articles) | right / wrong at "
        f"{shipped_threshold} | P / R / F1 | best F1 threshold: right / wrong, P / R / F1 "
        "| AUC |\n|---|---|---|---|---|---|"
    )
    for name, fig in shipped_model_rows(docs, F.OUT).items():
        print(report_line("filter.json as shipped", name, fig, shipped_threshold))
    for variant in args.variants.split(","):
        figs = study(labelled, docs, variant, args)
        for held, fig in figs.items():
            print(report_line(variant, held, fig, shipped_threshold), flush=True)
        if args.sweep:
            F.print_sweep(f"{variant}, each source held out",
                          {h: f["sweep"] for h, f in figs.items()})  # fmt: skip
    if args.cv:
        print("\nordinary CV by article (5 folds x seeds 1, 2, 3, pooled over every source)")
        for variant in args.variants.split(","):
            keep, settings, _ = VARIANTS[variant]
            cfg = SimpleNamespace(cv=5, cv_seeds=[1, 2, 3], **{**SHIPPED, **settings})
            kept_docs = [(d, [(e, {n: v for n, v in f.items() if keep(n)}) for e, f in c])
                         for d, c in docs]  # fmt: skip
            pooled = F.cross_validate(restrict(labelled, keep), kept_docs, cfg)
            at = pooled[shipped_threshold]
            best = max(pooled, key=lambda t: (round(F.prf(pooled[t])[2], 6), t))
            p, r, f = F.prf(at)
            bp, br, bf = F.prf(pooled[best])
            print(f"| {variant} | at {shipped_threshold}: {int(at[0])} / {int(at[1])}, "
                  f"{p:.3f} / {r:.3f} / {f:.3f} | best {best:.2f}: {bp:.3f} / {br:.3f} / "
                  f"{bf:.3f} |", flush=True)  # fmt: skip
    print(f"({time.time() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
