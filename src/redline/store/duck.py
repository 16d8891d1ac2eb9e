"""The embedded DuckDB store: one row per document, one table per kind of annotation.

Tables are derived from the dataclasses in :mod:`redline.model`, so the data model stays the one
source of truth: a field added there becomes a column here through :func:`migrate`. Every document
is written in one transaction, keyed by its content id, so coding the same input twice adds no
rows and a crash never leaves half a document behind.

Sharing the file. DuckDB lets one process open a file read-write, or several read-only, never
both. So that ``redline serve`` and ``redline code`` can run on one store at the same time, no one
keeps the file open: a :class:`Store` opens it for each call (one chunk written, one count taken)
and closes it again, and the dashboard opens it read-only only while requests are being answered
(:class:`SharedReader`). Both sides retry with backoff while the other holds it. So that a busy
dashboard cannot starve a writer, a writer first takes an exclusive ``flock`` on ``<db>.lock``
(the turnstile); readers wait at it before opening, so the file falls free within one request's
time and the writer gets it. Where ``flock`` is missing (Windows) only the retries remain.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from redline.errors import RedlineError
from redline.model import SCHEMA_VERSION, Document
from redline.store.rows import (
    ANNOTATION_TABLES,
    DOCUMENT_LIST_FIELDS,
    annotation_table_columns,
    columns,
    document_columns,
    document_row,
)

# Columns and rows come from redline.store.rows, shared with the Parquet datasets of Spark runs.
_DOCUMENT_LIST_FIELDS = DOCUMENT_LIST_FIELDS
_columns = columns
_document_columns = document_columns

# How long a caller waits for another process to let go of the file before giving up.
LOCK_WAIT_SECONDS = 60.0
# How long the dashboard keeps an idle read-only connection open, when no writer is waiting.
READER_LINGER_SECONDS = 1.0
# DuckDB threads of a read-write connection (see Store.connection).
WRITER_THREADS = 1
# DuckDB's buffer memory for a read-write connection. A write's checkpoint at close rewrites the
# tables' last row groups; with DuckDB's default limit (80% of RAM) it held them all in memory,
# and a long run's main process rose by up to 140 MB at a write as the documents' row group
# filled (issue #11). Beyond this limit DuckDB evicts blocks already on disk, or spills.
WRITER_MEMORY = "32MB"

try:  # pragma: no cover - platform
    import fcntl
except ImportError:  # pragma: no cover - Windows: retries only
    fcntl = None  # type: ignore[assignment]

# Named migrations, applied in order to bring an older store up to SCHEMA_VERSION. Columns added
# to the data model are added automatically (see _add_missing_columns); renames and data fixes go
# here as SQL statements.
MIGRATIONS: dict[int, list[str]] = {}


def _quote(name: str) -> str:
    return f'"{name}"'


def _connected(method):
    """Run a Store method inside :meth:`Store.connection` (one connection, however nested)."""

    def wrapper(self, *args, **kwargs):
        with self.connection():
            return method(self, *args, **kwargs)

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


def insert_columns(
    con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list[Any]], types_: dict
) -> None:
    """Insert rows given column by column (``name -> values``), each cast to its type in
    ``types_`` (a column's DDL type; ``PRIMARY KEY`` is dropped).

    The columns are handed to DuckDB as a registered dict of NumPy object arrays, which it scans
    in C++; as ``unnest`` parameters each value was first bound as a DuckDB value one at a time,
    about twice the CPU for the same rows (issue #11). ``np.fromiter`` keeps a list value (an
    ``INTEGER[]`` column) one object, where slice assignment would broadcast equal-length lists.
    """
    if not columns or not next(iter(columns.values())):
        return
    names = list(columns)
    view = f"_redline_incoming_{table}"
    con.register(
        view,
        {
            f"c{i}": np.fromiter(columns[n], dtype=object, count=len(columns[n]))
            for i, n in enumerate(names)
        },
    )
    try:
        selects = ", ".join(
            f"c{i}::{types_[n].replace(' PRIMARY KEY', '')}" for i, n in enumerate(names)
        )
        cols = ", ".join(_quote(n) for n in names)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {selects} FROM {view}")
    finally:
        con.unregister(view)


def is_lock_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the file is held by another connection (worth waiting for)."""
    text = str(exc)
    return isinstance(exc, duckdb.Error) and (
        "Could not set lock" in text
        or "Conflicting lock" in text
        or "different configuration" in text  # this process has it open the other way
    )


class Turnstile:
    """A writer-first handoff between processes sharing a store, through ``flock`` on
    ``<db>.lock``: a writer holds it exclusively while it has the file; a reader only checks
    that no writer holds or wants it before opening. No-op where the lock file cannot be made."""

    def __init__(self, db_path: str) -> None:
        # An in-memory store has no file to share, so no lock file (it would land in the cwd).
        self.path = None if db_path == ":memory:" else db_path + ".lock"

    def _open(self) -> int | None:
        if fcntl is None or self.path is None:
            return None
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError:
            try:
                return os.open(self.path, os.O_RDONLY)
            except OSError:
                return None

    def _take(self, fd: int, mode: int, deadline: float) -> bool:
        pause = 0.002
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(pause)
                pause = min(pause * 2, 0.05)

    def wait(self, deadline: float) -> bool:
        """Return once no writer holds the turnstile (False if ``deadline`` passed first)."""
        fd = self._open()
        if fd is None:
            return True
        try:
            if not self._take(fd, fcntl.LOCK_SH, deadline):
                return False
            fcntl.flock(fd, fcntl.LOCK_UN)
            return True
        finally:
            os.close(fd)

    def writer_waiting(self) -> bool:
        """Whether a writer holds the turnstile now (and so wants the file)."""
        fd = self._open()
        if fd is None:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        except BlockingIOError:
            return True
        finally:
            os.close(fd)

    def hold(self, deadline: float) -> int | None:
        """Take the turnstile for a writer; returns the handle for :meth:`release`."""
        fd = self._open()
        if fd is None:
            return None
        if not self._take(fd, fcntl.LOCK_EX, deadline):
            os.close(fd)
            raise TimeoutError
        return fd

    @staticmethod
    def release(fd: int | None) -> None:
        if fd is not None:
            os.close(fd)  # closing the descriptor drops its flock


def connect(
    path: str, *, read_only: bool, timeout: float = LOCK_WAIT_SECONDS, turnstile: bool = True
) -> duckdb.DuckDBPyConnection:
    """Open the store, waiting with backoff while another process holds it (E020 after
    ``timeout`` seconds). Readers also wait at the turnstile while a writer has it."""
    deadline = time.monotonic() + timeout
    gate = Turnstile(path) if turnstile and read_only else None
    pause = 0.005
    while True:
        if gate is not None and not gate.wait(deadline):
            raise _busy(path, timeout)
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if not is_lock_error(exc):
                raise RedlineError("E020", f"cannot open store {path}: {exc}") from exc
            if time.monotonic() >= deadline:
                raise _busy(path, timeout, exc) from exc
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _busy(path: str, timeout: float, exc: BaseException | None = None) -> RedlineError:
    held = f" ({exc})" if exc else ""
    return RedlineError(
        "E020", f"cannot open store {path}: another process held it for {timeout:.0f} s{held}"
    )


class _Result:
    """A finished query's rows, kept after its connection is closed."""

    def __init__(self, cur: duckdb.DuckDBPyConnection) -> None:
        self.description = cur.description
        self._rows = cur.fetchall() if cur.description else []
        self._next = 0

    def fetchone(self) -> tuple | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchmany(self, size: int = 1) -> list[tuple]:
        found = self._rows[self._next : self._next + size]
        self._next += len(found)
        return found

    def fetchall(self) -> list[tuple]:
        found = self._rows[self._next :]
        self._next = len(self._rows)
        return found

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.fetchall())


