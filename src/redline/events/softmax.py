"""The small numpy softmax the learned event models share (issue #9: judge40's classifier of
evaluative statements, frame41's model for unframed triggers): a weight row per sparse
feature name, a dense block over a standardised row, a bias; trained by full-batch Adam with
L2, written rounded as JSON so that a second run writes the same bytes."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass(frozen=True)
class SoftmaxModel:
    """Softmax weights: a row per sparse feature name, the dense rows, the bias, the dense
    row's standardisation and the threshold events are emitted at."""

    features: dict[str, int]
    sparse: np.ndarray
    dense: np.ndarray
    bias: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    threshold: float

    def probabilities(self, names: list[str], dense: np.ndarray) -> np.ndarray:
        z = ((dense - self.mean) / self.scale) @ self.dense + self.bias
        for name in dict.fromkeys(names):
            i = self.features.get(name)
            if i is not None:
                z = z + self.sparse[i]
        z = np.exp(z - z.max())
        return z / z.sum()


def softmax_model_from_dict(data: dict[str, Any], width: int) -> SoftmaxModel:
    """The model of a weights file (``write_softmax``'s format) over ``width`` classes."""
    names = list(data["features"])
    return SoftmaxModel(
        features={n: i for i, n in enumerate(names)},
        sparse=np.asarray([data["features"][n] for n in names], dtype=float).reshape(-1, width),
        dense=np.asarray(data["dense"], dtype=float).reshape(-1, width),
        bias=np.asarray(data["bias"], dtype=float),
        mean=np.asarray(data["mean"], dtype=float),
        scale=np.asarray(data["scale"], dtype=float),
        threshold=float(data["threshold"]),
    )


# -- training (scripts/train_judgement.py, scripts/train_unframed.py) --------------------------


def _sum_by(index: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """The rows of ``values`` summed by ``index`` (a sparse product, with numpy alone: one
    ``bincount`` per class is far quicker than ``np.add.at``)."""
    out = np.empty((size, values.shape[1]), dtype=np.float32)
    for j in range(values.shape[1]):
        out[:, j] = np.bincount(index, weights=values[:, j], minlength=size)
    return out


def fit_softmax(
    features: list[list[str]],
    dense: np.ndarray,
    labels: list[int],
    n_classes: int,
    *,
    l2: float,
    steps: int,
    min_count: int,
    seed: int,
    rate: float = 0.05,
) -> dict[str, Any]:
    """Softmax regression by full-batch Adam over the sparse names (those seen in at least
    ``min_count`` rows) and the standardised dense rows; a dict of vocab, w, d, b, mu, sd.
    numpy alone (the package's trainers need no scipy)."""
    counts = Counter(n for names in features for n in set(names))
    vocab = {n: i for i, n in enumerate(sorted(n for n, k in counts.items() if k >= min_count))}
    rows = [[vocab[n] for n in dict.fromkeys(names) if n in vocab] for names in features]
    sizes = [len(r) for r in rows]
    cols = np.fromiter((j for r in rows for j in r), dtype=np.int64, count=sum(sizes))
    row_of = np.repeat(np.arange(len(rows)), sizes)
    x = np.asarray(dense, dtype=np.float32)
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    x = (x - mu) / sd
    y = np.asarray(labels)
    n, k = len(y), n_classes
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), y] = 1.0
    rng = np.random.default_rng(seed)
    params = [
        np.zeros((len(vocab), k), dtype=np.float32),
        rng.normal(0, 0.01, (x.shape[1], k)).astype(np.float32),
        np.zeros(k, dtype=np.float32),
    ]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for t in range(1, steps + 1):
        w, d, b = params
        z = x @ d + b + _sum_by(row_of, w[cols], n)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        r = (p - onehot) / n
        grads = [_sum_by(cols, r[row_of], len(vocab)) + l2 * w, x.T @ r + l2 * d, r.sum(axis=0)]
        for j, g in enumerate(grads):
            m[j] = 0.9 * m[j] + 0.1 * g
            v[j] = 0.999 * v[j] + 0.001 * g**2
            params[j] = params[j] - rate * (m[j] / (1 - 0.9**t)) / (
                np.sqrt(v[j] / (1 - 0.999**t)) + 1e-8
            )
    return {"vocab": vocab, "w": params[0], "d": params[1], "b": params[2], "mu": mu, "sd": sd}


def predict_softmax(model: dict[str, Any], features: list[list[str]], dense: np.ndarray):
    """Class probabilities of each row under a ``fit_softmax`` result."""
    vocab, w = model["vocab"], model["w"]
    z = ((np.asarray(dense, dtype=np.float32) - model["mu"]) / model["sd"]) @ model["d"]
    z = z + model["b"]
    for i, names in enumerate(features):
        ids = [vocab[n] for n in dict.fromkeys(names) if n in vocab]
        if ids:
            z[i] += w[ids].sum(axis=0)
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def write_softmax(
    model: dict[str, Any], path: str | Path, classes: tuple[str, ...], threshold: float, note: str
) -> None:
    """The weights as JSON (rounded: a second run writes the same bytes)."""

    def r(a) -> list:
        return [round(float(x), 4) for x in np.asarray(a).ravel()]

    w = model["w"]
    data = {
        "classes": list(classes),
        "threshold": threshold,
        "trained_on": note,
        "bias": r(model["b"]),
        "mean": r(model["mu"]),
        "scale": r(np.maximum(model["sd"], 1e-4)),  # a constant column: 0 / 1e-4, not 0 / 0
        "dense": [r(row) for row in model["d"]],
        "features": {name: r(w[i]) for name, i in sorted(model["vocab"].items())},
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    Path(path).write_text(text + "\n", encoding="utf-8")


# -- the events a learned model adds -----------------------------------------------------------


def learned_event(
    doc: Any,
    sent: Any,
    code: str,
    *,
    source: tuple[int, int, str] | None,
    target: tuple[int, int, str] | None,
    trigger: tuple[int, int],
    rule: str,
    probability: float,
) -> Any:
    """An event a learned model adds: the sentence's span, the CAMEO columns of ``code``, the
    source and target as (start, end, actor code), the trigger's offsets, the rule naming the
    model and its probability, the confidence the probability."""
    from redline.events.cameo import load_cameo
    from redline.events.coder import code_columns
    from redline.model import Event

    def side(part: tuple[int, int, str] | None) -> tuple[str | None, int | None, int | None,
                                                         str | None]:  # fmt: skip
        if part is None:
            return None, None, None, None
        start, end, actor = part
        return doc.text[start:end], start, end, actor

    s_text, s_start, s_end, s_actor = side(source)
    t_text, t_start, t_end, t_actor = side(target)
    return Event(
        start=sent.start_char,
        end=sent.end_char,
        text=doc.text[sent.start_char : sent.end_char],
        **code_columns(load_cameo()[code]),
        source_text=s_text,
        source_start=s_start,
        source_end=s_end,
        source_actor=s_actor,
        target_text=t_text,
        target_start=t_start,
        target_end=t_end,
        target_actor=t_actor,
        trigger_text=doc.text[trigger[0] : trigger[1]],
        trigger_start=trigger[0],
        trigger_end=trigger[1],
        date=doc.published,
        rule=rule,
        confidence=round(float(probability), 4),
    )
