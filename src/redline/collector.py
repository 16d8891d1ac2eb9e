"""Holding off Python's cyclic garbage collector while a process loads what it keeps for life."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off for the block: loading the model and the
    stages' tables makes hundreds of thousands of objects that live as long as the process, and
    every 700 of them set off a collection, every few thousand one that walks every object made
    so far; a run spent about 0.4 s of CPU in such collections while loading, which found
    nothing to free. Reference counting still frees what the block drops. (A raised threshold
    rather than ``gc.disable``, which srsly's msgpack reader undoes inside spaCy's load.)"""
    thresholds = gc.get_threshold()
    if thresholds[0] == 0:  # the collector is off already
        yield
        return
    gc.set_threshold(1 << 30, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
