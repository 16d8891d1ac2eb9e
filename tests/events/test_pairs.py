"""The learned actor-pair event model (issue #9 pairs13): its pairs and features, a pair event's
offsets and rule, the coder's option, and a deterministic training script that refuses the
unseen splits."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from redline.events.proposer import CLASSES, ProposerModel
from script_modules import load_script

# our own news-like sentences: "outpaced" is no act the lexicon codes
TEXT = (
    "MOSCOW (Reuters) - Russia outpaced Britain in arms sales last year, the ministry said. "
    "Germany did not comment."
)


def _pipeline():
    from redline.pipeline import Pipeline

    pipeline = Pipeline(workers=1)
    pipeline.load()
    return pipeline


def _document(pipeline, text: str):
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument

    raw = RawDocument(source="<t>", text=text, published="2021-03-22")
    return pipeline(clean_document(raw))


def _tiny_model(feature: str, root: str, threshold: float = 0.5) -> ProposerModel:
    """Fires on any pair with ``feature``, for ``root``; nothing else."""
    sparse = np.zeros((1, len(CLASSES)))
    sparse[0, CLASSES.index(root)] = 6.0  # p 0.85 where it fires
    bias = np.zeros(len(CLASSES))
    bias[CLASSES.index("none")] = 4.0
    return ProposerModel({feature: 0}, sparse, np.zeros((96, len(CLASSES))), bias, threshold, {})


@pytest.mark.model
def test_pairs_and_their_features_from_the_parse():
    from redline.events.arguments import ActorResolver
    from redline.events.lexicon import load_lexicon
    from redline.events.pairs import sentence_examples
    from redline.stages import _book

    pipeline = _pipeline()
    book = _book(pipeline.config)
    seen = []

    def stage(doc):
        resolver = ActorResolver(book, doc.text, doc.published, doc.quotes,
                                 dateline=doc.dateline, mentions=doc.mentions)  # fmt: skip
        for sent in doc.parsed.sents:
            pairs, rows, vectors = sentence_examples(sent, doc, resolver, load_lexicon(), [])
            assert vectors.shape == (len(pairs), 96)
            for pair, names in zip(pairs, rows, strict=True):
                target = pair.target.text if pair.target else None
                seen.append((pair.source.text, target, pair.countries, pair.path, names))
        return doc

    pipeline.replace_stage("events", stage)
    _document(pipeline, TEXT)
    by_pair = {(s, t): (c, p, n) for s, t, c, p, n in seen}
    countries, path, names = by_pair[("Russia", "Britain")]
    assert countries == ("RUS", "GBR")
    assert path == "nsubj<outpace>dobj"
    assert names[0] == "top=outpace"
    assert {"roles=nsubj|dobj", "order=src_first", "two_countries", "coded=nothing"} <= set(names)
    # told by the ministry: a quote (the quote stage's indirect one) or a reported clause
    assert {"speech=quote", "speech=reported"} & set(names) and "sentcoded=nothing" in names
    # the reverse pair and the subject with no target are candidates too
    assert ("Britain", "Russia") in by_pair and ("Russia", None) in by_pair
    assert by_pair[("Russia", None)][2].count("notarget") == 1
    # "Germany did not comment": a subject alone, the negation on its path
    germany = by_pair[("Germany", None)]
    assert germany[0] == ("DEU", "") and "neg" in germany[2]


@pytest.mark.model
def test_a_tiny_model_fires_on_a_pair_with_offsets_and_rule():
    from redline.events.coder import make_event_coder
    from redline.stages import _book

    pipeline = _pipeline()
    book = _book(pipeline.config)
    tiny = _tiny_model("path=nsubj<outpace>dobj", "06")
    coded = {}
    for name, pairs in (("off", False), ("on", tiny)):
        coder = make_event_coder(book=book, min_confidence=0.0, pairs=pairs)
        pipeline.replace_stage("events", coder)
        coded[name] = _document(pipeline, TEXT)
    assert not any((e.rule or "").startswith("pairs:") for e in coded["off"].events)
    doc = coded["on"]
    made = [e for e in doc.events if (e.rule or "").startswith("pairs:")]
    assert len(made) == 1
    event = made[0]
    assert event.rule.startswith("pairs:06 p=0.") and event.rule.endswith("nsubj<outpace>dobj")
    assert (event.code, event.root_code) == ("060", "06")
    assert (event.source_actor[:3], event.target_actor[:3]) == ("RUS", "GBR")
    assert doc.text[event.start : event.end] == event.text
    assert doc.text[event.trigger_start : event.trigger_end] == event.trigger_text == "outpaced"
    for side in ("source", "target"):
        start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
        assert doc.text[start:end] == getattr(event, f"{side}_text")
    assert not event.negated and not event.conditional
    # every other event is the coder's own, as with the model off
    others = [(e.code, e.trigger_start) for e in doc.events if e is not event]
    assert others == [(e.code, e.trigger_start) for e in coded["off"].events]


@pytest.mark.model
def test_a_pair_the_coder_already_emitted_is_not_coded_again():
    from redline.events.coder import make_event_coder
    from redline.stages import _book

    pipeline = _pipeline()
    text = "LONDON (Reuters) - Britain condemned Russia on Monday."
    tiny = _tiny_model("path=nsubj<condemn>dobj", "11")
    coder = make_event_coder(book=_book(pipeline.config), min_confidence=0.0, pairs=tiny)
    pipeline.replace_stage("events", coder)
    doc = _document(pipeline, text)
    assert [e.root_code for e in doc.events if e.target_actor] == ["11"]
    assert not any((e.rule or "").startswith("pairs:") for e in doc.events)


def _script():
    return load_script("train_event_pairs")


def test_gold_events_placed_and_pairs_labelled():
    script = _script()
    text = "The U.S. imposed sanctions on Iran. Tehran met Moscow."
    events = [
        {"sentence": "The U.S. imposed sanctions on Iran.", "trigger": "imposed sanctions",
         "source": "USAGOV", "target": "IRN", "code": "163"},
        {"sentence": "Tehran met Moscow.", "trigger": "met", "source": "IRN", "target": "RUS",
         "code": "040"},
        {"sentence": "Not in the text.", "trigger": "x", "source": "USA", "target": "",
         "code": "010"},
    ]  # fmt: skip
    golds = script.gold_at(text, events)
    assert golds == [(9, "USA", "IRN", "16", False), (43, "IRN", "RUS", "04", True)]
    assert script.labels_of(("USA", "IRN"), golds) == ["16"]
    assert script.labels_of(("IRN", "USA"), golds) == ["none"]
    assert script.labels_of(("RUS", "IRN"), golds) == ["04"]  # a consult either way


@pytest.mark.model
def test_pairs_training_is_deterministic(tmp_path):
    script = _script()
    outs = []
    for run in ("a", "b"):
        out = tmp_path / f"{run}.json"
        args = ["--limit", "2", "--cv", "0", "--steps", "5", "--min-count", "1",
                "--splits", "dev", "--out", str(out)]  # fmt: skip
        assert script.main(args) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 1000
    assert json.loads(outs[0])["classes"] == list(CLASSES)


def test_pairs_training_refuses_unseen_splits():
    for splits in ("dev,test", "test", "all"):
        with pytest.raises(SystemExit):
            _script().main(["--splits", splits, "--cv", "0"])


def test_pairs_packaged_weights_are_small_and_sane():
    from redline.events.pairs import load_pairs_model

    ref = resources.files("redline.data") / "events" / "pairs.json"
    assert ref.is_file()
    assert len(ref.read_bytes()) < 5_000_000
    assert json.loads(ref.read_text("utf-8"))["classes"] == list(CLASSES)
    model = load_pairs_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.sparse.shape == (len(model.features), len(CLASSES))
    assert model.dense.shape == (96, len(CLASSES))
