"""Coding a stream of inputs into the store: what ``redline code`` does, as plain functions.

1. The main process reads inputs (:func:`redline.ingest.read_sources`) one at a time.
2. Workers clean them (``clean`` tasks); the main process drops texts it has already stored or
   seen in this run and marks near-duplicates against the store's own signature index.
3. Workers parse them and run every stage (``code`` tasks), each document within its time budget.
4. The main process writes coded documents to the store a chunk at a time, in transactions.

One pool of worker processes serves the whole run, each loading the spaCy pipeline once. Every
queue is bounded (at most a few batches per worker in flight), and the run keeps counts and a
small sample for its summary rather than the documents, so memory stays flat however many
documents go in. One bad input is one :class:`Outcome` with a one-line reason; the rest go on.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from redline.clean import clean_document
from redline.enrich.dedupe import DuplicateFinder, StoredSignatures, mark_duplicates
from redline.errors import RedlineError
from redline.ingest import read_sources
from redline.ingest.raw import IngestError, RawDocument
from redline.model import Document
from redline.stages import failed_stages
from redline.store import JsonlWriter, Store

CODED, SKIPPED, FAILED = "coded", "skipped", "failed"
SAMPLE_SIZE = 25


@dataclass
class Outcome:
    """What happened to one input: coded (with its document), skipped or failed (with a reason)."""

    source: str
    status: str
    reason: str = ""
    doc: Document | None = None

    def line(self) -> str:
        return f"{self.source}: {self.status}: {self.reason}"


@dataclass(frozen=True)
class DocumentRow:
    """The summary table's row for one coded document (the document itself is not kept)."""

    source: str
    title: str | None
    published: str | None
    sentences: int
    entities: int
    quotes: int
    events: int

    @classmethod
    def of(cls, doc: Document) -> DocumentRow:
        return cls(
            doc.source,
            doc.title,
            doc.published,
            len(doc.sentences),
            len(doc.entities),
            len(doc.quotes),
            len(doc.events),
        )


@dataclass
class RunSummary:
    """Counts of what happened and a bounded sample of coded documents, for the closing table."""

    counts: dict[str, int] = field(default_factory=lambda: {CODED: 0, SKIPPED: 0, FAILED: 0})
    sample: list[DocumentRow] = field(default_factory=list)
    stored: int = 0
    interrupted: bool = False
    # Coded documents a stage failed on, by stage: the document is kept (its other stages ran),
    # but what that stage finds is missing, so the closing line says so.
    stage_failures: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        if outcome.status == CODED and outcome.doc is not None:
            for stage in failed_stages(outcome.doc):
                self.stage_failures[stage] = self.stage_failures.get(stage, 0) + 1
            if len(self.sample) < SAMPLE_SIZE:
                self.sample.append(DocumentRow.of(outcome.doc))

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)

    def line(self) -> str:
        line = (
            f"{self.count(CODED)} coded, {self.count(SKIPPED)} skipped, {self.count(FAILED)} failed"
        )
        if self.stage_failures:
            stages = ", ".join(f"{name} {n}" for name, n in sorted(self.stage_failures.items()))
            line += f" (a stage failed on coded documents: {stages})"
        return line

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.count(FAILED) else 0


# -- the worker side -----------------------------------------------------------------------------

_worker_pipeline: Any = None


def _init_worker(pipeline: Any) -> None:
    """Load the pipeline once per worker; Ctrl-C is the main process's to handle."""
    global _worker_pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = pipeline
    lower_priority(pipeline)
    if hasattr(pipeline, "load"):
        pipeline.load()


def lower_priority(pipeline: Any) -> None:
    """A worker yields the CPU to interactive work (``[pipeline] nice``): a dashboard serving the
    same store stays responsive while a batch codes, and an idle machine loses nothing."""
    config = getattr(pipeline, "config", None)
    step = int(config.pipeline.get("nice") or 0) if config is not None else 0
    if step > 0 and hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed here: same priority
            os.nice(step)


def clean_items(
    items: list[RawDocument | Document], published: str | None
) -> list[Document | Outcome]:
    """Clean raw inputs (documents already cleaned pass through)."""
    out: list[Document | Outcome] = []
    for item in items:
        if isinstance(item, Document):
            out.append(item)
            continue
        try:
            doc = clean_document(item, published=published)
        except RedlineError as exc:
            out.append(Outcome(item.source, FAILED, exc.message))
            continue
        except Exception as exc:  # a cleaner bug must not stop the batch
            out.append(Outcome(item.source, FAILED, f"cannot clean: {type(exc).__name__}: {exc}"))
            continue
        if not doc.text.strip():
            out.append(Outcome(item.source, SKIPPED, "no article text"))
        else:
            out.append(doc)
    return out


