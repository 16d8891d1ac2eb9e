"""The DuckDB store: idempotent writes, round trips, transactions, schema versions."""

from __future__ import annotations

import duckdb
import pytest

from redline.errors import RedlineError
from redline.model import SCHEMA_VERSION, Document, Entity, Event, Quote, Sentence
from redline.store import Store

TEXT = (
    "Canada will send 20 armoured vehicles to Ukraine, Defence Minister Bill Blair said on "
    "Friday. “We stand with Ukraine,” Blair told reporters in Ottawa."
)


def _doc() -> Document:
    doc = Document(text=TEXT, source="fixtures/blair.txt", authors=["Ann Writer"], meta={"k": 1})
    doc.sentences = [Sentence(0, 92), Sentence(93, len(TEXT))]
    doc.entities = [Entity(17, 19, "20", "CARDINAL"), Entity(67, 76, "Bill Blair", "PERSON")]
    doc.quotes = [Quote(93, 114, TEXT[93:114], "direct", speaker="Bill Blair", cue="told")]
    doc.events = [
        Event(0, 92, TEXT[0:92], "070", "07", "Provide aid", quantity_ids=(0,), negated=False)
    ]
    return doc


def test_store_write_twice_adds_no_rows(tmp_path):
    path = tmp_path / "r.duckdb"
    with Store(path) as store:
        store.write([_doc()])
        first = store.counts()
        store.write([_doc()])
        assert store.counts() == first
    with Store(path) as store:  # and across processes/sessions
        store.write([_doc()])
        assert store.counts() == first
    assert first["documents"] == 1 and first["entities"] == 2 and first["events"] == 1


def test_store_load_round_trips_the_document(tmp_path):
    doc = _doc()
    with Store(tmp_path / "r.duckdb") as store:
        store.write([doc])
        loaded = store.load(doc.id)
    assert loaded is not None
    assert loaded.to_dict() == doc.to_dict()


def test_store_duplicate_ids_in_one_batch_are_written_once(tmp_path):
    with Store(tmp_path / "r.duckdb") as store:
        store.write([_doc(), _doc()])
        assert store.count("documents") == 1
        assert store.count("entities") == 2


def test_store_failed_write_leaves_store_unchanged(tmp_path, monkeypatch):
    with Store(tmp_path / "r.duckdb") as store:
        store.write([_doc()])
        before = store.counts()
        other = Document(text="Another article about sanctions on Iran.", source="b.txt")
        other.entities = [Entity(0, 7, "Another", "X")]

        def boom(*args, **kwargs):
            raise RuntimeError("disk full")

        monkeypatch.setattr(store, "_insert_annotations", boom)
        with pytest.raises(RuntimeError):
            store.write([other])
        assert store.counts() == before
        assert not store.has(other.id)


def test_store_records_schema_version(tmp_path):
    with Store(tmp_path / "r.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_store_migrates_a_store_missing_new_columns(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write([_doc()])
    con = duckdb.connect(str(path))
    con.execute('ALTER TABLE events DROP COLUMN "reported_by"')
    con.execute("UPDATE redline_meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        loaded = store.load(_doc().id)
        assert loaded is not None and loaded.events[0].reported_by is None


def test_store_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE redline_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(RedlineError, match="E021"):
        Store(path)


def test_store_annotation_columns_are_the_rows_transposed():
    """The store's column-wise gathering gives the values of the row-wise one (Spark's)."""
    from redline.model import Document, Entity, Event, Sentence
    from redline.store.rows import annotation_rows, annotation_table_columns

    text = "Iraq's parliament voted on Sunday to expel U.S. troops. Washington said it would stay."
    first = Document(text=text, source="a.txt")
    first.sentences = [Sentence(0, 55), Sentence(56, len(text))]
    first.entities = [Entity(0, 4, "Iraq", "GPE", actor="IRQ")]
    first.events = [
        Event(0, 55, text[:55], "174", "17", "Expel", quantity_ids=(0, 1), source_actor="IRQLEG")
    ]
    empty = Document(text="Nothing coded here.", source="b.txt")
    for table in ("sentences", "entities", "events", "quotes"):
        rows = [row for doc in (first, empty) for row in annotation_rows(table, doc)]
        data = annotation_table_columns(table, [first, empty])
        assert list(zip(*data.values(), strict=True)) == rows
    assert annotation_table_columns("events", [first])["quantity_ids"] == [[0, 1]]


def test_store_write_connection_bounds_duckdb_memory(tmp_path):
    """The checkpoint at each write's close may not take what DuckDB allows by default (80% of
    RAM): a long run's main process rose with the store's last row groups (issue #11)."""
    from redline.store import duck

    path = tmp_path / "r.duckdb"
    with Store(path) as store:
        with store.connection() as con:
            limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        store.write([_doc()])
        assert store.count() == 1
    number, unit = limit.split()  # DuckDB reports "61.0 MiB" for 64MB
    assert unit == "MiB" and float(number) * 2**20 <= int(duck.WRITER_MEMORY[:-2]) * 10**6
