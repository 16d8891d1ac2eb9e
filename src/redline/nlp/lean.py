"""Run the model's networks for inference without keeping every layer's arrays alive.

thinc's ``chain`` keeps the backward callback of each of its layers until it returns, and each
callback holds the arrays its layer computed, whether or not the call is training. For a
``Doc`` of 4,500 tokens the two token-to-vector networks of ``en_core_web_sm`` (embeddings and
four window layers, each ``chain``\\ s of ``chain``\\ s) so held about 17 kB a token at once:
80-90 MB over the idle process for one 20,000-character piece of a long interview, the
largest process's peak at 10,000 articles (issue #11). A chain called for inference here drops
each layer's callback as soon as the next layer has its input: the same operations on the same
arrays in the same order, so every tag, arc, entity and tensor is the same bit for bit; only
the arrays die sooner (+27 MB for that piece instead of +85). Training (``is_train=True``) goes
through thinc's own ``chain`` unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import thinc.layers  # noqa: F401  (imports the module whose ``forward`` is looked up below)
from thinc.api import Model

if TYPE_CHECKING:
    from spacy.language import Language

# ``thinc.layers.chain`` names the function once the package is imported, so the module is
# taken from sys.modules.
_CHAIN_FORWARD: Callable[..., Any] = sys.modules["thinc.layers.chain"].forward


def _no_backprop(dY: Any) -> Any:
    raise RuntimeError("redline ran this chain for inference only; it has no backward pass")


def _inference_chain_forward(model: Model, X: Any, is_train: bool) -> tuple[Any, Callable]:
    """thinc's ``chain`` forward, but for inference without the callbacks (see module doc)."""
    if is_train:
        return _CHAIN_FORWARD(model, X, is_train)
    for layer in model.layers:
        X = layer(X, is_train=False)[0]
    return X, _no_backprop


def lean_inference(nlp: Language) -> int:
    """Make every ``chain`` in ``nlp``'s components run inference lean; the number changed."""
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if node._func is _CHAIN_FORWARD:
                node._func = _inference_chain_forward
                changed += 1
    return changed
