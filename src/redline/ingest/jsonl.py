"""JSON Lines and JSON readers: one object per document, with ``text`` or ``html``.

``title``, ``date`` (or ``published``), ``url`` and ``id`` become container hints; every other
field is kept in ``meta`` so nothing the user supplied is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from redline.ingest.raw import IngestError, RawDocument

HINT_FIELDS = {"text", "html", "title", "date", "published", "url", "id"}


def read_json_lines(text: str, source: str) -> Iterator[RawDocument | IngestError]:
    """One document per non-empty line; a bad line yields an error for ``source:N`` only."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield IngestError(
                where, f"line {number}: malformed JSON ({err.msg} at column {err.colno})"
            )
            continue
        yield record_document(record, where, f"line {number}: ")


def read_json(text: str, source: str) -> Iterator[RawDocument | IngestError]:
    """A ``.json`` file: one object, a list of objects, or (despite the name) JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":
            yield from read_json_lines(text, source)
        else:
            yield IngestError(source, f"line {err.lineno}: malformed JSON ({err.msg})")
        return
    if isinstance(data, list):
        if not data:
            yield IngestError(source, "empty JSON list", "skipped")
        for number, record in enumerate(data, 1):
            yield record_document(record, f"{source}#{number}", f"item {number}: ")
    else:
        yield record_document(data, source, "")


def record_document(record: Any, source: str, where: str) -> RawDocument | IngestError:
    if not isinstance(record, dict):
        return IngestError(source, f"{where}expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) or not text.strip():
        text = None
    if not isinstance(html, str) or not html.strip():
        html = None
    if text is None and html is None:
        return IngestError(source, f"{where}no 'text' or 'html' field with content", "skipped")
    published = record.get("date") or record.get("published")
    return RawDocument(
        source=source,
        text=text,
        html=None if text else html,
        kind="jsonl",
        title=as_text(record.get("title")),
        published=as_text(published),
        url=as_text(record.get("url")),
        id=as_text(record.get("id")),
        meta={k: v for k, v in record.items() if k not in HINT_FIELDS},
    )


def as_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value).strip() or None
