"""The store's tables as columns and rows, derived from the data model.

One place says which columns each table has and how a :class:`~redline.model.Document` becomes
rows, so the DuckDB store and the Parquet datasets ``redline spark`` writes have the same columns
and ids and cannot drift apart.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from functools import cache
from itertools import repeat
from operator import attrgetter
from typing import Any

from redline.model import ANNOTATION_TYPES, Document

# One table per kind of annotation, named as the Document's list is.
ANNOTATION_TABLES: dict[str, type] = ANNOTATION_TYPES

# Document fields stored as JSON text or lists rather than plain scalars.
DOCUMENT_LIST_FIELDS = ("authors", "commentary", "removed", "warnings")
DOCUMENT_SKIP = set(ANNOTATION_TABLES) | {"parsed", "meta", *DOCUMENT_LIST_FIELDS}


def sql_type(annotation: Any) -> str:
    """The DuckDB type of a dataclass field's annotation."""
    hints = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else ()
    base = next((h for h in hints if h is not type(None)), annotation)
    if typing.get_origin(base) is tuple:
        return "INTEGER[]"
    return {int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN", str: "VARCHAR"}.get(base, "VARCHAR")


def columns(cls: type) -> list[tuple[str, str]]:
    """``(name, sql type)`` of every field of an annotation dataclass."""
    return list(_columns(cls))


@cache
def _columns(cls: type) -> tuple[tuple[str, str], ...]:
    # Cached: get_type_hints evaluates every annotation string, too slow to do per document.
    hints = typing.get_type_hints(cls)
    return tuple((f.name, sql_type(hints[f.name])) for f in fields(cls))


def document_columns() -> list[tuple[str, str]]:
    """The ``documents`` table's columns (``id`` is its primary key)."""
    cols = [("id", "VARCHAR PRIMARY KEY")]
    cols += [c for c in columns(Document) if c[0] != "id" and c[0] not in DOCUMENT_SKIP]
    cols += [(name, "VARCHAR[]") for name in DOCUMENT_LIST_FIELDS]
    cols += [("meta", "JSON"), ("coded_at", "TIMESTAMP")]
    return cols


@cache
def _document_names() -> tuple[str, ...]:
    return tuple(name for name, _ in document_columns())


def annotation_columns(cls: type) -> list[tuple[str, str]]:
    """An annotation table's columns: its key ``(doc_id, idx)``, then the dataclass fields."""
    return [("doc_id", "VARCHAR"), ("idx", "INTEGER"), *columns(cls)]


def table_columns() -> dict[str, list[tuple[str, str]]]:
    """Every table the store holds for coded documents, with its columns, in order."""
    tables = {"documents": document_columns()}
    tables.update({t: annotation_columns(c) for t, c in ANNOTATION_TABLES.items()})
    return tables


def document_row(doc: Document, coded_at: datetime) -> tuple[Any, ...]:
    """The ``documents`` row of one document, in :func:`document_columns` order."""
    row = []
    for name in _document_names():
        if name == "meta":
            row.append(json.dumps(doc.meta, ensure_ascii=False, default=str))
        elif name == "coded_at":
            row.append(coded_at)
        else:
            row.append(getattr(doc, name))
    return tuple(row)


def annotation_rows(table: str, doc: Document) -> Iterable[tuple[Any, ...]]:
    """The rows of one annotation table for one document, keyed ``(doc_id, idx)``."""
    names = [n for n, _ in _columns(ANNOTATION_TABLES[table])]
    for idx, item in enumerate(getattr(doc, table)):
        values = (getattr(item, n) for n in names)
        yield (doc.id, idx, *(list(v) if isinstance(v, tuple) else v for v in values))


def annotation_table_columns(table: str, docs: Iterable[Document]) -> dict[str, list[Any]]:
    """One annotation table's values for many documents, column by column.

    The same values as :func:`annotation_rows` (tuples become lists), gathered a column at a time
    with ``attrgetter`` for the DuckDB insert, which takes columns: building a tuple per row and
    transposing it was most of the store write's CPU.
    """
    doc_ids: list[str] = []
    idxs: list[int] = []
    items: list[Any] = []
    for doc in docs:
        these = getattr(doc, table)
        doc_ids.extend([doc.id] * len(these))
        idxs.extend(range(len(these)))
        items.extend(these)
    data: dict[str, list[Any]] = {"doc_id": doc_ids, "idx": idxs}
    for name, _ in _columns(ANNOTATION_TABLES[table]):
        values = list(map(attrgetter(name), items))
        # (``isinstance`` mapped in C: the test ran as a generator over every value of every
        # column, about a tenth of this function's CPU)
        if any(map(isinstance, values, repeat(tuple))):
            values = [list(v) if isinstance(v, tuple) else v for v in values]
        data[name] = values
    return data


def rows_of(doc: Document, coded_at: datetime) -> Iterable[tuple[str, tuple[Any, ...]]]:
    """Every row one document adds to the store, as ``(table, row)``."""
    yield "documents", document_row(doc, coded_at)
    for table in ANNOTATION_TABLES:
        for row in annotation_rows(table, doc):
            yield table, row
