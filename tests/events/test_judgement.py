"""The learned classifier of evaluative statements (issue #9 judge40): the shipped weights load
and are small, the option is on by default, an event it adds names the model and its
probability, keeps its offsets, and never repeats a tuple the rules already coded."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import numpy as np
import pytest

from redline.events.judgement import (
    JUDGEMENT_CLASSES,
    JudgementModel,
    judgement_model_from_dict,
    load_judgement,
)

# our own sentences: a praise no evaluative list holds, and a criticism the rules already code
PRAISE = (
    "BERLIN (Reuters) - German Chancellor Angela Merkel said French President Emmanuel Macron "
    'had shown "great courage and vision" in his reform plans.'
)
CODED = (
    "WASHINGTON (Reuters) - Republican Senator Lindsey Graham said on Sunday that Iran was "
    '"the world\'s largest state sponsor of terrorism" and could not be trusted.'
)


def _toy(word: str, cls: str) -> JudgementModel:
    """A model that says ``cls`` with certainty when ``l=word`` is a feature, else none."""
    weights = np.zeros((1, len(JUDGEMENT_CLASSES)))
    weights[0, JUDGEMENT_CLASSES.index(cls)] = 20.0
    return JudgementModel(
        features={f"l={word}": 0},
        sparse=weights,
        dense=np.zeros((101, len(JUDGEMENT_CLASSES))),
        bias=np.array([2.0, 0.0, 0.0]),
        mean=np.zeros(101),
        scale=np.ones(101),
        threshold=0.8,
    )


def _code(text: str, judgement):
    from redline.clean import clean_document
    from redline.events.coder import make_event_coder
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.load()
    coder = make_event_coder(book=_book(pipeline.config), judgement=judgement)
    pipeline.replace_stage("events", coder)
    raw = RawDocument(source="<t>", text=text, published="2021-03-22")
    return pipeline(clean_document(raw))


def test_shipped_weights_are_small_and_load():
    ref = resources.files("redline.data") / "events" / "judgement.json"
    assert ref.is_file() and len(ref.read_bytes()) < 1_000_000
    data = json.loads(ref.read_text("utf-8"))
    assert data["classes"] == list(JUDGEMENT_CLASSES)
    model = load_judgement()
    assert model is not None and 0.5 <= model.threshold < 1.0
    assert model.sparse.shape == (len(model.features), 3) and model.dense.shape == (101, 3)
    assert np.all(model.scale > 0)


def test_probabilities_sum_to_one_and_read_the_features():
    model = _toy("disgrace", "neg")
    p = model.probabilities(["l=disgrace", "l=other"], np.zeros(101))
    assert np.isclose(p.sum(), 1.0) and JUDGEMENT_CLASSES[int(np.argmax(p))] == "neg"
    q = model.probabilities(["l=other"], np.zeros(101))
    assert JUDGEMENT_CLASSES[int(np.argmax(q))] == "none"
    data = {
        "classes": list(JUDGEMENT_CLASSES),
        "threshold": 0.7,
        "bias": [0, 0, 0],
        "mean": [0] * 101,
        "scale": [1] * 101,
        "dense": [[0, 0, 0]] * 101,
        "features": {"l=x": [0, 1, 0]},
    }
    loaded = judgement_model_from_dict(data)
    assert loaded.threshold == 0.7 and loaded.features == {"l=x": 0}


def test_option_is_on_by_default():
    from redline.config import Config

    assert Config.load(None).stage_settings("events").get("judgement") is True


@pytest.mark.model
def test_praise_in_a_speakers_words_is_coded_with_the_models_rule():
    off = _code(PRAISE, False)
    assert not [e for e in off.events if (e.rule or "").startswith("judgement:")]
    doc = _code(PRAISE, _toy("courage", "pos"))
    made = [e for e in doc.events if (e.rule or "").startswith("judgement:")]
    assert len(made) == 1
    event = made[0]
    assert event.code == "051" and event.root_code == "05"
    assert event.rule.startswith("judgement:051 p=1.00; quote:")
    assert event.source_actor.startswith("DEU") and event.target_actor.startswith("FRA")
    assert doc.text[event.start : event.end] == event.text
    assert doc.text[event.trigger_start : event.trigger_end] == event.trigger_text
    assert "courage" in event.trigger_text
    assert doc.text[event.target_start : event.target_end] == event.target_text
    assert "Macron" in event.target_text
    assert doc.text[event.source_start : event.source_end] == event.source_text
    # a model that never reaches its threshold adds nothing
    quiet = _code(PRAISE, replace(_toy("courage", "pos"), threshold=1.01))
    assert not [e for e in quiet.events if (e.rule or "").startswith("judgement:")]


@pytest.mark.model
def test_a_tuple_the_rules_coded_is_not_repeated():
    doc = _code(CODED, _toy("terrorism", "neg"))
    rules = [e for e in doc.events if not (e.rule or "").startswith("judgement:")]
    assert any(e.root_code == "11" and (e.target_actor or "").startswith("IRN") for e in rules)
    assert not [e for e in doc.events if (e.rule or "").startswith("judgement:")]
