"""The pair model's events scored by the precision filter, its features read once per word, and
the trainer's candidates and path-length ceiling (issue #9 pairs14)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from redline.events.filter import FilterModel
from redline.events.proposer import CLASSES, ProposerModel
from script_modules import load_script

REPO = Path(__file__).resolve().parents[2]

# our own wording: "outpaced" is no act the lexicon codes
TEXT = "LONDON (Reuters) - Norway outpaced Sweden in fish exports last year."


def _tiny_pairs(feature: str, root: str) -> ProposerModel:
    sparse = np.zeros((1, len(CLASSES)))
    sparse[0, CLASSES.index(root)] = 6.0
    bias = np.zeros(len(CLASSES))
    bias[CLASSES.index("none")] = 4.0
    return ProposerModel({feature: 0}, sparse, np.zeros((96, len(CLASSES))), bias, 0.5, {})


def _script():
    return load_script("train_event_pairs")


def test_filter_features_of_a_pair_event_come_from_its_names():
    from redline.events.pairs import pair_filter_features, scores_pairs

    names = ["top=outpace", "top|pos=outpace|VERB", "path=nsubj<outpace>dobj", "roles=nsubj|dobj",
             "same_country", "neg", "modal=would", "speech=plain", "coded=11",
             "sentcoded=11"]  # fmt: skip
    feats = pair_filter_features(names, "06", 0.73)
    assert {"pair", "root=06", "pair|root=06", "pair_p=7", "pair_top=outpace",
            "pair_top|root=outpace|06", "pair_path=nsubj<outpace>dobj",
            "pair_roles=nsubj|dobj", "pair_same_country", "pair_neg", "pair_modal",
            "pair_speech=plain", "pair_coded_other_root"} == set(feats)  # fmt: skip
    assert "pair_coded_same_root" in pair_filter_features(names, "11", 0.99)
    assert pair_filter_features(["coded=nothing", "notarget"], "01", 1.0).keys() == {
        "pair", "root=01", "pair|root=01", "pair_p=9", "pair_uncoded", "pair_notarget"
    }  # fmt: skip
    # a filter trained without pair events does not score them
    assert not scores_pairs(FilterModel({"root=06": 1.0}, 0.0, 0.3, {}))
    assert scores_pairs(FilterModel({"pair": 0.5}, 0.0, 0.3, {})) and not scores_pairs(None)


@pytest.mark.model
def test_the_filter_scores_pair_events_when_trained_on_them(monkeypatch):
    import redline.events.coder as coder
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.load()
    tiny = _tiny_pairs("path=nsubj<outpace>dobj", "06")

    def coded(filter_model, min_confidence):
        monkeypatch.setattr(
            "redline.events.coding.trigger_events.load_filter", lambda: filter_model
        )
        monkeypatch.setattr("redline.events.coding.sentence.load_filter", lambda: filter_model)
        monkeypatch.setattr("redline.events.coder.load_filter", lambda: filter_model)
        out: list = []
        stage = coder.make_event_coder(book=_book(pipeline.config), pairs=tiny,
                                       min_confidence=min_confidence, features_out=out)  # fmt: skip
        pipeline.replace_stage("events", stage)
        raw = RawDocument(source="<t>", text=TEXT, published="2021-03-22")
        doc = pipeline(clean_document(raw))
        return [e for e in doc.events if (e.rule or "").startswith("pairs:")], out

    # a filter that knows pair events: the pair event gets its confidence, and is kept above
    # the threshold with its features for the filter's training
    liked = FilterModel({"pair": 3.0, "pair_path=nsubj<outpace>dobj": 1.0}, 0.0, 0.5, {})
    made, out = coded(liked, 0.5)
    assert len(made) == 1 and made[0].confidence == pytest.approx(0.982, abs=0.001)
    feats = [f for e, f in out if e.rule.startswith("pairs:")]
    assert len(feats) == 1
    assert {"pair", "pair|root=06", "pair_path=nsubj<outpace>dobj", "pair_uncoded"} <= set(feats[0])
    # scored below the threshold: dropped
    disliked = FilterModel({"pair": -3.0}, 0.0, 0.5, {})
    assert coded(disliked, 0.5)[0] == []
    # a filter trained without pair events leaves them unscored and kept, as before
    unaware = FilterModel({"root=06": -3.0}, 0.0, 0.5, {})
    made, _ = coded(unaware, 0.5)
    assert len(made) == 1 and made[0].confidence is None


def test_the_trainer_keeps_the_likeliest_pair_of_a_tuple_in_a_sentence():
    script = _script()
    examples = [(["top=beat", "path=a"],), (["top=beat", "path=b"],), (["top=hit"],),
                (["top=x"],)]  # fmt: skip
    preds = [("NORGOV", "SWE", "06", 0.6, 0), ("NOR", "SWEGOV", "06", 0.8, 0),
             ("NOR", "SWE", "06", 0.9, 1), ("NOR", "", "01", 0.2, 1)]  # fmt: skip
    out = script.pair_candidates(examples, preds, 0.5)
    assert [(e.source_actor, e.target_actor, e.root_code) for e, _ in out] == [
        ("NOR", "SWEGOV", "06"), ("NOR", "SWE", "06")
    ]  # fmt: skip
    assert "pair_path=b" in out[0][1] and out[0][1]["pair_p=8"] == 1.0
    assert len(script.pair_candidates(examples, preds, 0.1)) == 3  # no target: its own tuple


@pytest.mark.model
def test_the_filter_trainer_codes_pair_events_with_models_that_never_saw_the_article(
    monkeypatch,
):
    from dataclasses import replace

    import redline.events.pairs as pairs
    from redline.evaluate.docgold import load_doc_gold

    shipped = pairs.load_pairs_model()
    monkeypatch.setattr(pairs, "load_pairs_model", lambda: replace(shipped, threshold=0.05))
    gold = REPO / "evaluation/docgold"
    docs = load_doc_gold(gold / "gold.jsonl", split="dev", articles=gold / "articles.jsonl")[:4]
    out = _script().crossfit_coded(docs, k=2)
    assert [d.doc_id for d, _ in out] == [d.doc_id for d in docs]
    made = [f for _, coded in out for e, f in coded if (e.rule or "").startswith("pairs:")]
    assert made and all("pair" in f and any(k.startswith("pair_p=") for k in f) for f in made)


def test_the_filter_trainer_refuses_the_proposer_and_the_pairs_together():
    module = load_script("train_event_filter")
    gold = REPO / "evaluation/docgold"
    with pytest.raises(SystemExit):
        module.gold_documents(gold / "gold.jsonl", gold / "articles.jsonl", ["dev"],
                              proposer=True, pairs=True)  # fmt: skip
