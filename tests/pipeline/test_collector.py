"""Loading holds off the cyclic garbage collector and gives it back as it was."""

from __future__ import annotations

import gc

from redline.pipeline import collector_paused


def test_collector_paused_raises_the_threshold_for_the_block_only():
    before = gc.get_threshold()
    with collector_paused():
        assert gc.get_threshold()[0] > 1_000_000
        gc.disable()  # as srsly's msgpack reader does inside spaCy's load, and then
        gc.enable()  # turns it back on: the raised threshold still holds
        assert gc.get_threshold()[0] > 1_000_000
        with collector_paused():  # nested: the outer block restores
            pass
        assert gc.get_threshold()[0] > 1_000_000
    assert gc.get_threshold() == before


def test_collector_paused_leaves_a_switched_off_collector_alone():
    before = gc.get_threshold()
    gc.set_threshold(0)
    try:
        with collector_paused():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
