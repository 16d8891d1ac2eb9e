"""The document-level scorer (``redline eval events --docs``) on a tiny hand-written gold set."""

from __future__ import annotations

import json

import pytest

from redline.errors import InputError
from redline.evaluate.docgold import (
    GoldDoc,
    actor_country,
    load_doc_gold,
    match_document,
    rule_family,
    score_documents,
)
from redline.model import Event

ARTICLES = [
    {
        "id": "doc-dev-1",
        "split": "dev",
        "title": "Turkey presses offensive",
        "date": "2019-10-12",
        "text": "ANKARA (Reuters) - Turkish forces shelled Kurdish militia positions in Syria "
        "on Saturday. The United States condemned Turkey over the offensive.",
    },
    {
        "id": "doc-test-1",
        "split": "test",
        "title": "Talks",
        "date": "2019-10-13",
        "text": "Germany and France held talks in Berlin on Sunday.",
    },
]


def ev(code, source, target, rule="lexicon:x", negated=False, conditional=False):
    return Event(0, 1, "x", code, code[:2], "n", source_actor=source, target_actor=target,
                 rule=rule, negated=negated, conditional=conditional)  # fmt: skip


def gold(code, source, target, alts=(), **kw):
    return {"code": code, "source": source, "target": target, "alt_codes": list(alts), **kw}


def test_docgold_country_is_three_letters_or_whole_organisation_code():
    assert actor_country("USAGOV") == "USA"
    assert actor_country("IGOWSTNAT") == "IGOWSTNAT"
    assert actor_country("NGOHRW") == "NGOHRW"
    assert actor_country(None) == actor_country("") == ""
    assert actor_country("---OPP") == ""  # CAMEO's unknown country, the gold's ""


def test_docgold_alt_codes_and_levels():
    golds = [gold("112", "USAGOV", "TURMIL", alts=["111"]), gold("190", "TURMIL", "SYR")]
    predicted = [ev("111", "USA", "TUR"), ev("190", "TURMIL", "SYRREB"), ev("120", "USA", "")]
    root = match_document(golds, predicted, "root")
    assert (root["tp"], root["fp"], root["fn"]) == (2, 1, 0)
    code = match_document(golds, predicted, "code")
    assert (code["tp"], code["fp"], code["fn"]) == (2, 1, 0)
    full = match_document(golds, predicted, "full")  # USA != USAGOV, SYRREB != SYR
    assert (full["tp"], full["fp"], full["fn"]) == (0, 3, 2)


def test_docgold_consult_matches_either_direction_once():
    golds = [gold("043", "DEUGOV", "FRAGOV")]
    predicted = [ev("043", "FRA", "DEU"), ev("043", "DEU", "FRA")]
    res = match_document(golds, predicted, "root")
    assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 0)
    # a non-consult event is directed
    res = match_document([gold("190", "TUR", "SYR")], [ev("190", "SYR", "TUR")], "root")
    assert (res["tp"], res["fp"], res["fn"]) == (0, 1, 1)


def test_docgold_matching_is_the_largest_not_the_first():
    # the 040 tuple fits both gold events; a greedy pass gives it the first, which leaves the
    # 042 tuple nothing to match, though 040 -> second and 042 -> first matches both
    golds = [gold("042", "USA", "CHN", alts=["040"]), gold("040", "USA", "CHN")]
    predicted = [ev("040", "USA", "CHN"), ev("042", "USA", "CHN")]
    res = match_document(golds, predicted, "code")
    assert (res["tp"], res["fp"], res["fn"]) == (2, 0, 0)
    assert res["right"] == {("USA", "CHN", "040"), ("USA", "CHN", "042")}


