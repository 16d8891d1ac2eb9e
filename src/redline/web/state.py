"""What every route needs from the app: the store, the pasted-text coder, the page templates.

One :class:`AppState` lives on ``app.state.redline``; routes reach it through the dependencies
here (``StoreCursor``, ``State``) rather than through closures, so each resource's routes can
live in their own module.
"""

from __future__ import annotations

import asyncio
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import duckdb
from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from redline.errors import RedlineError
from redline.model import Document
from redline.query import core as queries
from redline.web.render import css_name

PACKAGE_DIR = Path(str(resources.files("redline.web")))
SCRATCH_SIZE = 16
# Texts waiting to be coded, beyond the one being coded; more are refused with 429.
CODE_QUEUE_SIZE = 4
# How long a request waits for a writer to let go of the store before it gets 503.
READ_WAIT_SECONDS = 30.0
# DuckDB threads per query on the dashboard's connection. Its queries are small and many run at
# once, one per request in flight, so splitting each over every core only adds scheduling:
# fetching a page of events took 40% more CPU with 2 threads than with 1 (docs/benchmarks.md).
READER_THREADS = 1

# Lists' orders, counts and page rows kept per store version: at most this many, taking about
# MEMO_BYTES at most (an order is 8 bytes per match; page rows, see ROWS_MAX_BYTES, 1-3 kB each).
# A dashboard's filters are many (every actor, root, month, word): at 128 entries the load
# benchmark's 200-odd filters pushed each other out and each was ordered again and again.
MEMO_ENTRIES = 1024
MEMO_BYTES = 128_000_000

T = TypeVar("T")

# A factory returns something that codes one Document (a redline.pipeline.Pipeline).
PipelineFactory = Callable[[], Callable[[Document], Document]]


class StoreAccess:
    """The store as the app sees it: read-only connections shared by the requests in flight and
    closed when idle (:class:`redline.store.duck.SharedReader`), so a ``redline code`` on the
    same store can write between requests; and, with ``allow_store``, a :class:`Store` that
    opens the file read-write only for the moment it writes a pasted text."""

    def __init__(
        self, db_path: str, *, allow_store: bool, read_wait: float = READ_WAIT_SECONDS
    ) -> None:
        from redline.store import Store
        from redline.store.duck import SharedReader

        self.path = db_path
        self.allow_store = allow_store
        self.write_lock = threading.Lock()
        self.store: Store | None = None
        if not Path(db_path).is_file():
            raise RedlineError(
                "E060",
                f"no store at {db_path}: code some news first "
                f"(redline code examples/ --db {db_path})",
            )
        self.reader = SharedReader(db_path, timeout=read_wait, threads=READER_THREADS)
        self.memo = StoreMemo(db_path)
        try:
            with self.reader.cursor() as cur:
                found = cur.execute(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'"
                ).fetchone()[0]
        except RedlineError as exc:
            self.reader.close()
            raise RedlineError("E061", f"cannot open store {db_path} read-only: {exc}") from exc
        if not found:
            self.reader.close()
            raise RedlineError("E062", f"{db_path} is not a redline store (no documents table)")
        if allow_store:
            self.store = Store(db_path, timeout=read_wait)

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one request (503 while the store stays busy)."""
        try:
            with self.reader.cursor() as cur:
                yield cur
        except RedlineError as exc:
            if exc.code in ("E020", "E064"):
                raise HTTPException(503, f"the store is busy, try again: {exc}") from exc
            raise

    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A FastAPI dependency: a cursor for one request (503 while the store stays busy)."""
        with self.reading() as cur:
            yield cur

    def read(self, query: Callable[[Any, Any], T]) -> T:
        """``query(cursor, memo)`` with a cursor on the store and the memo of the version it
        reads (503 while the store stays busy)."""
        with self.reading() as cur:
            return query(cur, self.memo.current())

    def write(self, doc: Document) -> None:
        if self.store is None:
            raise RedlineError("E063", "the store is open read-only")
        with self.write_lock:
            self.store.write([doc])

    def close(self) -> None:
        self.reader.close()
        if self.store is not None:
            self.store.close()


