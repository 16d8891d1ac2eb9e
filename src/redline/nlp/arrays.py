"""Picking tokens from a parse's arrays (``Doc.to_array``) without building spaCy ``Token``s."""

from __future__ import annotations

from collections.abc import Iterable

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