def test_docgold_gold_is_a_set_of_first_codes_like_the_predicted_side():
    # two meetings of the same pair, one written with an alternative: one element of the set,
    # found by one 040 tuple; a second tuple for the alternative is a duplicate, not a find
    golds = [gold("040", "USA", "CHN", alts=["042"]), gold("040", "USAGOV", "CHN")]
    res = match_document(golds, [ev("040", "USA", "CHN")], "code")
    assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 0)
    res = match_document(golds, [ev("040", "USA", "CHN"), ev("042", "USA", "CHN")], "code")
    assert (res["tp"], res["fp"], res["fn"]) == (1, 1, 0)
    # the element accepts what any of its records accepts
    res = match_document(golds, [ev("042", "USA", "CHN")], "code")
    assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 0)
    # at the full level USAGOV is another actor: two elements
    res = match_document(golds, [ev("040", "USA", "CHN")], "full")
    assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 1)
    # a consult written in both directions is one element
    golds = [gold("043", "DEU", "FRA", alts=["040"]), gold("043", "FRA", "DEU")]
    res = match_document(golds, [ev("043", "FRA", "DEU")], "root")
    assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 0)


def test_docgold_duplicate_predictions_count_once_and_missing_actors_match_only_missing():
    golds = [gold("190", "", "SYR")]
    predicted = [ev("190", None, "SYR"), ev("190", None, "SYR"), ev("190", "TUR", "SYR")]
    res = match_document(golds, predicted, "root")
    assert (res["tp"], res["fp"], res["fn"]) == (1, 1, 0)


def test_docgold_breakdowns_and_rule_precision():
    doc = GoldDoc("d", "dev", [gold("190", "TUR", "SYR", nominal=True),
                                gold("138", "TUR", "SYR", mode="hypothetical")])  # fmt: skip
    coded = [[
        ev("190", "TUR", "SYR", rule="lexicon:190 shell[DOBJ]; source:nsubj"),
        ev("190", "TUR", "USA", rule="lexicon:190 shell[DOBJ]; source:nsubj"),
        ev("042", "TUR", "SYR", rule="lexicon:042 go; source:nsubj", conditional=True),
    ]]  # fmt: skip
    m = score_documents([doc], coded)
    assert m["root"]["tp"] == 1 and m["root"]["fn"] == 1
    assert m["recall_by"]["nominal"]["recall"] == 1.0
    assert m["recall_by"]["mode:hypothetical"]["recall"] == 0.0
    assert m["rules"]["lexicon:190 shell[DOBJ]"] == {
        "events": 2, "right_root": 1, "right_code": 1, "precision": 0.5,
    }  # fmt: skip
    assert m["precision_by"]["redline:conditional"]["right"] == 0
    assert rule_family(None) == "(none)"
    assert m["per_document"][0]["missed"][0]["code"] == "138"


@pytest.fixture
def gold_tree(tmp_path):
    root = tmp_path / "docgold"
    (root / "passes" / "A").mkdir(parents=True)
    (root / "passes" / "B").mkdir(parents=True)
    with (root / "articles.jsonl").open("w") as handle:
        for article in ARTICLES:
            handle.write(json.dumps(article) + "\n")
    pass_a = {"doc_id": "doc-dev-1", "annotator": "A", "events": [
        gold("195", "TURMIL", "SYR", alts=["190"], trigger="shelled", mode="asserted"),
        gold("111", "USA", "TUR", alts=["112"], trigger="condemned"),
    ]}  # fmt: skip
    (root / "passes/A/doc-dev-1.json").write_text(json.dumps(pass_a))
    test_pass = {"doc_id": "doc-test-1", "events": [gold("043", "DEU", "FRA")]}
    (root / "passes/B/doc-test-1.json").write_text(json.dumps(test_pass))
    (root / "passes/B/broken.json").write_text("{not json")
    return root


