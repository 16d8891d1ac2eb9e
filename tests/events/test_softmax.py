"""The small softmax the learned event models share (issue #9 frame41, factored out of judge40's
trainer): it learns a separable toy, trains and writes deterministically, the written weights
score as the trainer does, and the event a learned model adds keeps its offsets."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np

from redline.events.softmax import (
    fit_softmax,
    learned_event,
    predict_softmax,
    softmax_model_from_dict,
    write_softmax,
)


def _toy() -> tuple[list[list[str]], np.ndarray, list[int]]:
    features = [["lem=meet", "s:dep=nsubj"]] * 30 + [["lem=meet", "s:dep=poss"]] * 30
    dense = np.zeros((60, 2), dtype=np.float32)
    dense[:, 1] = np.linspace(0, 1, 60)
    return features, dense, [1] * 30 + [0] * 30


def test_fit_learns_a_toy_and_the_written_weights_score_alike(tmp_path):
    features, dense, labels = _toy()
    fit = dict(l2=0.0001, steps=200, min_count=2, seed=1)
    model = fit_softmax(features, dense, labels, 2, **fit)
    probs = predict_softmax(model, features, dense)
    assert probs[0, 1] > 0.9 and probs[-1, 1] < 0.1
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_softmax(model, first, ("none", "event"), 0.8, "toy")
    write_softmax(fit_softmax(features, dense, labels, 2, **fit), second, ("none", "event"), 0.8,
                  "toy")  # fmt: skip
    assert first.read_bytes() == second.read_bytes()
    loaded = softmax_model_from_dict(json.loads(first.read_text()), 2)
    assert loaded.threshold == 0.8
    again = loaded.probabilities(features[0], dense[0])
    assert abs(again[1] - probs[0, 1]) < 0.01


def test_a_name_seen_too_rarely_has_no_weight():
    features, dense, labels = _toy()
    features = [*features, ["lem=rare"]]
    dense = np.vstack([dense, np.zeros((1, 2), dtype=np.float32)])
    model = fit_softmax(features, dense, [*labels, 1], 2, l2=0.0, steps=5, min_count=2, seed=1)
    assert "lem=rare" not in model["vocab"] and "lem=meet" in model["vocab"]


def test_learned_event_keeps_offsets_and_names_the_model():
    text = "Ankara - Turkish envoys met Greek officials in Athens on Monday, the ministry said."
    doc = SimpleNamespace(text=text, published="2024-05-06")
    sent = SimpleNamespace(start_char=9, end_char=len(text))
    src = text.index("Turkish envoys")
    tgt = text.index("Greek officials")
    trig = text.index("met")
    event = learned_event(
        doc,
        sent,
        "040",
        source=(src, src + len("Turkish envoys"), "TURGOV"),
        target=(tgt, tgt + len("Greek officials"), "GRCGOV"),
        trigger=(trig, trig + 3),
        rule="toy:040 p=0.91",
        probability=0.9132,
    )
    assert text[event.start : event.end] == event.text and event.text.startswith("Turkish")
    assert text[event.source_start : event.source_end] == event.source_text == "Turkish envoys"
    assert text[event.target_start : event.target_end] == "Greek officials"
    assert text[event.trigger_start : event.trigger_end] == event.trigger_text == "met"
    assert event.root_code == "04" and event.code == "040"
    assert event.confidence == 0.9132 and event.rule == "toy:040 p=0.91"
    assert event.date == "2024-05-06"


def test_a_one_sided_learned_event_has_no_target():
    text = "Thousands of Kenyan teachers protested in Nairobi."
    doc = SimpleNamespace(text=text, published=None)
    sent = SimpleNamespace(start_char=0, end_char=len(text))
    at = text.index("protested")
    event = learned_event(doc, sent, "140", source=(0, 28, "KENEDU"), target=None,
                          trigger=(at, at + 9), rule="toy", probability=0.5)  # fmt: skip
    assert event.target_actor is None and event.target_start is None
    assert event.trigger_text == "protested" and event.source_text == "Thousands of Kenyan teachers"
