"""`redline eval places` scores the place chosen for each gold verb (own three-sentence gold)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from redline.cli.main import app
from redline.evaluate.places import evaluate_places

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
            else:
                spans.append({"label": "LOCATION", "start": 0, "end": 0, "text": ""})
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
