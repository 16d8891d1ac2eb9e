"""`redline eval places` scores the place chosen for each gold verb (own three-sentence gold)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from redline.cli.main import app
from redline.evaluate.places import evaluate_places, gold_places, split_half

SENTENCES = [
    ("Two civilians were killed in Kharkiv on Monday, officials said.", "killed", "Kharkiv"),
    ("Protesters marched through the town of Huddur on Friday.", "marched", "Huddur"),
    ("Washington warned Moscow on Tuesday.", "warned", None),
]


def write_gold(path):
    with path.open("w", encoding="utf-8") as fh:
        for i, (text, verb, place) in enumerate(SENTENCES):
            spans = [
                {
                    "label": "VERB",
                    "start": text.index(verb),
                    "end": text.index(verb) + len(verb),
                    "text": verb,
                }
            ]
            if place:
                start = text.index(place)
                spans.append(
                    {"label": "LOCATION", "start": start, "end": start + len(place), "text": place}
                )
            fh.write(json.dumps({"id": f"s{i}", "text": text, "spans": spans}) + "\n")


def test_eval_places_scores_located_and_unlocated_sentences(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_gold(gold)
    metrics = evaluate_places(str(gold))
    assert (metrics["located"], metrics["unlocated"]) == (2, 1)
    assert metrics["located_right"] == 2, metrics["errors"]
    assert metrics["unlocated_given"] == 0  # Washington and Moscow act; neither is a place here


def test_eval_places_cli_prints_the_report(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_gold(gold)
    out = tmp_path / "m.json"
    result = CliRunner().invoke(app, ["eval", "places", str(gold), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "located sentences right" in result.output
    assert json.loads(out.read_text())["located_right"] == 2


def test_eval_places_reads_token_offsets_of_wire_records():
    # the wire records of event_location_gold carry token offsets, end inclusive: one token is
    # start == end, a longer place reads as a cut word when taken as characters
    text = "A car bomb exploded Thursday in the San Carlos district of Bogota, police said."
    one = {"text": text, "spans": [{"label": "LOCATION", "start": 11, "end": 11, "text": ""}]}
    two = {"text": text, "spans": [{"label": "LOCATION", "start": 7, "end": 8, "text": "o"}]}
    chars = {"text": text, "spans": [{"label": "LOCATION", "start": 36, "end": 46}]}
    none = {"text": text, "spans": [{"label": "VERB", "start": 11, "end": 19}]}
    assert [text[s:e] for s, e in gold_places(one)] == ["Bogota"]
    assert [text[s:e] for s, e in gold_places(two)] == ["San Carlos"]
    assert [text[s:e] for s, e in gold_places(chars)] == ["San Carlos"]
    assert gold_places(none) == []


def test_eval_places_hyphens_count_as_tokens():
    text = "Sassi was captured during the U.S.-led offensive in Afghanistan last year."
    record = {"text": text, "spans": [{"label": "LOCATION", "start": 10, "end": 10}]}
    assert [text[s:e] for s, e in gold_places(record)] == ["Afghanistan"]


def test_eval_places_halves_are_fixed_by_id():
    assert split_half("APW_ENG_1") == split_half("APW_ENG_1 ")  # ids with a trailing space
    halves = {split_half(f"id{i}") for i in range(20)}
    assert halves == {"dev", "held"}


def test_eval_places_reports_both_halves_and_the_filed_reading(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_gold(gold)
    metrics = evaluate_places(str(gold))
    halves = metrics["halves"]
    assert halves["dev"]["located"] + halves["held"]["located"] == metrics["located"]
    assert metrics["filed_located_right"] == 2
