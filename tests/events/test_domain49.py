"""The leave-one-source-out study of the precision filter (``scripts/filter_by_source.py``,
issue #9, helper domain49): the source grouping, the held-out bookkeeping, the feature
variants and the AUC, on data built here."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from script_modules import load_script


@pytest.fixture(scope="module")
def fbs():
    return load_script("filter_by_source")


def test_sources_by_split_and_id(fbs):
    assert fbs.source_of("isot-true-00412", "train7") == "reuters"
    assert fbs.source_of("polnear:nyt-2016-1123", "check16") == "polnear"
    # a web page is told by its split, whatever its id looks like
    assert fbs.source_of("page-0412", "check19") == "web"
    assert fbs.source_of("isot-true-00412", "check20") == "web"
    # a labelled candidate has no split: an ISOT article is Reuters
    assert fbs.source_of("isot-true-00007") == "reuters"
    docs = [
        SimpleNamespace(doc_id="isot-true-1", split="dev"),
        SimpleNamespace(doc_id="polnear:a", split="train12"),
        SimpleNamespace(doc_id="w1", split="check19"),
        SimpleNamespace(doc_id="w2", split="check20"),
    ]
    groups = fbs.by_source(docs)
    assert [d.doc_id for d in groups["web"]] == ["w1", "w2"]
    assert [d.doc_id for d in groups["polnear"]] == ["polnear:a"]
    assert [d.doc_id for d in groups["reuters"]] == ["isot-true-1"]


def _rows(doc_id, n):
    return [(doc_id, {"root=01": 1.0}, k % 2) for k in range(n)]


def test_held_out_training_leaves_the_source_out(fbs):
    labelled = _rows("isot-true-9", 2) + _rows("isot-true-1", 1)
    gold = {"isot-true-1": _rows("isot-true-1", 3), "polnear:a": _rows("polnear:a", 4),
            "w1": _rows("w1", 5)}  # fmt: skip
    source = {"isot-true-1": "reuters", "polnear:a": "polnear", "w1": "web"}

    train, weights = fbs.held_out_training(labelled, gold, source, "web", gold_weight=3.0)
    assert sorted({d for d, _, _ in train}) == ["isot-true-1", "isot-true-9", "polnear:a"]
    assert len(train) == 3 + 3 + 4 and weights == [1.0] * 3 + [3.0] * 7

    # Reuters held out: its gold and the (Reuters) labelled candidates leave the training
    train, weights = fbs.held_out_training(labelled, gold, source, "reuters", gold_weight=3.0)
    assert sorted({d for d, _, _ in train}) == ["polnear:a", "w1"]
    assert weights == [3.0] * 9
    # kept on request, except those of a held-out article itself
    train, _ = fbs.held_out_training(labelled, gold, source, "reuters", gold_weight=3.0,
                                     keep_labelled=True)  # fmt: skip
    assert [d for d, _, _ in train].count("isot-true-9") == 2
    assert "isot-true-1" not in {d for d, _, _ in train}


def test_variants_drop_the_features_they_name(fbs):
    feats = {"lemma=attack": 1.0, "lemma|root=attack|19": 1.0, "code=190": 1.0,
             "origin=pairs": 1.0, "root=19": 1.0, "src:kind=country": 1.0,
             "role:tgt=MIL": 1.0, "frame=appeal": 1.0, "dep=ROOT": 1.0}  # fmt: skip
    [(_, nolex, _)] = fbs.restrict([("d", feats, 1)], fbs.no_lexical)
    assert sorted(nolex) == ["dep=ROOT", "frame=appeal", "role:tgt=MIL", "root=19",
                             "src:kind=country"]  # fmt: skip
    [(_, actors, _)] = fbs.restrict([("d", feats, 1)], fbs.structural_only)
    assert sorted(actors) == ["frame=appeal", "role:tgt=MIL", "root=19", "src:kind=country"]


def test_auc_counts_ties_half(fbs):
    assert fbs.auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]) == 1.0
    assert fbs.auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0]) == 0.0
    assert fbs.auc([0.5, 0.5], [1, 0]) == 0.5
    assert fbs.auc([0.7, 0.4, 0.4, 0.1], [1, 1, 0, 0]) == pytest.approx(0.875)
