"""`redline code` end to end: inputs in, store and JSONL out, bad inputs named, exit codes."""

from __future__ import annotations

import gzip
import json

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from redline.cli.main import app
from redline.model import Document, check_offsets
from redline.schema import published_schema

pytestmark = pytest.mark.model

ARTICLE_1 = """Turkey closes border crossing after shelling

ANKARA — Turkey closed its main border crossing with Syria on Tuesday after shells fired from \
the Syrian side struck a Turkish village, the governor of Hatay province said.

"We will respond to any attack on our territory," Defence Minister Hulusi Akar told reporters \
in Ankara. He said Turkish troops had returned fire.
"""

ARTICLE_2 = (
    "The European Union imposed new sanctions on Belarus on Monday, freezing the assets of 26 "
    "officials. Foreign ministers said the measures responded to the forced landing of a "
    "Ryanair flight in Minsk."
)


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "turkey.txt").write_text(ARTICLE_1, encoding="utf-8")
    line = {"id": "eu-1", "text": ARTICLE_2, "title": "EU sanctions Belarus", "date": "2021-06-21"}
    (folder / "feed.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_cli_code_writes_store_and_jsonl(inputs, tmp_path):
    db, out = tmp_path / "r.duckdb", tmp_path / "out.jsonl"
    result = run("code", str(inputs), "--db", str(db), "--jsonl", str(out))
    assert result.exit_code == 0, result.output
    assert "2 coded, 0 skipped, 0 failed" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    schema = published_schema()
    for record in records:
        jsonschema.validate(record, schema)
        assert check_offsets(Document.from_dict(record)) == []
    eu = next(r for r in records if r["title"] == "EU sanctions Belarus")
    assert eu["published"] == "2021-06-21"
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM sentences").fetchone()[0] >= 5


def test_cli_code_twice_adds_no_rows(inputs, tmp_path):
    db = tmp_path / "r.duckdb"
    assert run("code", str(inputs), "--db", str(db)).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    before = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "sentences", "entities")
    }
    con.close()
    second = run("code", str(inputs), "--db", str(db))
    assert second.exit_code == 0
    assert "0 coded, 2 skipped, 0 failed" in second.output
    con = duckdb.connect(str(db), read_only=True)
    after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before


def test_cli_code_bad_inputs_are_named_and_batch_goes_on(inputs, tmp_path):
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    whole = gzip.compress(ARTICLE_2.encode("utf-8") * 20)
    (inputs / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    (inputs / "bad.jsonl").write_text('{"text": "Fine line about Iran and Iraq talks."}\n{oops\n')
    db = tmp_path / "r.duckdb"
    result = CliRunner().invoke(app, ["code", str(inputs), "--db", str(db)])
    assert result.exit_code == 1
    out = result.output
    assert "empty.txt" in out and "photo.txt" in out and "cut.txt.gz" in out
    assert "bad.jsonl:2" in out
    assert "3 coded" in out and "failed" in out
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_cli_code_jsonl_to_stdout(inputs, tmp_path):
    result = CliRunner().invoke(
        app, ["code", str(inputs / "turkey.txt"), "--no-db", "--jsonl", "-", "--quiet"]
    )
    assert result.exit_code == 0
    record = json.loads(result.stdout.strip().splitlines()[0])
    assert record["text"].startswith("Turkey closed") and record["dateline"] == "Ankara"
    assert record["title"] == "Turkey closes border crossing after shelling"


def test_cli_code_stdin(tmp_path):
    result = CliRunner().invoke(
        app, ["code", "-", "--no-db", "--jsonl", "-", "-q"], input=ARTICLE_2
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["text"].startswith("The European Union")


def test_cli_code_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(app, ["code"]).exit_code == 2
    bad_date = CliRunner().invoke(app, ["code", "-", "--published", "13/09/2024"], input="x")
    assert bad_date.exit_code == 2
    assert "YYYY-MM-DD" in bad_date.output
