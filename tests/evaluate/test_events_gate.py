"""Evaluation gate: event coding must not fall below the floors in evaluation/events_floors.json.

The floors are the figures achieved when they were pinned, rounded down; raise them when the
coder improves, never lower them to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared_data import shared_path

REPO = Path(__file__).parents[2]
GOLD = shared_path("eval/events/gold")
FLOORS = json.loads((REPO / "evaluation/events_floors.json").read_text())

pytestmark = [pytest.mark.model, pytest.mark.slow]


def metric(metrics: dict, dotted: str) -> float:
    value = metrics
    for part in dotted.split("."):
        value = value[part]
    return value


@pytest.fixture(scope="module")
def pipeline():
    from redline.evaluate.events import sentence_pipeline

    return sentence_pipeline()


@pytest.mark.parametrize("dataset", sorted(FLOORS["datasets"]))
def test_events_gate_metrics_at_or_above_floors(dataset, pipeline):
    path = GOLD / f"{dataset}.jsonl"
    if not path.is_file():
        pytest.skip(f"gold file {path} not available")
    from redline.evaluate.events import evaluate_events

    metrics = evaluate_events(str(path), pipeline=pipeline)
    for name, floor in FLOORS["datasets"][dataset].items():
        assert metric(metrics, name) >= floor, f"{dataset} {name} fell below {floor}"
