"""Column inserts through a registered NumPy scan store exactly what ``unnest`` parameters did."""

from __future__ import annotations

from datetime import datetime

import duckdb

from redline.store.duck import insert_columns

TYPES = {
    "id": "VARCHAR PRIMARY KEY",
    "n": "INTEGER",
    "x": "DOUBLE",
    "flag": "BOOLEAN",
    "pair": "INTEGER[]",
    "names": "VARCHAR[]",
    "blob": "BLOB",
    "at": "TIMESTAMP",
    "meta": "JSON",
}

# Equal-length lists (which NumPy would broadcast into a 2-D array), None in every column, an int
# in a DOUBLE column, empty lists and strings, non-ASCII text.
COLUMNS = {
    "id": ["a", "b", "c", "Zürich “quoted”"],
    "n": [1, None, -3, 2**31 - 1],
    "x": [0.1, None, 2, 1e-300],
    "flag": [True, False, None, True],
    "pair": [[1, 2], [3, 4], None, []],
    "names": [["Ann"], [], None, ["Bob", "Čech"]],
    "blob": [b"\x00\x01", None, b"", bytes(range(256))],
    "at": [datetime(2024, 9, 13, 1, 2, 3, 456789), None, datetime(2020, 1, 1), None],
    "meta": ['{"k": 1}', "{}", None, '{"a": [1, 2]}'],
}


def _table(con: duckdb.DuckDBPyConnection, name: str) -> None:
    cols = ", ".join(f'"{n}" {t}' for n, t in TYPES.items())
    con.execute(f"CREATE TABLE {name} ({cols})")


def test_insert_columns_matches_unnest_parameters():
    con = duckdb.connect(":memory:")
    _table(con, "scanned")
    _table(con, "unnested")
    insert_columns(con, "scanned", COLUMNS, TYPES)
    names = list(COLUMNS)
    selects = ", ".join(
        f"unnest(${i + 1})::{TYPES[n].replace(' PRIMARY KEY', '')}" for i, n in enumerate(names)
    )
    con.execute(f"INSERT INTO unnested SELECT {selects}", [COLUMNS[n] for n in names])
    scanned = con.execute("SELECT * FROM scanned ORDER BY id").fetchall()
    assert scanned == con.execute("SELECT * FROM unnested ORDER BY id").fetchall()
    assert len(scanned) == 4
    first = con.execute("SELECT * FROM scanned WHERE id = 'a'").fetchone()
    row = dict(zip(names, first, strict=True))
    assert row["pair"] == [1, 2] and row["names"] == ["Ann"] and row["blob"] == b"\x00\x01"
    # the registered columns are gone again; an empty insert is a no-op
    assert not con.execute("SELECT * FROM duckdb_views() WHERE NOT internal").fetchall()
    insert_columns(con, "scanned", {name: [] for name in names}, TYPES)
    assert con.execute("SELECT count(*) FROM scanned").fetchone()[0] == 4
