"""`redline config` shows every setting; `redline code --config` and `--workers` honour them."""

from __future__ import annotations

import json
import tomllib

import pytest
from typer.testing import CliRunner

from redline.cli.main import app

ARTICLE = (
    "The European Union imposed new sanctions on Belarus on Monday, freezing the assets of 26 "
    "officials. Foreign ministers said the measures responded to the forced landing of a "
    "Ryanair flight in Minsk."
)
ARTICLE_2 = (
    "Japan and South Korea agreed on Tuesday to resume security talks in Tokyo next month, "
    "the two foreign ministries said in a joint statement."
)


def test_cli_config_prints_defaults_with_every_data_file():
    result = CliRunner().invoke(app, ["config"])
    assert result.exit_code == 0
    values = tomllib.loads(result.stdout)
    assert values["pipeline"]["stages"][:2] == ["language", "actors"]
    assert values["data"]["events/lexicon.yml"] == ["pkg:events/lexicon.yml"]
    assert "# Worker processes" in result.stdout  # the defaults keep their comments


def test_cli_config_stages_lists_contracts():
    result = CliRunner().invoke(app, ["config", "--stages"])
    assert result.exit_code == 0
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("quote_actors"))
    assert "quotes" in line and "quotes.actor" in line


def test_cli_config_with_a_bad_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[pipeline]\nstages = [\n", "utf-8")
    result = CliRunner().invoke(app, ["config", "--config", str(bad)])
    assert result.exit_code == 2
    assert "not valid TOML" in result.stderr


@pytest.mark.model
@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_code_config_without_the_events_stage(tmp_path, workers):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_2, "utf-8")
    config = tmp_path / "no-events.toml"
    config.write_text(
        '[pipeline]\nstages = ["actors", "quotes", "quote_actors", "entities", "dates"]\n',
        "utf-8",
    )
    out = tmp_path / "out.jsonl"
    args = ["code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--no-db", "--quiet"]
    plain = CliRunner().invoke(app, [*args, "--jsonl", str(out), "--workers", workers])
    assert plain.exit_code == 0, plain.output
    with_events = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    result = CliRunner().invoke(
        app, [*args, "--jsonl", str(out), "--config", str(config), "--workers", workers]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["source"] for r in records] == [r["source"] for r in with_events]
    assert any(r["events"] for r in with_events)
    assert all(r["events"] == [] and r["entities"] for r in records)
