"""Evaluation gate: whole-article event coding on the document-level gold's dev split must not
fall below evaluation/events_docs_floors.json (floors only ever go up). The test split is never
scored here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
DOCGOLD = REPO / "evaluation/docgold"
FLOORS = json.loads((REPO / "evaluation/events_docs_floors.json").read_text())

pytestmark = [pytest.mark.model, pytest.mark.slow]


def gold_path() -> Path | None:
    """The adjudicated gold, else the annotation passes (provisional), else nothing."""
    if (DOCGOLD / "gold.jsonl").is_file():
        return DOCGOLD / "gold.jsonl"
    passes = DOCGOLD / "passes"
    if passes.is_dir() and any(passes.rglob("*.json")):
        return passes
    return None


def test_events_docs_gate_dev_metrics_at_or_above_floors():
    gold = gold_path()
    if gold is None:
        pytest.skip("no document-level gold in evaluation/docgold")
    from redline.evaluate.docgold import evaluate_doc_events

    assert FLOORS["split"] == "dev"
    metrics = evaluate_doc_events(gold, split="dev", articles=DOCGOLD / "articles.jsonl")
    assert metrics["documents"] > 0
    assert not metrics["stage_failures"], metrics["stage_failures"][:3]
    for name, floor in FLOORS["metrics"].items():
        level, measure = name.split(".")
        assert metrics[level][measure] >= floor, f"{name} {metrics[level][measure]} < {floor}"
