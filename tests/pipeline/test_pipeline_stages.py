"""Stages by name: contracts checked when the pipeline is built; add, remove, replace by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.errors import RedlineError
from redline.model import Document
from redline.pipeline import Pipeline
from redline.stages import REGISTRY, describe

pytestmark = pytest.mark.model

TEXT = (
    "Iran condemned the attack on its embassy in Baghdad on Tuesday, the foreign ministry said. "
    "Germany's foreign minister Heiko Maas met his French counterpart in Paris."
)


def test_stages_default_pipeline_follows_the_config():
    pipeline = Pipeline(workers=1)
    assert pipeline.stage_names == [
        "language",
        "actors",
        "graph",
        "quotes",
        "speakers",
        "quote_actors",
        "events",
        "event_actors",
        "entities",
        "quantities",
        "dates",
        "places",
    ]
    assert {s["name"] for s in describe()} >= set(pipeline.stage_names)


def test_stages_out_of_order_is_an_error_naming_both():
    with pytest.raises(RedlineError, match="'quote_actors' requires 'quotes'.*'quotes' sets it"):
        Pipeline({"pipeline.stages": ["actors", "quote_actors", "quotes"]}, workers=1)


def test_stages_unknown_name_lists_the_registered_ones():
    with pytest.raises(RedlineError, match="unknown stage 'sentiment'.*events"):
        Pipeline({"pipeline.stages": ["actors", "sentiment"]}, workers=1)


def test_stages_remove_replace_and_add_by_name():
    pipeline = Pipeline(workers=1)
    with pytest.raises(RedlineError, match="requires 'quotes'"):
        pipeline.remove_stage("quotes")  # speakers and quote_actors still need it
    pipeline.remove_stage("quote_actors")
    pipeline.remove_stage("speakers")
    pipeline.remove_stage("quotes")
    assert "quotes" not in pipeline.stage_names

    def no_events(doc: Document) -> Document:
        doc.events = []
        return doc

    pipeline.replace_stage("events", no_events)

    def count_words(doc: Document) -> Document:
        doc.meta["words"] = len(doc.text.split())
        return doc

    pipeline.add_stage("count_words", count_words, after="actors", assigns=("meta.words",))
    assert pipeline.stage_names[1:3] == ["actors", "count_words"]
    doc = pipeline(Document(text=TEXT))
    assert doc.quotes == [] and doc.events == []
    assert doc.meta["words"] == len(TEXT.split())
    assert doc.entities  # the parse and the other stages still ran
    REGISTRY.pop("count_words", None)


def test_stages_factory_named_in_config_builds_a_users_stage(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).parent))
    config = {
        "pipeline.stages": ["actors", "shout"],
        "stage.shout": {"factory": "shout_stage:make", "word": "ALERT"},
    }
    doc = Pipeline(config, workers=1)(Document(text=TEXT))
    assert doc.warnings == ["ALERT: 2 sentences"]


def test_stages_settings_reach_the_factory_and_bad_ones_are_named():
    with pytest.raises(RedlineError, match="stage 'events': bad settings.*colour"):
        Pipeline({"stage.events": {"colour": "red"}}, workers=1).load()
