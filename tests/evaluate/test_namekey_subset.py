"""scripts/namekey_subset.py cuts a keyed share into the articles tuned on and those held out."""

from __future__ import annotations

import json
import sys

import pytest

from script_modules import load_script


def _write_lines(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def share(tmp_path):
    polnear = tmp_path / "polnear"
    polnear.mkdir()
    articles = [
        {
            "id": f"polnear:train:story-{n}",
            "text": f'Senator Jane Roe said "yes {n}".',
            "quotes": [],
        }
        for n in range(4)
    ]
    _write_lines(polnear / "polnear.train.jsonl", articles)
    key = [
        {
            "doc_id": a["id"],
            "split": "train",
            "quote_start": 21,
            "quote_end": 28,
            "speaker_type": "person",
            "names": ["Jane Roe"],
        }
        for a in articles
    ]
    _write_lines(tmp_path / "key.jsonl", key)
    held = tmp_path / "held.json"
    held.write_text(json.dumps(["polnear:train:story-1", "polnear:train:story-3"]))
    return tmp_path, polnear, held


def _run(monkeypatch, *argv):
    monkeypatch.setattr(sys, "argv", ["namekey_subset.py", *map(str, argv)])
    load_script("namekey_subset").main()


def _ids(path):
    return [json.loads(line).get("id") or json.loads(line)["doc_id"] for line in path.open()]


def test_held_out_and_tuned_shares_partition_the_key(share, monkeypatch):
    root, polnear, held = share
    _run(
        monkeypatch,
        root / "key.jsonl",
        "--polnear",
        polnear,
        "--out",
        root / "a",
        "--leave-out",
        held,
    )
    _run(monkeypatch, root / "key.jsonl", "--polnear", polnear, "--out", root / "b", "--only", held)
    tuned, kept = _ids(root / "a.gold.jsonl"), _ids(root / "b.gold.jsonl")
    assert tuned == ["polnear:train:story-0", "polnear:train:story-2"]
    assert kept == ["polnear:train:story-1", "polnear:train:story-3"]
    assert _ids(root / "b.key.jsonl") == kept


def test_a_key_holding_polnear_test_is_refused(share, monkeypatch):
    root, polnear, _ = share
    _write_lines(root / "mixed.jsonl", [{"doc_id": "polnear:test:story-9", "split": "test"}])
    with pytest.raises(SystemExit, match="scored once"):
        _run(monkeypatch, root / "mixed.jsonl", "--polnear", polnear, "--out", root / "c")
