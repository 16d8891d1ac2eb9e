"""`redline eval places --gold FOLDER`: every geocoded place mention of whole articles scored
against a place gold folder (own two-article fixture in the evaluation/placegold format)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from redline.cli.main import app
from redline.errors import InputError
from redline.evaluate.places import (
    align_offsets,
    evaluate_placegold,
    load_placegold,
    same_place,
)

BOSTON = (
    "BOSTON (Reuters) - A federal judge in Boston on Friday blocked the deportation of 40 "
    "Indonesians living in New Hampshire, saying they could face persecution in Indonesia. "
    "Senator Jeanne Shaheen said Shaheen's office had asked Washington to reconsider."
)
MOSCOW = (
    "Moscow denied on Tuesday that it had interfered in the election, and Russia's foreign "
    "ministry said relations with the United States were at a low. Officials met in Geneva."
)
# (text, occurrence, geonameid, name, country, lat, lon, kind, role)
GOLD = {
    "a1": (
        BOSTON,
        [
            ("BOSTON", 0, 4930956, "Boston", "USA", 42.358, -71.060, "city", "place"),
            ("Boston", 0, 4930956, "Boston", "USA", 42.358, -71.060, "city", "place"),
            ("New Hampshire", 0, 5090174, "New Hampshire", "USA", 43.7, -71.6, "admin1", "place"),
            ("Indonesia", 1, 1643084, "Indonesia", "IDN", -2.5, 118.0, "country", "place"),
            ("Washington", 0, 4140963, "Washington, D.C.", "USA", 38.895, -77.036, "city",
             "actor"),
        ],
    ),
    "a2": (
        MOSCOW,
        [
            ("Moscow", 0, 524901, "Moscow", "RUS", 55.752, 37.616, "city", "actor"),
            ("Russia", 0, 2017370, "Russia", "RUS", 61.5, 105.3, "country", "actor"),
            ("United States", 0, 6252001, "United States", "USA", 39.8, -98.5, "country",
             "actor"),
            ("Geneva", 0, 2660646, "Geneva", "CHE", 46.202, 6.146, "city", "place"),
        ],
    ),
}  # fmt: skip


def nth(text: str, needle: str, n: int) -> int:
    start = -1
    for _ in range(n + 1):
        start = text.index(needle, start + 1)
    return start


def write_gold(folder):
    (folder / "gold").mkdir(parents=True)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for doc_id, (text, _) in GOLD.items():
            fh.write(json.dumps({"id": doc_id, "title": "t", "date": "2017-12-21", "text": text}))
            fh.write("\n")
    for doc_id, (text, mentions) in GOLD.items():
        places = []
        for name_text, n, gid, name, country, lat, lon, kind, role in mentions:
            start = nth(text, name_text, n)
            places.append({"start": start, "end": start + len(name_text), "text": name_text,
                           "kind": kind, "geonameid": gid, "name": name, "country": country,
                           "latitude": lat, "longitude": lon, "role": role})  # fmt: skip
        record = {"doc_id": doc_id, "places": sorted(places, key=lambda p: p["start"])}
        (folder / "gold" / f"{doc_id}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def test_placegold_alignment_carries_offsets_past_the_removed_dateline():
    body = BOSTON[len("BOSTON (Reuters) - ") :]
    mapping = align_offsets(BOSTON, body)
    assert mapping[0] is None  # the dateline is gone
    start = BOSTON.index("New Hampshire")
    assert body[mapping[start] : mapping[start] + len("New Hampshire")] == "New Hampshire"


def test_placegold_same_place_by_id_name_or_distance():
    class P:
        def __init__(self, gid, lat, lon, name="x"):
            self.geonameid, self.latitude, self.longitude, self.name = gid, lat, lon, name

    gold = {"geonameid": 5085520, "name": "Dover", "latitude": 43.197, "longitude": -70.874}
    assert same_place(gold, P(5085520, 0.0, 0.0))
    assert not same_place(gold, P(4142290, 39.158, -75.524))  # Dover, Delaware: 600 km off
    assert same_place(gold, P(None, 43.2, -70.9))  # no id, within 50 km
    assert same_place(
        {"geonameid": None, "name": "Middle East"}, P(None, 29.0, 41.0, "Middle East")
    )


@pytest.mark.model
def test_placegold_scores_mentions_by_role(tmp_path):
    metrics = evaluate_placegold(write_gold(tmp_path / "pg"))
    assert metrics["n_articles"] == 2 and metrics["gold_mentions"] == 9
    assert (metrics["gold_place"], metrics["gold_actor"]) == (5, 4)
    assert metrics["unmapped_gold"] == 1  # BOSTON: the cleaner moved it to doc.dateline
    missed = [e for e in metrics["errors"] if e["error"].startswith("missed")]
    assert metrics["matched_place"] == 5, missed  # the header dateline included
    assert metrics["recall_actor"] >= 0.75, missed
    assert metrics["persons_orgs_geocoded"] == 0  # Shaheen, the senator, is not geocoded
    assert metrics["event_places_on_actor"] == 0
    assert metrics["precision"] >= 0.85, metrics["errors"]


@pytest.mark.model
def test_placegold_cli_prints_the_report(tmp_path):
    folder = write_gold(tmp_path / "pg")
    out = tmp_path / "m.json"
    result = CliRunner().invoke(app, ["eval", "places", "--gold", str(folder), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "role place" in result.output and "persons/organisations geocoded" in result.output
    assert json.loads(out.read_text())["gold_mentions"] == 9


def test_placegold_missing_gold_file_names_the_file(tmp_path):
    folder = write_gold(tmp_path / "pg")
    (folder / "gold" / "a2.json").unlink()
    with pytest.raises(InputError, match="a2.json"):
        load_placegold(folder)
    result = CliRunner().invoke(app, ["eval", "places", "--gold", str(folder)])
    assert result.exit_code == 2 and "a2.json" in result.output


def test_placegold_needs_one_gold(tmp_path):
    result = CliRunner().invoke(app, ["eval", "places"])
    assert result.exit_code != 0
