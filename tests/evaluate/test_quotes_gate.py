"""CI gate: quote extraction on a fixed PolNeAR dev subset must not drop below pinned floors.

The floors in ``evaluation/quotes_floors.json`` are the figures achieved when they were last
raised, rounded down; raise them when accuracy improves, never lower them.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from shared_data import shared_path

REPO = Path(__file__).parents[2]
GOLD = shared_path("eval/quotes/polnear.dev.jsonl")
FLOORS = REPO / "evaluation/quotes_floors.json"


def _metric(metrics: dict, dotted: str) -> float:
    value = metrics
    for key in dotted.split("."):
        value = value[key]
    return value


@pytest.fixture(scope="module")
def gate():
    if not GOLD.is_file():
        pytest.skip(f"PolNeAR gold not found at {GOLD} (evaluation data is not shipped)")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    from redline.evaluate.quotes import evaluate_quotes

    started = time.perf_counter()
    metrics = evaluate_quotes(str(GOLD), limit=floors["limit"])
    return floors, metrics, time.perf_counter() - started


def test_quotes_gate_metrics_at_or_above_floors(gate):
    floors, metrics, _ = gate
    below = {
        name: (round(_metric(metrics, name), 4), floor)
        for name, floor in floors["floors"].items()
        if _metric(metrics, name) < floor
    }
    assert not below, f"quote metrics below their floors (achieved, floor): {below}"


def test_quotes_gate_scores_the_whole_subset(gate):
    # No wall-clock assertion: speed is measured in benchmarks/, never as a timed test.
    floors, metrics, _ = gate
    assert metrics["n_docs"] == floors["limit"]