def test_docgold_reads_passes_with_split_from_articles(gold_tree):
    warnings: list[str] = []
    dev = load_doc_gold(gold_tree / "passes", split="dev", warnings=warnings)
    assert [d.doc_id for d in dev] == ["doc-dev-1"] and dev[0].annotator == "A"
    assert dev[0].text.startswith("ANKARA (Reuters)")
    assert any("broken.json" in w and "skipped" in w for w in warnings)
    test = load_doc_gold(gold_tree / "passes" / "B", split="test")
    assert [d.doc_id for d in test] == ["doc-test-1"]
    with pytest.raises(InputError, match="split"):
        load_doc_gold(gold_tree / "passes", split="validation")
    assert load_doc_gold(gold_tree / "passes", split="train") == []  # a known split, no articles


def test_docgold_reads_gold_jsonl(gold_tree):
    path = gold_tree / "gold.jsonl"
    path.write_text(
        json.dumps({"doc_id": "doc-test-1", "split": "test", "events": []})
        + "\n"
        + json.dumps({"doc_id": "unknown", "split": "dev", "events": []})
        + "\n"
    )
    warnings: list[str] = []
    assert load_doc_gold(path, split="dev", warnings=warnings) == []
    assert any("unknown" in w for w in warnings)
    assert len(load_doc_gold(path, split="all")) == 1


@pytest.mark.model
def test_docgold_cli_codes_and_scores_dev_only(gold_tree, tmp_path):
    from typer.testing import CliRunner

    from redline.cli.main import app

    out = tmp_path / "m.json"
    result = CliRunner().invoke(
        app, ["eval", "events", "--docs", str(gold_tree / "passes"), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(out.read_text())
    assert metrics["split"] == "dev" and metrics["documents"] == 1
    assert [d["doc_id"] for d in metrics["per_document"]] == ["doc-dev-1"]
    assert "precision per rule" in result.output
    # the shelling by Turkish forces of positions in Syria is coded and right
    assert metrics["root"]["tp"] >= 1, result.output


def test_docgold_article_text_read_from_the_shared_folder(tmp_path, monkeypatch):
    """An evaluation-only text stays in ``shared``: the articles file names it with text_from."""
    monkeypatch.delenv("REDLINE_SHARED", raising=False)
    text = (
        "WASHINGTON - Senator Ann Fields criticized the governor's budget on Tuesday, "
        "calling it a gift to lobbyists."
    )
    pool = tmp_path / "shared" / "eval" / "quotes" / "pool.jsonl"
    pool.parent.mkdir(parents=True)
    pool.write_text(json.dumps({"id": "pool:1", "text": text}) + "\n")
    docgold = tmp_path / "repo" / "evaluation" / "docgold"
    docgold.mkdir(parents=True)
    articles = [
        {"id": "pool:1", "split": "dev", "title": "t", "date": "2016-03-01",
         "text_from": "shared:eval/quotes/pool.jsonl"},
        {"id": "pool:2", "split": "dev", "title": "u", "date": "2016-03-02",
         "text_from": "shared:eval/quotes/missing.jsonl"},
    ]  # fmt: skip
    (docgold / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    records = [
        {"doc_id": "pool:1", "split": "dev", "events": [gold("111", "USALEG", "USAGOV")]},
        {"doc_id": "pool:2", "split": "dev", "events": []},
    ]
    (docgold / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    warnings: list[str] = []
    docs = load_doc_gold(docgold / "gold.jsonl", split="dev", warnings=warnings)
    assert [d.doc_id for d in docs] == ["pool:1"]
    assert docs[0].text == text and docs[0].date == "2016-03-01"
    assert any("pool:2" in w and "missing.jsonl" in w for w in warnings)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "eval" / "quotes").mkdir(parents=True)
    (elsewhere / "eval" / "quotes" / "missing.jsonl").write_text(
        json.dumps({"id": "pool:2", "text": "The senate adjourned."}) + "\n"
    )
    monkeypatch.setenv("REDLINE_SHARED", str(elsewhere))
    docs = load_doc_gold(docgold / "gold.jsonl", split="dev")
    assert [(d.doc_id, d.text) for d in docs][1] == ("pool:2", "The senate adjourned.")
