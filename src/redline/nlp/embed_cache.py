"""Remember each token's embedding row instead of computing it again for every occurrence.

In ``en_core_web_sm`` both token-to-vector networks (the shared ``tok2vec`` and the NER's own)
begin with a ``MultiHashEmbed``: the token's attribute ids (NORM, PREFIX, SUFFIX, SHAPE, and for
the shared one SPACY and IS_SPACE) are hashed into four tables, concatenated and mixed by a
``Maxout`` and a ``LayerNorm`` into one 96-wide row. That row depends on those ids alone, not on
the neighbouring tokens (only the window layers after it do), and it is about a tenth of the
parse's CPU (the mix is a 576- or 384-wide matrix product per token). Here the row is kept per
key in a bounded table and computed only for keys not seen before, **by the model's own layers**
on the batch of those keys: every operation in them (hash, gather-sum, BLIS ``gemm``, maxout,
the row's mean and variance) works row by row, so a row comes out the same, bit for bit,
whatever other rows share its batch (checked on 1,000 corpus articles against the stock
pipeline, ``benchmarks/fast_rules_check.py``, and tried at load on random ids, see
:func:`rows_independent`: where it does not hold, the network is left as it is). A network of
another shape is left as it is; training (``is_train=True``) goes through the original
forward.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy
import thinc.layers  # noqa: F401  (imports the module whose ``forward`` is looked up below)
from thinc.api import Model

if TYPE_CHECKING:
    from spacy.language import Language

# Keys a table holds before it is emptied (a 96-float row and its key: about 4 MB per network at
# the limit), so that memory stays flat over a stream of millions of articles.
CACHE_LIMIT = 8_192
_EMBED_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")
_CONCATENATE: Callable[..., Any] = sys.modules["thinc.layers.concatenate"].forward


class EmbeddingCache:
    """The embedding rows of one ``MultiHashEmbed`` chain, keyed by the token's attribute ids."""

    def __init__(self, chain: Model, limit: int = CACHE_LIMIT) -> None:
        self.chain = chain
        self.original: Callable[..., Any] = chain._func
        self.extract, _, self.hash_embed, self.mix, _ = chain.layers
        self.limit = limit
        self.index: dict[bytes, int] = {}
        self.table = numpy.zeros((0, 0), dtype="float32")
        self.size = 0
        self.hits = self.misses = 0
        # one batch at a time: a table emptied by another thread mid-batch would mix up its rows
        self.lock = threading.Lock()

    def __getstate__(self) -> dict:
        """Pickled (a component sent to another process) without its lock."""
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.lock = threading.Lock()

    def clear(self) -> None:
        """Forget every row (the table is refilled as keys come back)."""
        self.index.clear()
        self.size = 0

    def forward(self, model: Model, docs: Any, is_train: bool) -> tuple[Any, Callable]:
        if is_train:
            return self.original(model, docs, is_train)
        features = self.extract.predict(docs)
        lengths = [len(f) for f in features]
        total = sum(lengths)
        if not total:
            return self.original(model, docs, is_train)
        ids = numpy.ascontiguousarray(numpy.concatenate(features), dtype="uint64")
        width = ids.shape[1]
        keys = ids.view(f"V{8 * width}").ravel()
        unique, first, inverse = numpy.unique(keys, return_index=True, return_inverse=True)
        if len(unique) > self.limit:  # a batch larger than the table: computed as it comes
            return self.original(model, docs, is_train)
        with self.lock:
            if self.size + len(unique) > self.limit:
                self.clear()
            index = self.index
            slots = numpy.fromiter(
                (index.get(k, -1) for k in unique.tolist()), dtype="int64", count=len(unique)
            )
            missing = numpy.flatnonzero(slots < 0)
            self.hits += len(unique) - len(missing)
            self.misses += len(missing)
            if len(missing):
                rows = self.mix.predict(self.hash_embed.predict(ids[first[missing]]))
                start = self.size
                end = start + len(missing)
                self._reserve(end, rows)
                self.table[start:end] = rows
                self.size = end
                new_slots = numpy.arange(start, end)
                slots[missing] = new_slots
                for k, slot in zip(unique[missing].tolist(), new_slots.tolist(), strict=True):
                    index[k] = slot
            out = self.table[slots[inverse.ravel()]]
        return model.ops.unflatten(out, model.ops.asarray1i(lengths)), _no_backprop

    def _reserve(self, rows_needed: int, like: numpy.ndarray) -> None:
        """Grow the table (doubling, up to the limit) to hold ``rows_needed`` rows."""
        if rows_needed <= len(self.table):
            return
        capacity = min(self.limit, max(rows_needed, 2 * len(self.table), 1024))
        grown = numpy.empty((capacity, like.shape[1]), dtype=like.dtype)
        if self.size:
            grown[: self.size] = self.table[: self.size]
        self.table = grown