def code_items(pipeline: Any, docs: list[Document]) -> list[Document | Outcome]:
    """Parse and code a batch; a document that fails becomes a failed Outcome, alone."""
    if hasattr(pipeline, "code_batch"):
        results = pipeline.code_batch(docs)
    else:  # a stand-in with pipe()/__call__ only (tests, custom pipelines)
        results = _code_plainly(pipeline, docs)
    out: list[Document | Outcome] = []
    for result in results:
        if isinstance(result, tuple):
            doc, reason = result
            out.append(Outcome(doc.source, FAILED, reason, doc=doc))
        else:
            out.append(result)
    release_memory()
    return out


def _malloc_trim() -> Callable[[], Any] | None:
    try:
        import ctypes
        import ctypes.util

        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to trim
        return None


_TRIM = _malloc_trim()


def release_memory() -> None:
    """Give freed heap memory back to the operating system (glibc only).

    A parse allocates its working arrays through malloc; once freed, glibc keeps most of that
    memory in its arenas, so a worker's RSS stayed at the peak of its largest batch (1.3 GB after
    16 long articles, 0.2 GB after ``malloc_trim``). Called after every batch; it costs about a
    millisecond.
    """
    if _TRIM is not None:
        _TRIM(0)


def _code_plainly(pipeline: Any, docs: list[Document]) -> list[Document | tuple[Document, str]]:
    try:
        return list(pipeline.pipe(docs))
    except Exception:
        pass
    out: list[Document | tuple[Document, str]] = []
    for doc in docs:
        try:
            out.append(pipeline(doc))
        except Exception as exc:
            out.append((doc, f"cannot parse: {type(exc).__name__}: {exc}"))
    return out


def _no_task() -> None:
    return None


def _clean_task(items: list[RawDocument | Document], published: str | None):
    return clean_items(items, published)


def _code_task(docs: list[Document]):
    return code_items(_worker_pipeline, docs)


# -- the main side -------------------------------------------------------------------------------


class Runner:
    """Runs tasks in a pool of worker processes, or here when there is one worker.

    ``map`` keeps input order and at most ``window`` tasks in flight, so a fast reader cannot
    fill memory ahead of slow workers.
    """

    def __init__(self, pipeline: Any, workers: int) -> None:
        self.pipeline = pipeline
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None
        self._frozen = False
        if self.workers > 1:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context(method),
                initializer=_init_worker,
                initargs=(pipeline,),
            )
            if method == "fork" and hasattr(pipeline, "warm_up"):
                self._fork_loaded(pipeline)
        elif hasattr(pipeline, "warm_up"):
            from redline.collector import collector_paused

            # What is loaded lives as long as the run: frozen (before the collector is back, so
            # that it never walks the new objects), the collector leaves it alone (about 0.17 s
            # of CPU just after the load, 0.1 s at every full collection of the run). ``close``
            # gives it back, unless the process had frozen objects of its own (the CLI does, and
            # gives everything back when the command ends).
            self._frozen = gc.get_freeze_count() == 0
            with collector_paused():
                pipeline.warm_up()
                gc.freeze()
        elif hasattr(pipeline, "load"):
            pipeline.load()

    def _fork_loaded(self, pipeline: Any) -> None:
        """Load the pipeline here, once, then fork the workers so they share it copy-on-write.

        The model's weights, the gazetteer and the lexicons are then loaded once per run rather
        than once per worker. ``gc.freeze`` keeps the collector from writing to (and so copying)
        the shared objects' pages in the workers. This process then drops its own copy unless the
        caller had loaded it.
        """
        assert self.pool is not None
        from redline.collector import collector_paused

        had = getattr(pipeline, "loaded", False)
        # No collection first: a full one here (0.14 s of CPU) found no garbage after the
        # warm-up, whose loads leave long-lived objects only, and a young one walked them all
        # (0.1 s); frozen before the collector is back, then unfrozen below, they go straight to
        # the oldest generation.
        with collector_paused():
            pipeline.warm_up()
            gc.freeze()
        try:
            # With fork, the first task starts every worker at once (from this process's memory).
            self.pool.submit(_no_task).result()
        finally:
            gc.unfreeze()
        if not had:
            pipeline.unload()
            gc.collect()
            release_memory()

    @property
    def window(self) -> int:
        return self.workers * 3

    def map(self, func: Callable[..., list], batches: Iterable[tuple]) -> Iterator[list]:
        if self.pool is None:
            for args in batches:
                if func is _code_task:
                    yield code_items(self.pipeline, *args)
                else:
                    yield func(*args)
            return
        pending: deque[Future] = deque()
        for args in batches:
            pending.append(self.pool.submit(func, *args))
            while len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self, *, cancel: bool = False) -> None:
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
        if self.pool is not None:
            self.pool.shutdown(wait=not cancel, cancel_futures=cancel)
            if cancel:
                for process in list(getattr(self.pool, "_processes", {}).values()):
                    process.terminate()
            self.pool = None


