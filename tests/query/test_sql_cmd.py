"""``redline sql``: read-only SQL over the store, as table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from redline.cli.sql_cmd import register
from redline.store import Store


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    app.command("version")(lambda: None)  # two commands, so typer keeps the command name
    return app


def _run(app, *args):
    return CliRunner().invoke(app, ["sql", *[str(a) for a in args]])


def test_sql_cmd_prints_rows_as_json_and_csv(app, store_path):
    sql = "SELECT source_actor, code FROM events WHERE root_code = '19' ORDER BY code"
    result = _run(app, sql, "--db", store_path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"] == 2
    assert [r["code"] for r in data["rows"]] == ["190", "195"]
    result = _run(app, sql, "--db", store_path, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["source_actor"] for r in rows][1] == "RUSMIL"


def test_sql_cmd_table_and_limit(app, store_path):
    result = _run(
        app, "SELECT id, title FROM documents ORDER BY id", "--db", store_path, "--limit", "1"
    )
    assert result.exit_code == 0, result.output
    assert "Rows (1 of " in result.output and "title" in result.output


def test_sql_cmd_is_read_only(app, store_path):
    with Store(store_path, read_only=True) as store:
        before = store.count("events")
    result = _run(app, "DELETE FROM events", "--db", store_path)
    assert result.exit_code == 1
    assert "read-only" in result.output and len(result.output.strip().splitlines()) == 1
    with Store(store_path, read_only=True) as store:
        assert store.count("events") == before


def test_sql_cmd_bad_sql_and_missing_store(app, store_path, tmp_path):
    result = _run(app, "SELEC 1", "--db", store_path)
    assert result.exit_code == 1 and "syntax error" in result.output
    result = _run(app, "SELECT 1", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2 and "no store at" in result.output
