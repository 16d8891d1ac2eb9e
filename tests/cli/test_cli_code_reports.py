"""`redline code` says what it could not keep whole: cut streams, other languages, bad bytes."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from redline.cli.main import app

pytestmark = pytest.mark.model

STORIES = [
    "Turkey closed its main border crossing with Syria on Tuesday after shells struck a village.",
    "The European Union imposed new sanctions on Belarus on Monday, freezing officials' assets.",
    "Iran summoned the British ambassador on Sunday over remarks by the foreign secretary.",
]
FRENCH = (
    "Le gouvernement français a annoncé mardi le retrait de ses troupes du Niger, une décision "
    "prise après des semaines de tensions avec la junte au pouvoir à Niamey."
)


def test_cli_code_reports_cut_stream_and_unsupported_language(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = "".join(json.dumps({"id": f"s{n}", "text": t}) + "\n" for n, t in enumerate(STORIES))
    whole = gzip.compress(lines.encode(), compresslevel=0)
    (folder / "wire.jsonl.gz").write_bytes(whole[: len(whole) - 40])  # inside the third line
    (folder / "niger.txt").write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(folder), "--no-db"])
    assert result.exit_code == 1, result.output
    out = result.output
    assert f"{folder / 'wire.jsonl.gz'}: failed: truncated gzip stream after" in out
    assert "2 complete records kept, the cut one is lost" in out
    assert out.count("language 'fr' is not supported by the coder") == 1
    assert f"{folder / 'niger.txt'}: warning: language 'fr'" in out
    assert "3 coded, 0 skipped, 1 failed" in out
