"""What runs inside a Spark task: read one input, clean, code a partition into table rows.

Plain functions over iterators, with no PySpark import, so they run (and are tested) without
Spark and are shipped to executors by reference to this module. They reuse redline's own readers
(:func:`redline.ingest.sources.read_path`), cleaner (:func:`redline.batch.clean_items`), pipeline
(:meth:`redline.pipeline.Pipeline.code_batch`) and row builder (:mod:`redline.store.rows`), so a
Spark run reads, codes and lays out documents exactly as ``redline code`` does.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from redline.batch import CODED, FAILED, SKIPPED, Outcome, clean_items
from redline.enrich.dedupe import DuplicateFinder, mark_duplicates
from redline.ingest.raw import IngestError, RawDocument
from redline.ingest.sources import read_data, read_path
from redline.model import Document
from redline.store.rows import rows_of, table_columns

# An input's place in the run: (index of the file, index of the document in the file). The
# earliest of documents with the same text is the one coded, as in a local run.
Key = tuple[int, int]

OUTCOMES = "outcomes"
OUTCOME_COLUMNS = [
    ("source", "VARCHAR"),
    ("status", "VARCHAR"),
    ("reason", "VARCHAR"),
    ("doc_id", "VARCHAR"),
]


def output_tables() -> dict[str, list[tuple[str, str]]]:
    """Every dataset a Spark run writes: the store's tables, then one row per input's outcome."""
    return table_columns() | {OUTCOMES: OUTCOME_COLUMNS}


def outcome_row(outcome: Outcome, doc_id: str | None = None) -> tuple[str, tuple[Any, ...]]:
    return OUTCOMES, (outcome.source, outcome.status, outcome.reason, doc_id)


# -- reading and cleaning --------------------------------------------------------------------------


def read_input(
    entry: tuple[int, str, str, bool], max_bytes: int
) -> Iterator[tuple[Key, RawDocument | Outcome]]:
    """Every document of one input file, keyed by its place in the run.

    ``entry`` is ``(order, absolute path, path as the user gave it, named explicitly)``: the file
    is read by its absolute path (an executor's working folder is not the driver's) and its
    documents are named by the user's path, as ``redline code`` names them.
    """
    order, path, label, explicit = entry
    try:
        for i, item in enumerate(read_path(path, max_bytes, explicit=explicit)):
            if item.source.startswith(path):
                item.source = label + item.source[len(path) :]
            if isinstance(item, IngestError):
                yield (order, i), Outcome(item.source, item.status, item.reason)
            else:
                yield (order, i), item
    except Exception as exc:  # a reader bug must not fail the Spark job
        yield (order, 0), Outcome(path, FAILED, f"cannot read: {type(exc).__name__}: {exc}")


def read_uri_file(
    entry: tuple[int, str, bytes], max_bytes: int
) -> Iterator[tuple[Key, RawDocument | Outcome]]:
    """Every document of one file Spark read itself (``hdfs://``, ``s3a://``…), named by its URI."""
    order, uri, data = entry
    # read as `redline code` reads a file: JSON Lines a record at a time under the cap, a cut
    # gzip stream keeping its complete records
    for i, item in enumerate(read_data(data, uri, max_bytes=max_bytes)):
        if isinstance(item, IngestError):
            yield (order, i), Outcome(item.source, item.status, item.reason)
        else:
            yield (order, i), item


def clean_partition(
    items: Iterable[tuple[Key, RawDocument | Outcome]], published: str | None
) -> Iterator[tuple[Key, Document | Outcome]]:
    """Clean raw documents; outcomes (unreadable inputs) pass through."""
    for key, item in items:
        if isinstance(item, Outcome):
            yield key, item
        else:
            (result,) = clean_items([item], published)
            yield key, result


def first_of_same_text(
    group: tuple[str, Iterable[tuple[Key, Document]]],
) -> Iterator[Document | Outcome]:
    """Of the documents with one content id, the earliest input; the others are skipped."""
    doc_id, copies = group
    ordered = sorted(copies, key=lambda kd: kd[0])
    yield ordered[0][1]
    for _, doc in ordered[1:]:
        yield Outcome(doc.source, SKIPPED, f"same text as an earlier input (id {doc_id})")


# -- coding ----------------------------------------------------------------------------------------

# Pipelines loaded in this Python worker, by the digest of their pickled settings: Spark reuses
# its Python workers across tasks, so the spaCy model is loaded once per worker, not per task.
_LOADED: dict[str, Any] = {}


def pipeline_key(pipeline: Any) -> str:
    """A digest of the pipeline's settings (its pickled state holds no loaded model)."""
    return hashlib.sha256(pickle.dumps(pipeline)).hexdigest()[:16]


def loaded(pipeline: Any, key: str) -> Any:
    if key not in _LOADED:
        _LOADED.clear()
        pipeline.load()
        _LOADED[key] = pipeline
    return _LOADED[key]


def code_partition(
    items: Iterable[Document | Outcome],
    pipeline: Any,
    key: str,
    *,
    dedupe_threshold: float = 0.8,
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """Code a partition's documents a batch at a time; yield ``(table, row)`` for every table.

    Near-duplicates are marked among the documents of this partition (a local run marks them
    across the whole run). Every input also yields one ``outcomes`` row: coded, skipped or failed
    with its one-line reason.
    """
    pipeline = loaded(pipeline, key)
    finder = DuplicateFinder(threshold=dedupe_threshold)
    size = int(getattr(pipeline, "batch_size", 16))
    batch: list[Document] = []

    def flush() -> Iterator[tuple[str, tuple[Any, ...]]]:
        mark_duplicates(batch, finder)
        coded_at = datetime.now(UTC).replace(tzinfo=None)
        for result in pipeline.code_batch(batch):
            if isinstance(result, tuple):
                doc, reason = result
                yield outcome_row(Outcome(doc.source, FAILED, reason), doc.id)
                continue
            yield from rows_of(result, coded_at)
            yield outcome_row(Outcome(result.source, CODED), result.id)
        batch.clear()

    for item in items:
        if isinstance(item, Outcome):
            yield outcome_row(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield from flush()
    if batch:
        yield from flush()