def batched(items: Iterable[Any], size: int, max_chars: int | None = None) -> Iterator[list[Any]]:
    """Lists of at most ``size`` items and, with ``max_chars``, at most that many characters of
    their ``text`` (a longer item alone): the main process holds several batches in flight, so
    a stretch of long articles must not multiply what it holds (issue #11)."""
    batch: list[Any] = []
    chars = 0
    for item in items:
        length = len(getattr(item, "text", None) or getattr(item, "html", None) or "")
        if batch and max_chars is not None and chars + length > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += length
        if len(batch) >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


# What the main process holds while coding is bounded by characters as well as by count: a
# batch sent to a worker holds at most TASK_CHARS of text, a store write at most WRITE_CHARS.
# Ordinary news batches (16 articles, about 40,000 characters) are not cut; in a stretch of long
# interviews the main process had held some 160 coded documents of 30,000-100,000 characters
# at once (six batches in flight and the write buffer).
TASK_CHARS = 100_000
WRITE_CHARS = 500_000


@dataclass
class _Writer:
    """Buffers coded documents and writes them to the store in chunks (by count or by time)."""

    store: Store | None
    jsonl: JsonlWriter | None
    every: int = 64
    seconds: float = 30.0
    buffer: list[Document] = field(default_factory=list)
    last: float = field(default_factory=time.monotonic)
    written: int = 0
    signatures: StoredSignatures | None = None
    chars: int = 0
    max_chars: int = WRITE_CHARS

    def add(self, doc: Document) -> None:
        if self.jsonl is not None:
            self.jsonl.write(doc)
        if self.store is None:
            return
        self.buffer.append(doc)
        self.chars += len(doc.text)
        if (
            len(self.buffer) >= self.every
            or self.chars >= self.max_chars
            or time.monotonic() - self.last >= self.seconds
        ):
            self.flush()

    def flush(self) -> None:
        if self.store is not None and self.buffer:
            also = self.signatures.writer(self.buffer) if self.signatures is not None else None
            self.store.write(self.buffer, also=also)
            self.written += len(self.buffer)
            if self.signatures is not None:
                self.signatures.forget(d.id for d in self.buffer)
        self.buffer = []
        self.chars = 0
        self.last = time.monotonic()


