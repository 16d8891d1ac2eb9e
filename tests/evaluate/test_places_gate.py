"""CI gate: event places on event_location_gold and every place mention of the own place gold
(evaluation/placegold) must not drop below the pinned floors.

The floors in ``evaluation/places_floors.json`` are the figures achieved when they were last
raised, rounded down; raise them when place choice improves, never lower them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared_data import shared_path

REPO = Path(__file__).parents[2]
FLOORS = REPO / "evaluation/places_floors.json"

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _gold() -> Path | None:
    """The shared gold file, wherever `shared_data` finds it."""
    path = shared_path("eval/events/gold/event_location_gold.jsonl")
    return path if path.is_file() else None


@pytest.fixture(scope="module")
def gate():
    gold = _gold()
    if gold is None:
        pytest.skip("event_location_gold not found (evaluation data is not shipped)")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    from redline.evaluate.places import evaluate_places

    return floors, evaluate_places(str(gold), limit=floors["limit"])


def test_places_gate_metrics_at_or_above_floors(gate):
    floors, metrics = gate
    below = {
        name: (round(metrics[name], 4), floor)
        for name, floor in floors["floors"].items()
        if metrics[name] < floor
    }
    assert not below, f"place metrics below their floors (achieved, floor): {below}"


def test_places_gate_scores_every_sentence(gate):
    floors, metrics = gate
    assert metrics["n_sentences"] == floors["limit"]
    assert metrics["located"] + metrics["unlocated"] == metrics["n_sentences"]


PLACEGOLD = REPO / "evaluation/placegold"


@pytest.fixture(scope="module")
def placegold_gate():
    if not (PLACEGOLD / "articles.jsonl").is_file():
        pytest.skip("evaluation/placegold not found")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["placegold"]
    from redline.evaluate.places import evaluate_placegold

    return floors, evaluate_placegold(PLACEGOLD)


def test_placegold_gate_metrics_at_or_above_floors(placegold_gate):
    floors, metrics = placegold_gate
    below = {
        name: (round(metrics[name], 4), floor)
        for name, floor in floors["floors"].items()
        if metrics[name] < floor
    }
    assert not below, f"own place gold below its floors (achieved, floor): {below}"
    above = {
        name: (metrics[name], ceiling)
        for name, ceiling in floors["ceilings"].items()
        if metrics[name] > ceiling
    }
    assert not above, f"own place gold above its ceilings (achieved, ceiling): {above}"


def test_placegold_gate_meets_the_issue_targets(placegold_gate):
    _, metrics = placegold_gate
    assert metrics["n_articles"] == 32 and metrics["gold_mentions"] == 368
    assert metrics["precision"] >= 0.90 and metrics["recall"] >= 0.80
    assert metrics["persons_orgs_geocoded"] == 0
