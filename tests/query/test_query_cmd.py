"""The query and export commands, run through typer as a user would."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from redline.cli.query_cmd import register


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def _run(app, *args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_query_cmd_events_json_with_filters(app, store_path):
    result = _run(
        app, "events", "--db", store_path, "--actor", "RUS", "--root", "19", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"] == 2
    assert sorted(r["code"] for r in data["rows"]) == ["190", "195"]


def test_query_cmd_events_csv_has_header_and_rows(app, store_path):
    result = _run(app, "events", "--db", store_path, "--quad-class", "3", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert sorted(r["code"] for r in rows) == ["122", "130"]


def test_query_cmd_events_table_shows_matches(app, store_path):
    result = _run(app, "events", "--db", store_path, "--q", "sanctions")
    assert result.exit_code == 0, result.output
    assert "163" in result.output and "USAGOV" in result.output
    assert "195" not in result.output


def test_query_cmd_quotes_and_documents(app, store_path):
    result = _run(app, "quotes", "--db", store_path, "--speaker", "morrow", "-f", "json")
    assert [r["speaker"] for r in json.loads(result.output)["rows"]] == ["Janet Morrow"]
    result = _run(app, "documents", "--db", store_path, "--no-duplicates", "-f", "json")
    assert json.loads(result.output)["total"] == 2


def test_query_cmd_bad_input_exits_2(app, store_path, tmp_path):
    result = _run(app, "events", "--db", store_path, "--from", "yesterday")
    assert result.exit_code == 2
    result = _run(app, "events", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2
    result = _run(app, "events", "--db", store_path, "--format", "xml")
    assert result.exit_code == 2


def test_query_cmd_happenings_then_gdelt_export(app, fresh_store_path, tmp_path):
    result = _run(app, "happenings", "--db", fresh_store_path, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["total"] == 3
    out = tmp_path / "gdelt"
    result = _run(app, "export", "--db", fresh_store_path, "--format", "gdelt", "--out", out)
    assert result.exit_code == 0, result.output
    lines = (out / "events.export.CSV").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 61 for line in lines)
    mentions = (out / "mentions.CSV").read_text(encoding="utf-8").splitlines()
    assert len(mentions) == 4 and all(len(line.split("\t")) == 16 for line in mentions)