def code_stream(
    items: Iterable[RawDocument | Document | IngestError | Outcome],
    pipeline: Any,
    *,
    store: Store | None = None,
    jsonl: JsonlWriter | None = None,
    recode: bool = False,
    published: str | None = None,
    workers: int | None = None,
    dedupe_threshold: float = 0.8,
    write_every: int = 64,
    write_seconds: float = 30.0,
    on_outcome: Callable[[Outcome], None] | None = None,
    summary: RunSummary | None = None,
) -> RunSummary:
    """Clean, code and store a stream of inputs; see the module docstring for the flow.

    Near-duplicates of each other or of stored documents are still coded, marked with
    ``duplicate_of`` so counts across articles are not inflated. On Ctrl-C what was coded is
    written, the summary is marked ``interrupted`` and KeyboardInterrupt is raised again.
    """
    summary = summary if summary is not None else RunSummary()
    if workers is None:
        workers = getattr(pipeline, "workers", 1)
    batch_size = getattr(pipeline, "batch_size", 16)
    finder = DuplicateFinder(threshold=dedupe_threshold)
    signatures = StoredSignatures(store, finder) if store is not None else None
    writer = _Writer(
        store, jsonl, write_every, write_seconds, signatures=signatures, max_chars=WRITE_CHARS
    )
    seen: set[str] = set()

    def report(outcome: Outcome) -> None:
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    def readable() -> Iterator[RawDocument | Document]:
        for item in items:
            if isinstance(item, IngestError):
                report(Outcome(item.source, item.status, item.reason))
            elif isinstance(item, Outcome):
                report(item)
            else:
                yield item

    runner = Runner(pipeline, workers)

    def looked_up(groups: list[list[Document]]) -> Iterator[tuple[list[Document]]]:
        """The store look-ups of several cleaned batches under one opening of the store (it
        costs about 18 ms of CPU), each batch still looked up and yielded as it came."""
        assert store is not None
        out: list[list[Document]] = []
        # One opening of the store for both look-ups (it is shared with the dashboard).
        with store.connection():
            for fresh in groups:
                if not recode:
                    stored = store.existing_ids(d.id for d in fresh)
                    for doc in fresh:
                        if doc.id in stored:
                            report(
                                Outcome(doc.source, SKIPPED, f"already in the store (id {doc.id})")
                            )
                    fresh = [d for d in fresh if d.id not in stored]
                if fresh and signatures is not None:
                    signatures.mark(fresh)
                out.append(fresh)
        for fresh in out:
            if fresh:
                yield (fresh,)

    def cleaned() -> Iterator[tuple[list[Document]]]:
        clean_batches = ((b, published) for b in batched(readable(), batch_size, TASK_CHARS))
        waiting: list[list[Document]] = []  # cleaned batches, looked up a write chunk at a time
        waiting_docs = waiting_chars = 0
        for results in runner.map(_clean_task, clean_batches):
            fresh: list[Document] = []
            for item in results:
                if isinstance(item, Outcome):
                    report(item)
                elif item.id in seen:
                    report(
                        Outcome(
                            item.source, SKIPPED, f"same text as an earlier input (id {item.id})"
                        )
                    )
                else:
                    seen.add(item.id)
                    fresh.append(item)
            if not fresh:
                continue
            if store is None:
                mark_duplicates(fresh, finder)
                yield (fresh,)
                continue
            waiting.append(fresh)
            waiting_docs += len(fresh)
            waiting_chars += sum(len(d.text) for d in fresh)
            if waiting_docs >= write_every or waiting_chars >= WRITE_CHARS:
                yield from looked_up(waiting)
                waiting = []
                waiting_docs = waiting_chars = 0
        if waiting:
            yield from looked_up(waiting)

    try:
        for results in runner.map(_code_task, cleaned()):
            for item in results:
                if isinstance(item, Outcome):
                    if item.doc is not None and signatures is not None:
                        # never stored, so never forgotten on a write: it would stay for the run
                        signatures.forget([item.doc.id])
                    item.doc = None
                    report(item)
                else:
                    writer.add(item)
                    report(Outcome(item.source, CODED, doc=item))
        writer.flush()
    except KeyboardInterrupt:
        summary.interrupted = True
        runner.close(cancel=True)
        writer.flush()
        summary.stored = writer.written
        raise
    finally:
        runner.close()
    summary.stored = writer.written
    return summary


def code_paths(paths: Iterable[str], pipeline: Any, *, max_bytes: int, **kwargs: Any) -> RunSummary:
    """Read, clean, code and store every input under ``paths`` (what ``redline code`` runs)."""
    return code_stream(read_sources(paths, max_bytes=max_bytes), pipeline, **kwargs)


def code_documents(
    docs: Iterable[Document],
    pipeline: Any,
    *,
    store: Store | None = None,
    jsonl: JsonlWriter | None = None,
    recode: bool = False,
    chunk_size: int = 64,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Code already-cleaned documents; returns one Outcome per document (for small batches)."""
    outcomes: list[Outcome] = []

    def keep(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    code_stream(
        docs,
        pipeline,
        store=store,
        jsonl=jsonl,
        recode=recode,
        write_every=chunk_size,
        on_outcome=keep,
    )
    return outcomes


def pool_code(docs: Iterable[Document], pipeline: Any) -> Iterator[Document]:
    """Code documents in the pipeline's worker pool, in order (``Pipeline.pipe`` with workers)."""
    runner = Runner(pipeline, pipeline.workers)
    try:
        batches = batched(docs, pipeline.batch_size, TASK_CHARS)
        for results in runner.map(_code_task, ((b,) for b in batches)):
            for item in results:
                if isinstance(item, Outcome):
                    # Keep the document in the output, with why it was not coded.
                    failed = item.doc or Document(text="", source=item.source)
                    failed.warnings.append(item.reason)
                    yield failed
                else:
                    yield item
    finally:
        runner.close()
