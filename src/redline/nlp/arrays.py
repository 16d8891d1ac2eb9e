"""Picking tokens from a parse's arrays (``Doc.to_array``) without building spaCy ``Token``s."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any

import numpy


def one_of(values: numpy.ndarray, wanted: Iterable[int]) -> numpy.ndarray:
    """A boolean mask of the ``values`` (a uint64 column: string hashes, part-of-speech ids) that
    are in ``wanted``, compared exactly as uint64. ``numpy.isin`` gives the same mask but sorts
    both arrays on every call: for a document's few thousand tokens against a handful of words
    a binary search in the sorted wanted values is about three times cheaper. An ndarray
    ``wanted`` is taken as made by :func:`keys_of` (sorted, unique, uint64)."""
    keys = wanted if isinstance(wanted, numpy.ndarray) else keys_of(wanted)
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    if len(keys) <= 4:
        mask = values == keys[0]
        for key in keys[1:]:
            mask |= values == key
        return mask
    at = numpy.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return keys[at] == values


def keys_of(wanted: Iterable[int]) -> numpy.ndarray:
    """``wanted`` as :func:`one_of` searches it: sorted, unique, uint64."""
    return numpy.unique(numpy.asarray(list(wanted), dtype=numpy.uint64))


def string_positions(
    doc: Any, attr: str, keep: Callable[[str], bool], answers: dict[int, bool] | None = None
) -> list[int]:
    """The indices, in order, of the tokens of ``doc`` whose string attribute ``attr`` ("LOWER",
    "LEMMA", ...) ``keep`` accepts: the same tokens as a walk asking ``keep(tok.lemma_)`` of
    each, but ``keep`` is asked once per distinct string of the document and no token is
    built. ``answers``: ``keep``'s answers by string id, kept by the caller across documents
    (only for a ``keep`` that is a fixed function of the string alone: issue #9 speed55)."""
    column = doc.to_array(attr)
    if not len(column):
        return []
    strings = doc.vocab.strings
    # each distinct string once (a set: ``numpy.unique`` sorts, for more than it saves here)
    if answers is None:
        wanted = [key for key in set(column.tolist()) if keep(strings[key])]
    else:
        wanted = []
        for key in set(column.tolist()):
            kept = answers.get(key)
            if kept is None:
                kept = answers[key] = keep(strings[key])
            if kept:
                wanted.append(key)
    return numpy.flatnonzero(one_of(column, wanted)).tolist() if wanted else []


def tokens_at(sent: Any, where: list[int]) -> list[Any]:
    """The tokens of ``sent`` (a span) at ``where``, sorted positions in its whole parse found
    once per parse from its arrays, in order: only these tokens are built."""
    doc = sent.doc
    return [doc[i] for i in where[bisect_left(where, sent.start) : bisect_left(where, sent.end)]]


def has_position_in(sent: Any, where: list[int]) -> bool:
    """Whether any of the sorted parse positions ``where`` falls inside ``sent``, no token built."""
    return bisect_left(where, sent.start) < bisect_left(where, sent.end)
