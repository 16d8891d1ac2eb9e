"""Load the Parquet datasets of a Spark run into a DuckDB store (no Spark needed).

The datasets have the store's columns and ids (both come from :mod:`redline.store.rows`), so
loading is one ``INSERT … SELECT … FROM read_parquet(…)`` per table in one transaction. Then the
store's duplicate index signs the new documents and happenings are updated for their events, as
after ``redline code``.
"""

from __future__ import annotations

import glob
import os

from redline.errors import RedlineError
from redline.store import Store
from redline.store.rows import table_columns


def _quote(name: str) -> str:
    return f'"{name}"'


def _dataset(folder: str, table: str) -> str | None:
    """The glob of one dataset's Parquet files, or None when it has none."""
    pattern = os.path.join(folder, table, "*.parquet")
    return pattern if glob.glob(pattern) else None


def load_parquet(
    folder: str,
    store: Store,
    *,
    replace: bool = False,
    dedupe_threshold: float = 0.8,
    window_days: int = 3,
) -> dict[str, int]:
    """Add the documents of a Spark run's output ``folder`` to ``store``; rows added per table.

    A document already in the store is kept as it is unless ``replace`` (then its rows are
    replaced, as ``redline code --recode`` does).
    """
    from redline.enrich.dedupe import DuplicateFinder, StoredSignatures
    from redline.enrich.happenings import update_happenings

    docs = _dataset(folder, "documents")
    if docs is None:
        raise RedlineError(
            "E082", f"{folder}: no documents/*.parquet here (is it the --out of redline spark?)"
        )
    con = store.con
    tables = table_columns()
    added: dict[str, int] = {}

    def source(pattern: str) -> str:
        escaped = pattern.replace("'", "''")
        return f"read_parquet('{escaped}', union_by_name = true)"

    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DROP TABLE IF EXISTS _parquet_ids")
        where = "" if replace else " WHERE id NOT IN (SELECT id FROM documents)"
        con.execute(
            f"CREATE TEMP TABLE _parquet_ids AS SELECT DISTINCT id FROM {source(docs)}{where}"
        )
        if replace:
            for table in tables:
                key = "id" if table == "documents" else "doc_id"
                con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM _parquet_ids)")
        for table, columns in tables.items():
            pattern = _dataset(folder, table)
            if pattern is None:
                added[table] = 0
                continue
            have = {
                row[0]
                for row in con.execute(f"DESCRIBE SELECT * FROM {source(pattern)}").fetchall()
            }
            names = [n for n, _ in columns if n in have]
            key = "id" if table == "documents" else "doc_id"
            cols = ", ".join(_quote(n) for n in names)
            before = store.count(table)
            con.execute(
                f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {source(pattern)} "
                f"WHERE {key} IN (SELECT id FROM _parquet_ids)"
            )
            added[table] = store.count(table) - before
        since = con.execute(
            "SELECT min(coded_at) FROM documents WHERE id IN (SELECT id FROM _parquet_ids)"
        ).fetchone()[0]
        con.execute("DROP TABLE _parquet_ids")
        con.execute("COMMIT")
    except RedlineError:
        con.execute("ROLLBACK")
        raise
    except Exception as exc:
        con.execute("ROLLBACK")
        raise RedlineError("E083", f"{folder}: cannot load: {type(exc).__name__}: {exc}") from exc
    StoredSignatures(store, DuplicateFinder(threshold=dedupe_threshold))  # signs new documents
    if since is not None:
        update_happenings(store, since=since, window_days=window_days)
    return added


__all__ = ["load_parquet"]
