"""Parquet and JSON Lines export, read back; bad formats and missing stores are user errors."""

from __future__ import annotations

import json

import duckdb
import pytest

from redline.enrich.happenings import write_happenings
from redline.errors import RedlineError
from redline.export import export_store
from redline.model import Document
from redline.store import Store


def test_export_parquet_writes_one_file_per_table(store_path, tmp_path):
    with Store(store_path) as store:
        write_happenings(store)
        counts = store.counts()
        counts["happenings"] = store.con.execute("SELECT count(*) FROM happenings").fetchone()[0]
    paths = export_store(store_path, "parquet", tmp_path / "pq")
    by_table = {p.stem: p for p in paths}
    assert set(by_table) == set(counts) | {"event_happenings"}
    con = duckdb.connect()
    for table, n in counts.items():
        assert (
            con.execute("SELECT count(*) FROM read_parquet(?)", [str(by_table[table])]).fetchone()[
                0
            ]
            == n
        )
    codes = con.execute(
        "SELECT list_sort(list(code)) FROM read_parquet(?) WHERE NOT negated",
        [str(by_table["events"])],
    ).fetchone()[0]
    assert codes == ["071", "122", "122", "190", "190"]


def test_export_parquet_without_happenings_skips_those_tables(store_path, tmp_path):
    paths = export_store(store_path, "parquet", tmp_path / "pq")
    assert "happenings.parquet" not in {p.name for p in paths}
    assert "documents.parquet" in {p.name for p in paths}


def test_export_jsonl_one_record_per_document_round_trips(store_path, tmp_path):
    (path,) = export_store(store_path, "jsonl", tmp_path / "js")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    with Store(store_path, read_only=True) as store:
        for record in records:
            doc = Document.from_dict(record)
            assert doc.to_dict() == store.load(doc.id).to_dict()
    repost = next(r for r in records if r["source"] == "repost.html")
    assert repost["duplicate_of"] is not None


def test_export_unknown_format_and_missing_store_are_errors(store_path, tmp_path):
    with pytest.raises(RedlineError) as exc:
        export_store(store_path, "xlsx", tmp_path)
    assert exc.value.code == "E602"
    with pytest.raises(RedlineError) as exc:
        export_store(tmp_path / "nothing.duckdb", "jsonl", tmp_path)
    assert exc.value.code == "E603"
