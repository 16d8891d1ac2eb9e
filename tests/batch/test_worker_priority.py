"""Workers yield the CPU to interactive work (``[pipeline] nice``), so a dashboard on the same
store stays responsive while a batch codes (issue #12)."""

from __future__ import annotations

import multiprocessing
import os
from types import SimpleNamespace

import pytest

from redline.batch import lower_priority


def _niceness_after(nice: int, queue) -> None:
    lower_priority(SimpleNamespace(config=SimpleNamespace(pipeline={"nice": nice})))
    queue.put(os.nice(0))


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no os.nice on this platform")
@pytest.mark.parametrize("nice", [0, 5])
def test_a_worker_lowers_its_priority_by_the_configured_step(nice):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_niceness_after, args=(nice, queue))
    process.start()
    got = queue.get(timeout=30)
    process.join(30)
    assert got == min(os.nice(0) + nice, 19)


def test_the_default_config_lowers_workers_a_little():
    from redline.config import Config

    assert Config.load().pipeline["nice"] == 10
