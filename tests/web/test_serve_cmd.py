"""The ``redline serve`` command."""

from __future__ import annotations

import typer
import uvicorn
from typer.testing import CliRunner

from redline.cli.serve_cmd import register


def _cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command so typer keeps "serve" as a subcommand
        pass

    return app


def test_serve_cmd_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(_cli(), ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store at" in result.output


def test_serve_cmd_prints_its_address_and_binds_localhost(news_db, monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(_cli(), ["serve", "--db", news_db, "--port", "8765"])
    assert result.exit_code == 0, result.output
    assert f"redline serving {news_db} at http://127.0.0.1:8765/" in result.output
    ((app, kwargs),) = calls
    assert kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8765
    assert set(app.openapi()["paths"]) >= {"/api/events", "/api/code"}
    app.state.access.close()


def test_serve_cmd_rejects_a_bad_port(news_db):
    result = CliRunner().invoke(_cli(), ["serve", "--db", news_db, "--port", "70000"])
    assert result.exit_code == 2


def test_serve_cmd_workers_start_each_process_from_the_settings(news_db, monkeypatch):
    import json
    import os

    from redline.web.app import SETTINGS_VARIABLE, app_from_environment

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv(SETTINGS_VARIABLE, raising=False)
    result = CliRunner().invoke(_cli(), ["serve", "--db", news_db, "--workers", "2"])
    assert result.exit_code == 0, result.output
    ((target, kwargs),) = calls
    assert target == "redline.web.app:app_from_environment"
    assert kwargs["factory"] is True and kwargs["workers"] == 2
    assert json.loads(os.environ[SETTINGS_VARIABLE])["db"] == news_db
    app = app_from_environment()  # what each worker process does
    assert set(app.openapi()["paths"]) >= {"/api/events"}
    app.state.access.close()
    monkeypatch.delenv(SETTINGS_VARIABLE)
