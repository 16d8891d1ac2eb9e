"""The embedded DuckDB store: one row per document, one table per kind of annotation.

Tables are derived from the dataclasses in :mod:`redline.model`, so the data model stays the one
source of truth: a field added there becomes a column here through :func:`migrate`. Every document
is written in one transaction, keyed by its content id, so coding the same input twice adds no
rows and a crash never leaves half a document behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from redline.errors import RedlineError
from redline.model import SCHEMA_VERSION, Document
from redline.store.rows import (
    ANNOTATION_TABLES,
    DOCUMENT_LIST_FIELDS,
    annotation_rows,
    columns,
    document_columns,
    document_row,
)

# Columns and rows come from redline.store.rows, shared with the Parquet datasets of Spark runs.
_DOCUMENT_LIST_FIELDS = DOCUMENT_LIST_FIELDS
_columns = columns
_document_columns = document_columns

# Named migrations, applied in order to bring an older store up to SCHEMA_VERSION. Columns added
# to the data model are added automatically (see _add_missing_columns); renames and data fixes go
# here as SQL statements.
MIGRATIONS: dict[int, list[str]] = {}


def _quote(name: str) -> str:
    return f'"{name}"'


class Store:
    """A DuckDB file holding coded documents. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = "redline.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise RedlineError("E020", f"cannot open store {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema -----------------------------------------------------------------------------

    def schema_version(self) -> int:
        try:
            row = self.con.execute(
                "SELECT value FROM redline_meta WHERE key = 'schema_version'"
            ).fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        """Create missing tables and columns and apply named migrations up to SCHEMA_VERSION."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "CREATE TABLE IF NOT EXISTS redline_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
            )
            current = self.schema_version()
            if current > SCHEMA_VERSION:
                raise RedlineError(
                    "E021",
                    f"store {self.path} has schema version {current}, newer than this redline "
                    f"({SCHEMA_VERSION}); upgrade redline",
                )
            cols = ", ".join(f"{_quote(n)} {t}" for n, t in _document_columns())
            con.execute(f"CREATE TABLE IF NOT EXISTS documents ({cols})")
            for table, cls in ANNOTATION_TABLES.items():
                cols = ", ".join(f"{_quote(n)} {t}" for n, t in _columns(cls))
                con.execute(
                    f"CREATE TABLE IF NOT EXISTS {table} (doc_id VARCHAR NOT NULL, "
                    f"idx INTEGER NOT NULL, {cols}, PRIMARY KEY (doc_id, idx))"
                )
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS.get(version, []):
                    con.execute(statement)
            self._add_missing_columns()
            con.execute(
                "INSERT OR REPLACE INTO redline_meta VALUES ('schema_version', ?)",
                [str(SCHEMA_VERSION)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _add_missing_columns(self) -> None:
        wanted = {"documents": _document_columns()}
        wanted.update({t: _columns(c) for t, c in ANNOTATION_TABLES.items()})
        for table, cols in wanted.items():
            have = {
                r[0]
                for r in self.con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                    [table],
                ).fetchall()
            }
            for name, sql_type in cols:
                if name not in have:
                    sql_type = sql_type.replace(" PRIMARY KEY", "")
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {_quote(name)} {sql_type}")

    # -- writing ----------------------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        return (
            self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
            is not None
        )

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write(
        self,
        docs: Iterable[Document],
        *,
        replace: bool = True,
        also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
    ) -> int:
        """Write documents in one transaction; an existing id is replaced, never duplicated.

        ``also`` runs inside the same transaction (the duplicate index writes its signatures so),
        so the documents and what is derived from them are stored together or not at all.
        """
        docs = list(docs)
        if not docs:
            return 0
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = [d.id for d in docs]
            existing = self.existing_ids(ids)
            if existing and not replace:
                docs = [d for d in docs if d.id not in existing]
            elif existing:
                for table in ("documents", *ANNOTATION_TABLES):
                    key = "id" if table == "documents" else "doc_id"
                    con.execute(
                        f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [list(existing)]
                    )
            seen: set[str] = set()
            docs = [d for d in docs if not (d.id in seen or seen.add(d.id))]
            self._insert_documents(docs)
            for table, cls in ANNOTATION_TABLES.items():
                self._insert_annotations(table, cls, docs)
            if also is not None:
                also(con)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return len(docs)

    def _insert_columns(self, table: str, columns: dict[str, list[Any]], types_: dict) -> None:
        if not columns or not next(iter(columns.values())):
            return
        names = list(columns)
        selects = ", ".join(
            f"unnest(${i + 1})::{types_[n].replace(' PRIMARY KEY', '')}"
            for i, n in enumerate(names)
        )
        cols = ", ".join(_quote(n) for n in names)
        self.con.execute(
            f"INSERT INTO {table} ({cols}) SELECT {selects}", [columns[n] for n in names]
        )

    def _insert_documents(self, docs: list[Document]) -> None:
        cols = _document_columns()
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [document_row(doc, now) for doc in docs]
        data = {name: [row[i] for row in rows] for i, (name, _) in enumerate(cols)}
        self._insert_columns("documents", data, dict(cols))

    def _insert_annotations(self, table: str, cls: type, docs: list[Document]) -> None:
        cols = [("doc_id", "VARCHAR"), ("idx", "INTEGER"), *_columns(cls)]
        rows = [row for doc in docs for row in annotation_rows(table, doc)]
        data = {name: [row[i] for row in rows] for i, (name, _) in enumerate(cols)}
        self._insert_columns(table, data, dict(cols))

    # -- reading ----------------------------------------------------------------------------

    def count(self, table: str = "documents") -> int:
        if table not in ("documents", *ANNOTATION_TABLES):
            raise ValueError(f"unknown table {table}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def counts(self) -> dict[str, int]:
        return {t: self.count(t) for t in ("documents", *ANNOTATION_TABLES)}

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def load(self, doc_id: str) -> Document | None:
        """The stored document with all its annotations, as the pipeline produced it."""
        rows = self._rows("SELECT * FROM documents WHERE id = ?", [doc_id])
        if not rows:
            return None
        record = rows[0]
        record["meta"] = json.loads(record["meta"]) if record.get("meta") else {}
        for name in _DOCUMENT_LIST_FIELDS:
            record[name] = list(record.get(name) or [])
        record.pop("coded_at", None)
        for table in ANNOTATION_TABLES:
            items = self._rows(
                f"SELECT * EXCLUDE (doc_id, idx) FROM {table} WHERE doc_id = ? ORDER BY idx",
                [doc_id],
            )
            record[table] = items
        return Document.from_dict(record)

    def iter_documents(self) -> Iterator[Document]:
        for (doc_id,) in self.con.execute(
            "SELECT id FROM documents ORDER BY source, id"
        ).fetchall():
            doc = self.load(doc_id)
            if doc is not None:
                yield doc
