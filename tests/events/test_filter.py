"""The learned precision filter: a confidence on every event, a threshold, packaged weights."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from redline.events.filter import FilterModel, load_filter

TEXT = (
    "WASHINGTON (Reuters) - The United States imposed new sanctions on Iran on Tuesday. "
    "Republican lawmakers said they would not meet Iranian officials. The minister, who had "
    "gone to bed early, held a meeting with the Japanese ambassador. Tehran accused Washington "
    "of economic terrorism and said it would retaliate."
)


def test_filter_packaged_weights_are_small_and_sane():
    ref = resources.files("redline.data") / "events" / "filter.json"
    assert ref.is_file()
    data = json.loads(ref.read_text("utf-8"))
    assert len(ref.read_bytes()) < 5_000_000
    model = load_filter()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert data["trained_on"] and data["examples"] > 100


def test_filter_confidence_is_a_logistic_of_the_features():
    model = FilterModel(weights={"a": 2.0, "b": -1.0}, bias=0.0, threshold=0.5, meta={})
    assert model.confidence({}) == 0.5
    assert model.confidence({"a": 1.0}) > model.confidence({}) > model.confidence({"b": 1.0})
    assert 0.0 <= model.confidence({"a": 1000.0}) <= 1.0


@pytest.mark.model
def test_filter_every_event_has_a_confidence_and_the_threshold_drops_the_rest(code_text):
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    model = load_filter()
    raw = RawDocument(source="<t>", text=TEXT, published="2017-12-01")
    default = Pipeline()(clean_document(raw))
    everything = with_event_settings(Pipeline(), min_confidence=0.0)(clean_document(raw))
    assert everything.events, "the text has events"
    for event in everything.events:
        assert event.confidence is not None and 0.0 <= event.confidence <= 1.0
    kept = [e for e in everything.events if e.confidence >= model.threshold]
    assert [(e.code, e.trigger_start) for e in default.events] == [
        (e.code, e.trigger_start) for e in kept
    ]


@pytest.mark.model
def test_filter_cli_min_confidence_keeps_events_when_lowered(tmp_path):
    from typer.testing import CliRunner

    from redline.cli.main import app

    path = tmp_path / "news.txt"
    path.write_text(TEXT, encoding="utf-8")
    counts = []
    for extra in ([], ["--min-confidence", "0"]):
        out = tmp_path / f"out{len(extra)}.jsonl"
        result = CliRunner().invoke(
            app, ["code", str(path), "--no-db", "--jsonl", str(out), "-q", *extra]
        )
        assert result.exit_code == 0, result.output
        record = json.loads(out.read_text().splitlines()[0])
        counts.append(len(record["events"]))
        assert all(e["confidence"] is not None for e in record["events"])
    assert counts[1] >= counts[0]
