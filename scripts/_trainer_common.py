"""What the training scripts of the learned event models share (issue #9: judge40's
``train_judgement.py``, frame41's ``train_unframed.py``): folds by article, the out-of-fold
loop, and the pooled root-level docgold figures when out-of-fold events are added to the
coder's run. The scripts import it from their own folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

import numpy as np

from redline.evaluate import misses as M
from redline.evaluate.docgold import predicted_tuple


def gold_spans(text: str, events: list[dict]) -> list[tuple[int, int, int]]:
    """(start, end, index) in ``text`` of each gold event's sentence, found as written or
    without its dateline; events whose sentence is not found are left out."""
    out = []
    for k, event in enumerate(events):
        sentence = (event.get("sentence") or "").strip()
        if not sentence:
            continue
        start = text.find(sentence)
        if start < 0:
            bare = M.DATELINE.sub("", sentence)
            start = text.find(bare)
            sentence = bare
        if start >= 0:
            out.append((start, start + len(sentence), k))
    return out


def folds_of(doc_ids: list[str], k: int, seed: int) -> dict[str, int]:
    """Each article's fold of ``k`` (shuffled by ``seed``): an article is tested whole."""
    ids = sorted(set(doc_ids))
    np.random.default_rng(seed).shuffle(ids)
    return {d: i % k for i, d in enumerate(ids)}


def out_of_fold(
    cands: list[Any],
    docs: list[Any],
    args: Any,
    fit: Callable[[list[Any]], Any],
    predict: Callable[[Any, list[Any]], np.ndarray],
    width: tuple[int, ...] = (),
    done: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Each candidate's probabilities (a row of ``width``) from the model ``fit`` on the other
    folds' articles (``args.folds``, ``args.seed``); ``done(fold)`` is told of each fold."""
    folds = folds_of([d.doc_id for d in docs], args.folds, args.seed)
    probs = np.zeros((len(cands), *width))
    for f in range(args.folds):
        train_c = [c for c in cands if folds[c.doc_id] != f]
        test_i = [i for i, c in enumerate(cands) if folds[c.doc_id] == f]
        model = fit(train_c)
        probs[test_i] = predict(model, [cands[i] for i in test_i])
        if done is not None:
            done(f)
    return probs


def is_polnear(doc_id: str) -> bool:
    """A PolNeAR article (gold id ``polnear:...``): the trainers report them apart from Reuters."""
    return doc_id.startswith("polnear:")


def polnear_splits(docs: Iterable[Any]) -> frozenset[str]:
    """The splits holding PolNeAR articles, read off the gold documents' ids (a list of split
    names kept by hand in each trainer went stale as splits were added)."""
    return frozenset(d.split for d in docs if is_polnear(d.doc_id))


def pooled_root(figs: dict, polnear_splits: frozenset[str], polnear: bool) -> tuple[int, int, int]:
    """(right, wrong, missed) root tuples, pooled over the PolNeAR splits or the others."""
    tp = fp = fn = 0
    for name, m in figs.items():
        if name == "pooled" or (name in polnear_splits) != polnear:
            continue
        tp, fp, fn = tp + m["root"]["tp"], fp + m["root"]["fp"], fn + m["root"]["fn"]
    return tp, fp, fn


def print_pooled(
    tag: str, figs: dict, polnear_splits: frozenset[str], ref: dict | None = None
) -> None:
    """One line of the Reuters and PolNeAR root figures, with the change from ``ref``."""
    parts = []
    for label, polnear in (("Reuters", False), ("PolNeAR", True)):
        tp, fp, fn = pooled_root(figs, polnear_splits, polnear)
        p, r = tp / (tp + fp), tp / (tp + fn)
        delta = ""
        if ref is not None:
            rtp, rfp, _ = pooled_root(ref, polnear_splits, polnear)
            delta = f" ({tp - rtp:+d} right {fp - rfp:+d} wrong)"
        parts.append(f"{label} {tp}/{fp} P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}{delta}")
    print(f"  {tag:10s} " + " | ".join(parts))


def with_events_added(
    run: Any,
    docs: list[Any],
    events_of: Callable[[Any], Iterable[tuple[Any, Any]]],
    added: Callable[[Any, tuple, Any], None] | None = None,
) -> Any:
    """``run`` with the events ``events_of(doc)`` gives (each with an item of the caller's)
    added to each document's kept events, one per root tuple (tuples the coder has are left);
    ``added(doc, tuple, item)`` is told of each event added."""
    out = replace(run, views={})
    for d in docs:
        views = dict(run.views[d.doc_id])
        kept = list(views["kept"])
        have = {predicted_tuple(e, "root") for e in kept}
        for event, item in events_of(d):
            key = predicted_tuple(event, "root")
            if key in have:
                continue
            have.add(key)
            kept.append(event)
            if added is not None:
                added(d, key, item)
        views["kept"] = kept
        out.views[d.doc_id] = views
    return out
