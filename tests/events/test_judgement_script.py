"""The judgement classifier's training script (issue #9 judge40, not shipped): its labels, its
features on sentences of our own, and its trainer (deterministic, learns a separable toy)."""

from __future__ import annotations

import numpy as np

from script_modules import load_script

VADER = {"disgrace": -2.8, "reckless": -1.7, "admire": 2.4}


def _words(doc, start: str, end: str):
    i, j = doc.text.index(start), doc.text.index(end) + len(end)
    return [t for t in doc if i <= t.idx < j]


def test_gold_class_reads_root_11_and_praise_codes():
    script = load_script("train_judgement")
    assert script.gold_class({"code": "112"}) == "neg"
    assert script.gold_class({"code": "111"}) == "neg"
    assert script.gold_class({"code": "051"}) == "pos"
    assert script.gold_class({"code": "042", "alt_codes": ["052"]}) == "pos"
    assert script.gold_class({"code": "057"}) is None  # a signed agreement is no praise
    assert script.gold_class({"code": ""}) is None


def test_features_mark_subject_negation_and_valence_near_the_actor(nlp):
    from redline.events.judgement import judgement_features

    doc = nlp(
        "The governor said on Tuesday: \"The senator's budget is a disgrace and Albany was "
        'reckless," adding that he did not admire the plan.'
    )
    words = _words(doc, "The senator", "reckless")
    albany = [t for t in doc if t.text == "Albany"]
    speaker = [t for t in doc if t.text == "governor"]
    names, dense = judgement_features(words, albany, speaker, 2, "direct", True, VADER)
    assert "subject" in names  # "Albany was reckless": Albany is the subject
    assert "negated" not in names  # the "not" lies outside the quoted words
    assert "nneg=0" not in names  # "reckless" stands within four tokens of Albany
    assert "l=disgrace" in names and "near=reckless" in names
    assert "l=albany" not in names  # the actor's own words are left out of the bag
    assert dense.shape == (5 + 96,) and dense[0] > 0 and dense[1] == 0

    negated = _words(doc, "he did", "plan")
    plan = [t for t in doc if t.text == "plan"]
    names, _ = judgement_features(negated, plan, speaker, 1, "indirect", False, VADER)
    assert "negated" in names and "subject" not in names and "same_country" not in names


def test_trainer_learns_a_toy_and_is_deterministic():
    script = load_script("train_judgement")

    def cand(i: int, features: list[str], label: str):
        return script.Candidate(
            f"d{i}", "train", 0, 1, "USA", "RUS", features, np.zeros(3, np.float32), label, ""
        )

    cands = [cand(i, ["l=slam", "kind=direct"], "neg") for i in range(20)]
    cands += [cand(20 + i, ["l=hail", "kind=direct"], "pos") for i in range(20)]
    cands += [cand(40 + i, ["l=visit", "kind=direct"], "none") for i in range(40)]
    one = script.train(cands, l2=0.001, steps=100, min_count=2, seed=1)
    two = script.train(cands, l2=0.001, steps=100, min_count=2, seed=1)
    assert np.array_equal(one["w"], two["w"]) and np.array_equal(one["d"], two["d"])
    p = script.predict(one, [cands[0], cands[20], cands[40]])
    assert np.allclose(p.sum(axis=1), 1.0)
    assert [script.CLASSES[int(np.argmax(row))] for row in p] == ["neg", "pos", "none"]
    folds = script.T.folds_of([c.doc_id for c in cands], 5, 1)
    assert sorted(set(folds.values())) == [0, 1, 2, 3, 4]
