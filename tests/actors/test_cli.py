"""``redline actors lookup`` through typer's test runner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from redline.cli.actors_cmd import app

runner = CliRunner()


def test_cli_lookup_prints_code_and_rule():
    result = runner.invoke(
        app, ["lookup", "Kremlin spokesperson Dmitry Peskov", "--date", "2024-09-13"]
    )
    assert result.exit_code == 0, result.output
    assert "RUSGOV" in result.output
    assert "person wins" in result.output


def test_cli_lookup_json():
    result = runner.invoke(app, ["lookup", "Ukrainian officials", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["code"] == "UKRGOV" and record["kind"] == "country"


def test_cli_lookup_unknown_exits_1():
    result = runner.invoke(app, ["lookup", "the weather"])
    assert result.exit_code == 1


def test_cli_lookup_user_file(tmp_path):
    extra = tmp_path / "mine.yml"
    extra.write_text("organisations:\n  - code: NGOXYZ\n    name: Harbour Watch\n", "utf-8")
    result = runner.invoke(app, ["lookup", "Harbour Watch", "--actors", str(extra), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["code"] == "NGOXYZ"


def test_cli_lookup_bad_date_exits_2():
    result = runner.invoke(app, ["lookup", "Putin", "--date", "someday"])
    assert result.exit_code == 2