def _no_backprop(dY: Any) -> Any:
    raise RuntimeError("redline ran this embedding for inference only; it has no backward pass")


def _is_hash_embed_chain(node: Model) -> bool:
    """A spaCy ``MultiHashEmbed`` as built for ``en_core_web_sm`` (features, hash tables
    concatenated, one Maxout+LayerNorm mix): the shape whose rows depend on the ids alone."""
    names = tuple(layer.name.split("(", 1)[0] for layer in node.layers)
    if names != _EMBED_LAYERS:
        return False
    hashes, mix = node.layers[2].layers[0], node.layers[3].layers[0]
    if hashes._func is not _CONCATENATE or not hashes.layers:
        return False
    for branch in hashes.layers:
        if [layer.name for layer in branch.layers] != ["ints-getitem", "hashembed"]:
            return False
    kinds = sorted(layer.name for layer in mix.walk() if not layer.layers)
    return kinds == ["dropout", "layernorm", "maxout"]


# Batch sizes compared with one batch of PROBE_ROWS rows when a cache is installed.
PROBE_ROWS = 2048
PROBE_SIZES = (1, 2, 3, 7, 16, 64, 200, 511, 1500)


def rows_independent(chain: Model) -> bool:
    """Whether the chain's hash tables and mix give a row the same bits in a batch of any size.

    True of every operation in them on the BLIS kernels measured (``docs/benchmarks.md``), but a
    BLAS may pick another kernel for a small matrix (BLIS's "sup" path on some CPUs), which can
    add in another order; so it is tried once, at load, on random ids: the rows of batches of
    ``PROBE_SIZES`` against the same rows of one batch of ``PROBE_ROWS``."""
    extract, _, hash_embed, mix, _ = chain.layers
    width = len(extract.attrs["columns"])
    ids = numpy.random.default_rng(13).integers(0, 2**63, size=(PROBE_ROWS, width), dtype="uint64")
    whole = mix.predict(hash_embed.predict(ids))
    for size in PROBE_SIZES:
        for start in (0, PROBE_ROWS - size):
            part = mix.predict(hash_embed.predict(ids[start : start + size]))
            if part.tobytes() != whole[start : start + size].tobytes():
                return False
    return True


def cache_embeddings(nlp: Language, limit: int = CACHE_LIMIT) -> list[EmbeddingCache]:
    """Put an :class:`EmbeddingCache` in front of every ``MultiHashEmbed`` of ``nlp``'s
    networks (each once, however many components listen to it) whose rows do not depend on
    their batch (:func:`rows_independent`); returns the caches."""
    caches = []
    seen: set[int] = set()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if node.id in seen or isinstance(getattr(node._func, "__self__", None), EmbeddingCache):
                continue
            seen.add(node.id)
            if _is_hash_embed_chain(node) and rows_independent(node):
                cache = EmbeddingCache(node, limit)
                node._func = cache.forward
                caches.append(cache)
    return caches


def installed_caches(nlp: Language) -> list[EmbeddingCache]:
    """The :class:`EmbeddingCache` s :func:`cache_embeddings` put in ``nlp``'s networks, in
    pipeline order (a cache is listed under every component whose network walks through it)."""
    return [
        node._func.__self__
        for _, proc in nlp.pipeline
        if hasattr(proc, "model")
        for node in proc.model.walk()
        if isinstance(getattr(node._func, "__self__", None), EmbeddingCache)
    ]
