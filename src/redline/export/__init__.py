"""Export a store for other tools: GDELT 2.0 files, Parquet tables or JSON Lines documents.

- ``gdelt``: ``events.export.CSV`` (61 columns) and ``mentions.CSV`` (16), see
  :mod:`redline.export.gdelt`;
- ``parquet``: one file per table (documents, every annotation table, happenings when written),
  written by DuckDB itself, so no pyarrow is needed;
- ``jsonl``: ``documents.jsonl``, one record per document in the shape of
  ``schema/document.schema.json``.
"""

from __future__ import annotations

from pathlib import Path

from redline.errors import RedlineError
from redline.export.gdelt import EVENT_COLUMNS, MENTION_COLUMNS, write_gdelt
from redline.store import JsonlWriter, Store
from redline.store.duck import ANNOTATION_TABLES

FORMATS = ("gdelt", "parquet", "jsonl")
EXTRA_TABLES = ("happenings", "event_happenings")

__all__ = [
    "EVENT_COLUMNS",
    "FORMATS",
    "MENTION_COLUMNS",
    "export_store",
    "write_gdelt",
    "write_jsonl",
    "write_parquet",
]


def export_store(db_path: str | Path, fmt: str, out_dir: str | Path) -> list[Path]:
    """Write the store at ``db_path`` in format ``fmt`` into ``out_dir``; returns the files."""
    if fmt not in FORMATS:
        raise RedlineError("E602", f"unknown export format {fmt!r}; choose {', '.join(FORMATS)}")
    if not Path(db_path).is_file():
        raise RedlineError("E603", f"no store at {db_path}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with Store(db_path, read_only=True) as store:
        if fmt == "gdelt":
            return write_gdelt(store.con, out)
        if fmt == "parquet":
            return write_parquet(store, out)
        return write_jsonl(store, out)


def write_jsonl(store: Store, out_dir: Path) -> list[Path]:
    """Every document, with all its annotations, as one JSON line in ``documents.jsonl``."""
    path = Path(out_dir) / "documents.jsonl"
    with JsonlWriter(path) as writer:
        for doc in store.iter_documents():
            writer.write(doc)
    return [path]


def write_parquet(store: Store, out_dir: Path) -> list[Path]:
    """One Parquet file per table, named after it."""
    have = {
        r[0]
        for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    written = []
    for table in ("documents", *ANNOTATION_TABLES, *EXTRA_TABLES):
        if table not in have:
            continue
        path = Path(out_dir) / f"{table}.parquet"
        target = str(path).replace("'", "''")  # COPY takes no bound parameter for its file
        store.con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
        written.append(path)
    return written