class VersionMemo:
    """What the queries worked out for one version of the store (see
    :class:`redline.query.core.Memo`): the order of a filtered list's matches, every document's
    counts. Concurrent requests for the same key wait for the first to compute it instead of
    all running the same query; the least recently used entries go first."""

    def __init__(self, entries: int = MEMO_ENTRIES, max_bytes: int = MEMO_BYTES) -> None:
        self.entries = entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self.kept: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.computing: dict[tuple, threading.Lock] = {}

    def remember(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.kept:
                self.kept.move_to_end(key)
                return self.kept[key]
            gate = self.computing.setdefault(key, threading.Lock())
        with gate:
            with self.lock:
                if key in self.kept:
                    return self.kept[key]
            value = compute()
            with self.lock:
                self.kept[key] = value
                self.bytes += _size(value)
                while len(self.kept) > 1 and (
                    len(self.kept) > self.entries or self.bytes > self.max_bytes
                ):
                    self.bytes -= _size(self.kept.popitem(last=False)[1])
                self.computing.pop(key, None)
        return value


class StoreNeeded(Exception):
    """A query answered from the memo alone needs the store after all (see :func:`answer`)."""


class _NoStore:
    """The connection a query gets when it is to be answered from the memo alone."""

    def execute(self, *_args: Any, **_kwargs: Any) -> Any:
        raise StoreNeeded

    def cursor(self) -> Any:
        raise StoreNeeded


class KeptOnly:
    """A version's memo as seen without the store: what it keeps, else :class:`StoreNeeded`.
    It never computes, nor waits for another request computing the same key."""

    def __init__(self, memo: VersionMemo) -> None:
        self.memo = memo

    def remember(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self.memo.lock:
            if key in self.memo.kept:
                self.memo.kept.move_to_end(key)
                return self.memo.kept[key]
        raise StoreNeeded


_NO_STORE = _NoStore()


def _size(value: Any) -> int:
    """Roughly what a kept value takes: rowid arrays by their items, a table of rows
    (:class:`redline.query.core.RowTable`) by its own estimate, anything else by length."""
    if isinstance(value, array):
        return value.itemsize * len(value)
    if hasattr(value, "nbytes"):
        return value.nbytes
    return 200 * len(value) if isinstance(value, dict) else 100


class StoreMemo:
    """One :class:`VersionMemo` for the store as it is now, replaced by an empty one whenever
    its files change (any commit changes them: see :func:`redline.web.cache.store_stamp`).

    To fill it, ask for it only while holding a read cursor: no writer can commit while a
    reader has the file open, so the stamp taken then is the version that cursor reads. To
    only read what it keeps (:func:`answer`), no cursor is needed: it is the memo of the
    version on disk at that moment."""

    def __init__(self, db_path: str) -> None:
        self.path = db_path
        self.lock = threading.Lock()
        self.stamp: tuple | None = None
        self.memo = VersionMemo()

    def current(self) -> VersionMemo:
        from redline.web.cache import store_stamp

        stamp = store_stamp(self.path)
        with self.lock:
            if stamp != self.stamp:
                self.stamp, self.memo = stamp, VersionMemo()
            return self.memo


class Scratch:
    """Texts coded through the app but not stored, kept briefly so the document view can show
    them. Bounded: the oldest is dropped first."""

    def __init__(self, size: int = SCRATCH_SIZE) -> None:
        self.size = size
        self.docs: OrderedDict[str, Document] = OrderedDict()
        self.lock = threading.Lock()

    def put(self, doc: Document) -> None:
        with self.lock:
            self.docs[doc.id] = doc
            self.docs.move_to_end(doc.id)
            while len(self.docs) > self.size:
                self.docs.popitem(last=False)

    def get(self, doc_id: str) -> Document | None:
        with self.lock:
            return self.docs.get(doc_id)


class Coder:
    """Codes pasted texts one at a time on a thread of its own, behind a bounded queue.

    Coding takes seconds of CPU; running it in the request thread pool would let a burst of
    posts hold every page. So texts go to one coding thread, and when ``queue_size`` texts are
    already waiting the request is refused (429) instead of queued without end. The pipeline is
    loaded on the first text, once.
    """

    def __init__(self, factory: PipelineFactory | None, *, queue_size: int = CODE_QUEUE_SIZE):
        self.factory = factory
        self.pipeline: Callable[[Document], Document] | None = None
        self.slots = threading.BoundedSemaphore(queue_size + 1)  # + the one being coded
        self.queue_size = queue_size
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redline-coder")

    def _code(self, text: str, published: str | None, title: str | None) -> Document:
        from redline.pipeline import Pipeline, code_text

        if self.pipeline is None:
            self.pipeline = (self.factory or Pipeline)()
        return code_text(
            text, published=published, title=title, source="<web>", pipeline=self.pipeline
        )

    async def code(self, text: str, *, published: str | None, title: str | None) -> Document:
        if not self.slots.acquire(blocking=False):
            raise HTTPException(
                429,
                f"{self.queue_size} texts are already waiting to be coded: try again shortly",
                headers={"Retry-After": "5"},
            )
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, self._code, text, published, title)
        finally:
            self.slots.release()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def template_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(PACKAGE_DIR / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["quad_names"] = queries.QUAD_CLASSES
    env.filters["css_name"] = css_name
    return env


@dataclass
class AppState:
    """Everything the routes share, made once by :func:`redline.web.create_app`."""

    access: StoreAccess
    coder: Coder
    allow_store: bool
    max_body: int
    scratch: Scratch = field(default_factory=Scratch)
    templates: Environment = field(default_factory=template_env)

    def page(self, template: str, code: int = 200, **context: Any) -> HTMLResponse:
        """An HTML page rendered with autoescaping."""
        context.setdefault("allow_store", self.allow_store)
        html = self.templates.get_template(template).render(**context)
        return HTMLResponse(html, status_code=code)

    def close(self) -> None:
        self.coder.close()
        self.access.close()


# The dependencies that do no I/O are ``async``: FastAPI runs a plain ``def`` dependency on the
# thread pool, a hop per dependency per request that cost more than the work itself.
async def get_state(request: Request) -> AppState:
    return request.app.state.redline


def store_cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    yield from request.app.state.redline.access.cursor()


State = Annotated[AppState, Depends(get_state)]
StoreCursor = Annotated[duckdb.DuckDBPyConnection, Depends(store_cursor)]


async def store_memo(request: Request, _con: StoreCursor) -> VersionMemo:
    """The memo of the store version the request's cursor reads (taken after the cursor)."""
    return request.app.state.redline.access.memo.current()


ReadMemo = Annotated[VersionMemo, Depends(store_memo)]


async def answer(request: Request, query: Callable[[Any, Any], T]) -> T:
    """``query(con, memo)`` for one request, answered from the memo alone when it keeps all
    that the query needs for the store version on disk now: then on the event loop, with no
    connection, no turnstile and no hop to the thread pool (a response says so with
    ``x-redline-memo: kept``). Otherwise on the thread pool with a cursor.

    Sound for the reason the response cache is (:mod:`redline.web.cache`): the memo of a
    version was filled while a cursor held the store, so no commit came between; and the
    version on disk now is the one it was filled for, so a cursor now would read the same."""
    access = request.app.state.redline.access
    try:
        found = query(_NO_STORE, KeptOnly(access.memo.current()))
    except StoreNeeded:
        return await run_in_threadpool(access.read, query)
    if isinstance(found, Response):
        found.headers["x-redline-memo"] = "kept"
    return found