class _Lease:
    """What ``Store.con`` gives on a read-write store: it runs each statement on a connection
    opened for it, or, from ``BEGIN`` to ``COMMIT``/``ROLLBACK``, on one held for the
    transaction, so code written for a plain connection does not keep the file from others."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._held: Any = None

    def execute(self, sql: str, params: Any = None) -> Any:
        word = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if self._held is None and word in ("BEGIN", "START"):
            self._held = self.store.connection()
            con = self._held.__enter__()
            return con.execute(sql, params or [])
        if self._held is not None:
            con = self.store._active[0]
            try:
                return con.execute(sql, params or [])
            finally:
                if word in ("COMMIT", "ROLLBACK", "END", "ABORT"):
                    held, self._held = self._held, None
                    held.__exit__(None, None, None)
        with self.store.connection() as con:
            return _Result(con.execute(sql, params or []))

    def cursor(self) -> _Lease:
        return self

    def close(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            held.__exit__(None, None, None)


class Store:
    """A DuckDB file holding coded documents. Use as a context manager or call :meth:`close`.

    The file is opened per call and closed after it (see the module's docstring), so other
    processes can use the store between calls; ``timeout`` is how long a call waits for them.
    """

    def __init__(
        self,
        path: str | Path = "redline.duckdb",
        *,
        read_only: bool = False,
        timeout: float = LOCK_WAIT_SECONDS,
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.timeout = timeout
        self._active: tuple[duckdb.DuckDBPyConnection, int] | None = None
        self._reader: duckdb.DuckDBPyConnection | None = None
        self._lease: _Lease | None = None
        with self.connection():
            if not read_only:
                self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._lease is not None:
            self._lease.close()
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The store's file, open for the ``with`` block (nested blocks share one connection).
        Read-write: the turnstile is held for the block, so readers wait instead of failing."""
        if self._reader is not None:
            yield self._reader
            return
        if self._active is not None:
            con, depth = self._active
            self._active = (con, depth + 1)
            try:
                yield con
            finally:
                self._active = (con, self._active[1] - 1)
            return
        deadline = time.monotonic() + self.timeout
        gate = None
        if not self.read_only:
            try:
                gate = Turnstile(self.path).hold(deadline)
            except TimeoutError:
                raise _busy(self.path, self.timeout) from None
        try:
            con = connect(
                self.path, read_only=self.read_only, timeout=max(0.0, deadline - time.monotonic())
            )
            if not self.read_only:
                # One thread: a write (a chunk of documents, its checkpoint at close) gains nothing
                # from more, and each thread's allocator kept memory after the file was closed,
                # so a long run's main process grew with every write (issue #11). The memory
                # limit bounds the checkpoint's peak (WRITER_MEMORY).
                con.execute(f"SET threads = {WRITER_THREADS}")
                if WRITER_MEMORY:  # "" leaves DuckDB's own limit
                    con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
            self._active = (con, 1)
            try:
                yield con
            finally:
                self._active = None
                con.close()
        finally:
            Turnstile.release(gate)

    @property
    def con(self) -> Any:
        """A connection for queries of your own. Read-only stores keep one open until
        :meth:`close`; read-write stores give a lease that opens the file per statement (or per
        transaction), so holding it does not lock others out."""
        if self._active is not None:
            return self._active[0]
        if self.read_only:
            if self._reader is None:
                self._reader = connect(self.path, read_only=True, timeout=self.timeout)
            return self._reader
        if self._lease is None:
            self._lease = _Lease(self)
        return self._lease

    # -- schema -----------------------------------------------------------------------------

    @_connected
    def schema_version(self) -> int:
        try:
            row = self.con.execute(
                "SELECT value FROM redline_meta WHERE key = 'schema_version'"
            ).fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    @_connected
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

    @_connected
    def has(self, doc_id: str) -> bool:
        return (
            self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
            is not None
        )

    @_connected
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    @_connected
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
        with self.connection() as con:
            insert_columns(con, table, columns, types_)

    def _insert_documents(self, docs: list[Document]) -> None:
        cols = _document_columns()
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [document_row(doc, now) for doc in docs]
        data = {name: [row[i] for row in rows] for i, (name, _) in enumerate(cols)}
        self._insert_columns("documents", data, dict(cols))

    def _insert_annotations(self, table: str, cls: type, docs: list[Document]) -> None:
        cols = [("doc_id", "VARCHAR"), ("idx", "INTEGER"), *_columns(cls)]
        self._insert_columns(table, annotation_table_columns(table, docs), dict(cols))

    # -- reading ----------------------------------------------------------------------------

    @_connected
    def count(self, table: str = "documents") -> int:
        if table not in ("documents", *ANNOTATION_TABLES):
            raise ValueError(f"unknown table {table}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    @_connected
    def counts(self) -> dict[str, int]:
        return {t: self.count(t) for t in ("documents", *ANNOTATION_TABLES)}

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    @_connected
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
        with self.connection() as con:
            ids = con.execute("SELECT id FROM documents ORDER BY source, id").fetchall()
        for start in range(0, len(ids), 100):  # a connection per hundred, not per document
            with self.connection():
                docs = [self.load(doc_id) for (doc_id,) in ids[start : start + 100]]
            yield from (doc for doc in docs if doc is not None)


class SharedReader:
    """Read-only access for a long-running reader such as the dashboard.

    Concurrent requests share one read-only connection, opened when the first needs it. It is
    closed when no request has used it for ``linger`` seconds, or as soon as none is using it
    while a writer waits at the turnstile; new requests wait at the turnstile meanwhile. So a
    writer gets the file within one request's time, and the next request after its commit opens
    the file again and sees the new documents. ``threads`` caps DuckDB's threads per query
    (default: one per core).
    """

    def __init__(
        self,
        path: str,
        *,
        timeout: float = LOCK_WAIT_SECONDS,
        linger: float = READER_LINGER_SECONDS,
        threads: int | None = None,
    ) -> None:
        self.path = str(path)
        self.timeout = timeout
        self.linger = linger
        self.threads = threads
        self.turnstile = Turnstile(self.path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._users = 0
        self._last_used = 0.0
        self._closed = False
        self._watching = False
        self._wake = threading.Event()

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the shared connection for one request (raises E020 when the file stays
        held longer than ``timeout``)."""
        deadline = time.monotonic() + self.timeout
        if not self.turnstile.wait(deadline):
            raise _busy(self.path, self.timeout)
        with self._lock:
            if self._closed:
                raise RedlineError("E064", f"the reader of {self.path} is closed")
            if self._con is None:
                self._con = connect(
                    self.path,
                    read_only=True,
                    timeout=max(0.0, deadline - time.monotonic()),
                )
                if self.threads:
                    self._con.execute(f"SET threads = {int(self.threads)}")
                self._start_watcher()
            self._users += 1
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()
            with self._lock:
                self._users -= 1
                self._last_used = time.monotonic()
                if self._users == 0 and self.turnstile.writer_waiting():
                    self._drop()

    def _drop(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def _start_watcher(self) -> None:
        if not self._watching:  # called under self._lock
            self._watching = True
            threading.Thread(target=self._watch, name="redline-store-reader", daemon=True).start()

    def _watch(self) -> None:
        """Close the idle connection when it lingered long enough or a writer waits."""
        while not self._wake.wait(0.02):
            with self._lock:
                idle = self._users == 0
                if (
                    self._con is not None
                    and not self._closed
                    and idle
                    and (
                        time.monotonic() - self._last_used >= self.linger
                        or self.turnstile.writer_waiting()
                    )
                ):
                    self._drop()
                if self._con is None or self._closed:
                    self._watching = False
                    return
        with self._lock:
            self._watching = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._drop()
        self._wake.set()
