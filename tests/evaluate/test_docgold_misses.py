"""The recall tooling (``redline.evaluate.misses``, ``scripts/docgold_misses.py``) on one small
article of our own in the docgold format: the cached coder's figures equal the scorer's over the
whole pipeline, and every miss gets a first cause."""

from __future__ import annotations

import json

import pytest

from redline.evaluate import misses as M

pytestmark = [pytest.mark.model]

TEXT = (
    "WASHINGTON (Reuters) - The United States imposed new sanctions on Iran on Tuesday, the "
    "Treasury Department said. Iran's foreign minister condemned the sanctions and accused "
    "Washington of violating the nuclear deal. Germany urged both sides to show restraint, "
    "and France offered to host talks between them next month."
)
GOLD_EVENTS = [
    {
        "sentence": "The United States imposed new sanctions on Iran on Tuesday, the Treasury "
        "Department said.",
        "trigger": "imposed",
        "source": "USAGOV",
        "target": "IRN",
        "code": "163",
        "alt_codes": [],
    },
    {
        "sentence": "Iran's foreign minister condemned the sanctions and accused Washington of "
        "violating the nuclear deal.",
        "trigger": "condemned",
        "source": "IRNGOV",
        "target": "USAGOV",
        "code": "111",
        "alt_codes": [],
    },
    {
        "sentence": "Iran's foreign minister condemned the sanctions and accused Washington of "
        "violating the nuclear deal.",
        "trigger": "accused",
        "source": "IRNGOV",
        "target": "USAGOV",
        "code": "112",
        "alt_codes": [],
    },
    {
        "sentence": "Germany urged both sides to show restraint, and France offered to host talks "
        "between them next month.",
        "trigger": "offered",
        "source": "FRA",
        "target": "IRN",
        "code": "036",
        "alt_codes": [],
    },
    # a gold event whose trigger the text does not hold: the first cause says so
    {
        "sentence": "Iran's foreign minister condemned the sanctions and accused Washington of "
        "violating the nuclear deal.",
        "trigger": "denounced",
        "source": "IRNGOV",
        "target": "DEU",
        "code": "111",
        "alt_codes": [],
    },
]


@pytest.fixture
def gold(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        json.dumps({"id": "own-1", "split": "dev", "title": "Sanctions", "date": "2018-05-08",
                    "text": TEXT}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"doc_id": "own-1", "split": "dev", "events": GOLD_EVENTS}) + "\n",
        encoding="utf-8",
    )
    return path


def test_free_splits_refuse_unseen_splits():
    assert "test" not in M.FREE_SPLITS and "check10" in M.FREE_SPLITS and "check11" in M.FREE_SPLITS
    assert "check16" in M.FREE_SPLITS and "check17" in M.FREE_SPLITS
    assert "check18" in M.FREE_SPLITS
    assert "dev" in M.FREE_SPLITS and "check8" in M.FREE_SPLITS and "all" not in M.FREE_SPLITS
    for name in ("test", "all", "check99", *sorted(M.HELD_SPLITS)):
        with pytest.raises(ValueError):
            M.free_splits(name)
    assert M.free_splits("dev,train") == ["dev", "train"]


def test_locate_finds_the_trigger_without_the_dateline():
    text = "The United States imposed sanctions on Iran. Iran condemned them."
    sentence = "WASHINGTON (Reuters) - The United States imposed sanctions on Iran."
    start, end = M.locate(text, sentence, "imposed")
    assert text[start:end] == "imposed"
    assert M.locate(text, sentence, "denounced") is None


def test_cached_coder_equals_the_scorer_and_every_miss_has_a_cause(gold, tmp_path):
    from redline.evaluate.docgold import evaluate_doc_events
    from redline.pipeline import Pipeline

    docs = M.load_free_docs(gold, ["dev"])
    cache = tmp_path / "cache"
    run = M.code_run(docs, cache)
    assert (cache / "parse-dev.pkl").is_file()
    M.save_run(run, cache / "runs" / "a.json")
    again = M.load_run(cache / "runs" / "a.json")
    assert again.views["own-1"]["kept"] == run.views["own-1"]["kept"]

    figures = M.split_figures(again, docs)
    whole = evaluate_doc_events(gold, split="dev", pipeline=Pipeline(workers=1))
    for level in ("root", "code", "full"):
        assert figures["dev"][level] == whole[level]
        assert figures["pooled"][level] == whole[level]

    misses = M.first_causes(again, docs, M.parse_cached(docs, cache, Pipeline(workers=1)))
    causes = {key for key, _ in M.CAUSES}
    assert len(misses) == figures["dev"]["root"]["fn"] >= 1
    assert all(m.cause in causes for m in misses)
    assert any(m.cause == "no_text" and m.gold["trigger"] == "denounced" for m in misses)
    assert "| **missed** |" in M.miss_table({"a": misses})

    assert M.diff_runs(run, again, docs) == []
    every = M.rule_precision(again, docs, r".")
    assert every["total"] == len({id(e) for e in again.views["own-1"]["kept"]})

    # a lower cut keeps at least what a higher one keeps; none keeps what has no actor
    sweep = M.threshold_sweep(again, docs, [0.0, run.threshold, 1.01])
    assert sweep[0]["tp"] >= sweep[1]["tp"] >= sweep[2]["tp"] == 0
    assert sweep[0]["fp"] >= sweep[1]["fp"] >= sweep[2]["fp"] == 0
    assert sweep[1]["tp"] >= 1


def test_parse_cache_key_changes_with_the_tokenizer_rules():
    """A parse cached under one tokenizer is not reused under another (quotes15's glued
    quotation marks changed tokens, not texts)."""
    import spacy

    nlp = spacy.blank("en")
    before = M._tokenizer_key(nlp)
    assert M._tokenizer_key(nlp) == before  # stable
    nlp.tokenizer.add_special_case("said,“", [{"ORTH": "said"}, {"ORTH": ","}, {"ORTH": "“"}])
    after = M._tokenizer_key(nlp)
    assert after != before
    text = "Trump said,“Look at the numbers.”"
    assert M._digest(text, before) != M._digest(text, after)


def test_parse_cache_key_changes_with_the_components():
    """A sentence-start component added or changed re-parses too (clean17's list items)."""
    import spacy

    nlp = spacy.blank("en")
    before = M._tokenizer_key(nlp)
    nlp.add_pipe("sentencizer")
    assert M._tokenizer_key(nlp) != before
