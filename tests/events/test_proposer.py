"""The learned trigger proposer (issue #9): the model ships, proposes where no lexicon entry
matched, names itself on the rule, keeps offsets; its training script is deterministic."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from redline.events.proposer import CLASSES, ProposerModel, load_proposer
from script_modules import load_script

# real-news phrasings (our own sentences) that no lexicon entry codes
TEXTS = [
    "BEIJING (Reuters) - China's foreign ministry said on Monday that the U.S. report on "
    'Xinjiang was "a hoax, full of lies and malicious slander" against China. Spokesman '
    'Zhao Lijian said Washington was "unconscionable" in its treatment of Beijing.',
    "MOSCOW (Reuters) - Russia's foreign minister Sergei Lavrov branded the new British "
    'sanctions a "shameful" step, saying London had lost all sense of proportion.',
    # a judgement no evaluative word list holds ("a betrayal"): the proposer's to find
    # (not "Washington's new demands": the noun "demand" has its own entry since recall27)
    "TEHRAN (Reuters) - Iran's foreign ministry spokesman said on Sunday that Washington's new "
    'pressure was "a betrayal" of the nuclear deal.',
]


def test_proposer_packaged_weights_are_small_and_sane():
    ref = resources.files("redline.data") / "events" / "proposer.json"
    assert ref.is_file()
    assert len(ref.read_bytes()) < 5_000_000
    data = json.loads(ref.read_text("utf-8"))
    assert data["classes"] == list(CLASSES)
    model = load_proposer()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.sparse.shape == (len(model.features), len(CLASSES))
    assert model.dense.shape[1] == len(CLASSES) and model.bias.shape == (len(CLASSES),)


def test_proposer_probabilities_sum_to_one():
    model = ProposerModel(
        features={"lemma=slam": 0},
        sparse=np.eye(1, len(CLASSES), 10) * 5,
        dense=np.zeros((96, len(CLASSES))),
        bias=np.zeros(len(CLASSES)),
        threshold=0.5,
        meta={},
    )
    p = model.probabilities([["lemma=slam"], ["lemma=other"]], np.zeros((2, 96)))
    assert np.allclose(p.sum(axis=1), 1.0)
    assert int(np.argmax(p[0])) == 10 and CLASSES[10] == "11"
    assert np.allclose(p[1], 1 / len(CLASSES))


def _code(text: str, proposer: bool):
    """Code ``text`` with every event kept; the proposer at a low threshold (0.1), so the test
    reads the frame and the rule whatever threshold the shipped model was given by the CV."""
    from dataclasses import replace

    from redline.clean import clean_document
    from redline.events.coder import make_event_coder
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.load()
    model = replace(load_proposer(), threshold=0.1) if proposer else False
    coder = make_event_coder(book=_book(pipeline.config), min_confidence=0.0, proposer=model)
    pipeline.replace_stage("events", coder)
    raw = RawDocument(source="<t>", text=text, published="2021-03-22")
    return pipeline(clean_document(raw))


@pytest.mark.model
def test_proposer_codes_what_no_entry_covers_and_names_itself():
    proposed = []
    for text in TEXTS:
        off = _code(text, False)
        on = _code(text, True)
        assert not any((e.rule or "").startswith("proposer:") for e in off.events)
        for event in on.events:
            if not (event.rule or "").startswith("proposer:"):
                continue
            proposed.append(event)
            doc = on.text
            assert doc[event.start : event.end] == event.text
            assert doc[event.trigger_start : event.trigger_end] == event.trigger_text
            for side in ("source", "target"):
                start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
                if start is not None:
                    assert doc[start:end] == getattr(event, f"{side}_text")
            assert " p=0." in event.rule.split(";")[0] and "; source:" in event.rule
            # never at a trigger a lexicon event already took
            assert event.trigger_start not in {
                e.trigger_start for e in off.events if e.code[:2] == event.code[:2]
            }
    assert proposed, "the proposer suggests at least one event on these sentences"
    # the generic frame finds who acts ("Washington's new pressure": the U.S.); which roots the
    # shipped model proposes here is the model's, not the test's, business
    assert any(e.source_actor or e.target_actor for e in proposed)


def _script():
    return load_script("train_event_proposer")


def test_proposer_gold_triggers_found_in_text():
    script = _script()
    text = "The U.S. said on Friday it had imposed sanctions on Iran. Tehran condemned it."
    events = [
        {"sentence": "The U.S. said on Friday it had imposed sanctions on Iran.",
         "trigger": "imposed  sanctions", "code": "163"},
        {"sentence": "Tehran condemned it.", "trigger": "condemned", "code": "111"},
        {"sentence": "Not in the text.", "trigger": "x", "code": "010"},
    ]  # fmt: skip
    spans = script.gold_spans(text, events)
    assert [(text[a:b], r) for a, b, r in spans] == [
        ("imposed sanctions", "16"),
        ("condemned", "11"),
    ]


@pytest.mark.model
def test_proposer_training_is_deterministic(tmp_path):
    script = _script()
    outs = []
    for run in ("a", "b"):
        out = tmp_path / f"{run}.json"
        args = ["--limit", "2", "--cv", "0", "--steps", "5", "--splits", "dev", "--out", str(out)]
        assert script.main(args) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 1000


def test_proposer_training_refuses_unseen_splits():
    with pytest.raises(SystemExit):
        _script().main(["--splits", "dev,test", "--cv", "0"])
    with pytest.raises(SystemExit):
        _script().main(["--splits", "test", "--cv", "0"])


def test_proposer_model_keeps_its_parts_of_speech_and_lemmas():
    from redline.events.proposer import model_from_dict

    zero = [0.0] * len(CLASSES)
    data = {"features": {"lemma=broker": zero}, "dense": [zero] * 96, "bias": zero,
            "threshold": 0.4, "pos": ["NOUN", "VERB"], "lemmas": ["broker", "snub"]}  # fmt: skip
    model = model_from_dict(data)
    assert model.parts_of_speech == frozenset({"NOUN", "VERB"})
    assert model.lemmas == frozenset({"broker", "snub"}) and "lemmas" not in model.meta
    older = model_from_dict({k: v for k, v in data.items() if k not in ("pos", "lemmas")})
    assert older.parts_of_speech == frozenset({"VERB", "NOUN", "ADJ"}) and older.lemmas is None
