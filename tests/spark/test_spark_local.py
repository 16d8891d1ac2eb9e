"""`redline spark` on local[2]: the same documents, events and ids as a local run, in Parquet
tables with the store's columns (issue #11, item 4)."""

from __future__ import annotations

import importlib.util
import json
import shutil

import duckdb
import pytest

pytestmark = [
    pytest.mark.spark,
    pytest.mark.model,
    pytest.mark.skipif(
        importlib.util.find_spec("pyspark") is None,
        reason="pyspark is not installed (pip install -e '.[spark]')",
    ),
    pytest.mark.skipif(
        shutil.which("java") is None, reason="no Java runtime (ci/spark-deps.sh installs one)"
    ),
]

TURKEY = """Turkey closes border crossing after shelling

ANKARA — Turkey closed its main border crossing with Syria on Tuesday after shells fired from \
the Syrian side struck a Turkish village, the governor of Hatay province said.

"We will respond to any attack on our territory," Defence Minister Hulusi Akar told reporters \
in Ankara. He said Turkish troops had returned fire.
"""
LINES = [
    {
        "id": "eu-1",
        "date": "2021-06-21",
        "text": "The European Union imposed new sanctions on Belarus on Monday, freezing the "
        "assets of 26 officials. Foreign ministers said the measures responded to the forced "
        "landing of a Ryanair flight in Minsk.",
    },
    {
        "id": "ir-1",
        "text": "Iran summoned the British ambassador on Sunday over remarks by the foreign "
        "secretary, state media said. Protesters gathered outside the embassy in Tehran.",
    },
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    (folder / "a-turkey.txt").write_text(TURKEY, encoding="utf-8")
    (folder / "b-wire.jsonl").write_text(
        "".join(json.dumps(line) + "\n" for line in LINES), encoding="utf-8"
    )
    (folder / "c-copy.txt").write_text(TURKEY, encoding="utf-8")  # same text again
    (folder / "d-empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_store(inputs, tmp_path_factory):
    from redline.batch import Outcome, code_documents, prepare
    from redline.pipeline import Pipeline
    from redline.store import Store

    path = tmp_path_factory.mktemp("local") / "local.duckdb"
    docs = [d for d in prepare([str(inputs)], max_bytes=10**7) if not isinstance(d, Outcome)]
    with Store(path) as store:
        code_documents(docs, Pipeline(), store=store)
    return path


@pytest.fixture(scope="module")
def spark():
    from redline.spark.job import spark_session

    session = spark_session("local[2]", "redline-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def spark_out(inputs, spark, tmp_path_factory):
    from redline.spark import code_on_spark

    out = tmp_path_factory.mktemp("spark") / "tables"
    result = code_on_spark([str(inputs)], str(out), spark=spark)
    return out, result


def rows(sql: str, db=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True) if db else duckdb.connect()
    try:
        return sorted(con.execute(sql).fetchall())
    finally:
        con.close()


EVENT_KEY = "doc_id, idx, code, source_actor, target_actor, trigger_start, start"


def test_spark_local2_codes_the_same_events_with_the_same_ids(local_store, spark_out):
    out, result = spark_out
    local_events = rows(f"SELECT {EVENT_KEY} FROM events", local_store)
    spark_events = rows(f"SELECT {EVENT_KEY} FROM '{out}/events/*.parquet'")
    assert local_events and spark_events == local_events
    assert result.counts["events"] == len(local_events)
    local_docs = rows("SELECT id, source, title, published FROM documents", local_store)
    assert rows(f"SELECT id, source, title, published FROM '{out}/documents/*.parquet'") == (
        local_docs
    )
    assert result.counts["documents"] == len(local_docs) == 3


def test_spark_tables_have_the_store_columns(local_store, spark_out):
    out, _ = spark_out
    con = duckdb.connect(str(local_store), read_only=True)
    files = duckdb.connect()
    for table in ("documents", "sentences", "entities", "quotes", "events", "quantities",
                  "places"):  # fmt: skip
        ours = con.execute(f"DESCRIBE {table}").fetchall()
        theirs = files.execute(f"DESCRIBE SELECT * FROM '{out}/{table}/*.parquet'").fetchall()
        # same names in the same order; JSON meta is text in Parquet
        assert [r[0] for r in theirs] == [r[0] for r in ours], table
        local_n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        parquet_n = files.execute(f"SELECT count(*) FROM '{out}/{table}/*.parquet'").fetchone()
        assert parquet_n[0] == local_n, table
    con.close()
    files.close()


def test_spark_reports_inputs_it_did_not_code(inputs, spark_out):
    out, result = spark_out
    reasons = {source.rsplit("/", 1)[-1]: (status, reason) for source, status, reason in
               result.outcomes}  # fmt: skip
    assert reasons["d-empty.txt"] == ("skipped", "empty file")
    assert reasons["c-copy.txt"][0] == "skipped"
    assert reasons["c-copy.txt"][1].startswith("same text as an earlier input")
    assert result.line() == "3 coded, 2 skipped, 0 failed"
    stored = rows(f"SELECT source, status FROM '{out}/outcomes/*.parquet'")
    assert [(s.rsplit("/", 1)[-1], st) for s, st in stored] == [
        ("c-copy.txt", "skipped"),
        ("d-empty.txt", "skipped"),
    ]


def test_spark_reads_uris_itself_with_the_same_ids(inputs, local_store, spark, tmp_path):
    from redline.spark import code_on_spark

    out = tmp_path / "tables"
    result = code_on_spark([(inputs / "b-wire.jsonl").as_uri()], str(out), spark=spark)
    assert result.line() == "2 coded, 0 skipped, 0 failed"
    sources = rows(f"SELECT source FROM '{out}/documents/*.parquet'")
    assert [s[0].rsplit("/", 1)[-1] for s in sources] == ["b-wire.jsonl:1", "b-wire.jsonl:2"]
    assert all(s[0].startswith("file:") for s in sources)
    wire = "SELECT id FROM documents WHERE source LIKE '%b-wire.jsonl:%'"
    local = rows(f"SELECT {EVENT_KEY} FROM events WHERE doc_id IN ({wire})", local_store)
    assert local and rows(f"SELECT {EVENT_KEY} FROM '{out}/events/*.parquet'") == local
