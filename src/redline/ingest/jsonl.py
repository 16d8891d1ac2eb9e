"""JSON Lines and JSON readers: one object per document, with ``text`` or ``html``.

``title``, ``date`` (or ``published``), ``url`` and ``id`` become container hints; every other
field is kept in ``meta`` so nothing the user supplied is lost.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from redline.ingest.decode import DecodeError, LineDecoder
from redline.ingest.raw import IngestError, RawDocument, too_large

HINT_FIELDS = {"text", "html", "title", "date", "published", "url", "id"}


def read_json_lines(text: str, source: str) -> Iterator[RawDocument | IngestError]:
    """One document per non-empty line; a bad line yields an error for ``source:N`` only."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield read_json_line(line, number, source)


def read_json_line(line: str, number: int, source: str) -> RawDocument | IngestError:
    """The document on line ``number``, or the one-line reason it cannot be read."""
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return IngestError(
            where, f"line {number}: malformed JSON ({err.msg} at column {err.colno})"
        )
    except RecursionError:
        return IngestError(where, f"line {number}: unreadable (nested too deeply to parse)")
    return record_document(record, where, f"line {number}: ")


def stream_json_lines(
    reader: BinaryIO,
    source: str,
    decoder: LineDecoder,
    max_bytes: int,
    *,
    whole: Callable[[], bool] = lambda: True,
) -> Iterator[RawDocument | IngestError]:
    """One document per non-empty line of ``reader``, read a line at a time.

    Only one line is held at once, so a file of any size can be read; ``max_bytes`` is the cap
    for one record, not for the file: a longer line is skipped (read past without being kept)
    with a reason naming its line, and the lines after it are read. A line that cannot be
    decoded or parsed fails alone the same way. A last line with no newline is read only if
    ``whole()`` says the input ended there rather than being cut short inside it.
    """
    number = 0
    while True:
        line = reader.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = reader.readline(1 << 16)
                size += len(line.rstrip(b"\n"))
            reason = f"line {number}: record {too_large(max_bytes, size)}"
            yield IngestError(f"{source}:{number}", reason, "skipped")
            continue
        if not line.strip() or (not line.endswith(b"\n") and not whole()):
            continue
        notes: list[str] = []
        try:  # without its newline, so an error's column is on this line
            text = decoder.decode(line.rstrip(b"\r\n"), notes)
        except DecodeError as err:
            yield IngestError(f"{source}:{number}", f"line {number}: {err}")
            continue
        if not text.strip():
            continue
        item = read_json_line(text, number, source)
        if notes and isinstance(item, RawDocument) and "\ufffd" in (item.text or item.html):
            item.warnings.extend(notes)  # only the records the bad bytes were in
        yield item


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
