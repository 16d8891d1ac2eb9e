"""Find the inputs (files, folders, stdin), read their bytes safely and hand each to its reader.

Nothing here raises for a bad input: every problem becomes an :class:`IngestError` with a one-line
reason, so a batch of ten thousand files goes on when one of them is a PNG.
"""

from __future__ import annotations

import io
import itertools
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from redline.ingest.decode import (
    DecodeError,
    LineDecoder,
    binary_kind,
    declared_charset,
    decode_bytes,
)
from redline.ingest.feed import looks_like_feed, read_feed
from redline.ingest.jsonl import read_json, read_json_lines, stream_json_lines
from redline.ingest.mail import looks_like_email, looks_like_mbox, read_email, read_mbox
from redline.ingest.raw import IngestError, RawDocument, human_size, too_large
from redline.ingest.warc import read_warc

DEFAULT_MAX_BYTES = 50_000_000

# File name endings (after any ".gz") and the reader each one goes to.
FORMAT_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".eml": "email",
    ".mbox": "mbox",
    ".mbx": "mbox",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
}

GZIP_MAGIC = b"\x1f\x8b"

# README.md, LICENSE, ATTRIBUTION.md beside a folder of articles describe it; they are not news.
PROJECT_FILES = {"README", "LICENSE", "LICENCE", "ATTRIBUTION", "NOTICE", "CHANGELOG", "COPYING"}

Item = RawDocument | IngestError


def read_sources(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every document in ``paths``, in a stable order (folders recursed, names sorted).

    ``-`` reads standard input and sniffs what it is. Unreadable inputs yield an
    :class:`IngestError` (``failed``); empty ones and unsupported files met in a folder walk yield
    one with status ``skipped``.
    """
    for found in expand_paths(paths):
        if isinstance(found, IngestError):
            yield found
        elif found[0] == "-":
            yield from read_stdin(max_bytes)
        else:
            yield from read_path(found[0], max_bytes, explicit=found[1])


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, bool] | IngestError]:
    """Every file ``paths`` name, as (path, named explicitly), in the order :func:`read_sources`
    reads them (folders walked, names sorted), or an IngestError for a missing path or a folder
    that cannot be listed. ``-`` stands for stdin. The Spark job lists its inputs with this, so
    it reads exactly what ``redline code`` would."""
    for path in paths:
        path = str(path)
        if path == "-":
            yield ("-", True)
        elif os.path.isdir(path):
            for found in walk(path):
                yield found if isinstance(found, IngestError) else (found, False)
        elif not os.path.exists(path):
            yield IngestError(path, "no such file or directory")
        else:
            yield (path, True)


def walk(folder: str) -> Iterator[str | IngestError]:
    """Files under ``folder`` in sorted order, skipping hidden ones (.git, .DS_Store).

    A folder that cannot be listed (permission denied, removed while walking) is reported as a
    failed input in its place, so a run never ends "0 coded, 0 failed" over files it never saw."""
    problems: list[IngestError] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or folder
        reason = error.strerror or type(error).__name__
        problems.append(IngestError(str(where), f"cannot read folder ({reason})"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        yield from problems
        problems.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)
    yield from problems


def format_from_name(path: str) -> str | None:
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return FORMAT_BY_EXTENSION.get(os.path.splitext(name)[1])


def read_path(path: str, max_bytes: int, *, explicit: bool) -> Iterator[Item]:
    """One file. A file with an unknown extension is sniffed when named explicitly and skipped
    when met in a folder walk (folders hold images, spreadsheets and notes we should not read).

    JSON Lines is read a line at a time, so ``max_bytes`` caps each of its records; every other
    format is read whole, and ``max_bytes`` caps the file."""
    fmt = format_from_name(path)
    stem = os.path.basename(path).split(".")[0]
    if not explicit and stem.upper() in PROJECT_FILES and stem.isupper():
        yield IngestError(path, f"project documentation ({os.path.basename(path)})", "skipped")
        return
    if fmt is None and not explicit:
        ext = os.path.splitext(path)[1] or "no extension"
        yield IngestError(path, f"unsupported file type ({ext})", "skipped")
        return
    try:
        size = os.path.getsize(path)
        if size > max_bytes and fmt not in (None, "jsonl"):
            yield IngestError(path, too_large(max_bytes, size))
            return
        if size == 0:
            yield IngestError(path, "empty file", "skipped")
            return
        with open(path, "rb") as handle:
            yield from read_stream(handle, path, fmt, max_bytes, size=size)
    except OSError as err:
        yield IngestError(path, f"cannot read file ({err.strerror or err})")


def read_data(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The documents in ``data``, read as the file ``name`` would be (its ending picks the
    reader, gzip is undone): for bytes that are not in a file, such as a Spark binary record or
    a fuzz case."""
    fmt = format_from_name(name)
    gz = data[:2] == GZIP_MAGIC
    if len(data) > max_bytes and not gz and fmt not in (None, "jsonl"):
        yield IngestError(name, too_large(max_bytes, len(data)))
        return
    yield from read_stream(io.BytesIO(data), name, fmt, max_bytes, size=None if gz else len(data))


def read_stdin(max_bytes: int) -> Iterator[Item]:
    yield from read_stream(sys.stdin.buffer, "-", None, max_bytes)


# The first chunk of an input, from which its format (when its name does not tell) and the
# encoding of a JSON Lines file are found.
SAMPLE_BYTES = 1 << 18


def read_stream(
    handle: BinaryIO, source: str, fmt: str | None, max_bytes: int, *, size: int | None = None
) -> Iterator[Item]:
    """Read (and gunzip) ``handle`` and hand it to its reader: JSON Lines a line at a time,
    anything else whole, up to ``max_bytes`` (``size`` is the input's size when known)."""
    try:
        stream = Stream(handle)
        sample = stream.take(SAMPLE_BYTES)
    except InputProblem as problem:
        yield IngestError(source, str(problem))
        return
    fmt = fmt or sniff_format(sample)
    if (
        fmt == "jsonl"
        and sample.strip()
        and LineDecoder.streamable(sample)
        and not binary_kind(sample)
    ):
        yield from read_lines(stream, sample, source, max_bytes)
        return
    if size is not None and size > max_bytes:
        yield IngestError(source, too_large(max_bytes, size))
        return
    try:
        data = stream.read_all(sample, max_bytes)
    except InputProblem as problem:
        yield IngestError(source, str(problem))
        return
    yield from read_bytes(data, source, fmt, cut=stream.cut)


def read_lines(stream: Stream, sample: bytes, source: str, max_bytes: int) -> Iterator[Item]:
    """The records of a JSON Lines input as they are read; a cut gzip stream keeps the complete
    ones and ends with one failure naming the cut."""
    kept = found = 0
    try:
        items = stream_json_lines(
            stream.reader(sample),
            source,
            LineDecoder(sample),
            max_bytes,
            whole=lambda: stream.cut is None,
        )
        for item in items:
            found += 1
            kept += isinstance(item, RawDocument)
            yield item
    except InputProblem as problem:  # only if the first chunk read fine and the rest did not
        yield IngestError(source, str(problem))
        return
    except Exception as err:  # a reader's library failing on odd input must not stop the batch
        yield IngestError(source, unreadable(err))
        return
    if stream.cut is not None:
        records = "record" if kept == 1 else "records"
        yield IngestError(
            source,
            f"{stream.cut} after {human_size(stream.size)} decompressed: {kept} complete "
            f"{records} kept, the cut one is lost",
        )
    elif not found:  # e.g. JSON Lines of blank lines: say so rather than nothing
        yield IngestError(source, "no documents found", "skipped")


class InputProblem(Exception):
    """Raised inside this module only; becomes an IngestError."""


GZIP_CHUNK = 1 << 16


class Stream:
    """The bytes of one input a chunk at a time, gunzipped when they are gzip (every member).

    Nothing is read ahead: a reader takes the chunks as it needs them, so an input of any size
    passes through a bounded buffer. ``size`` counts the bytes handed out so far; ``cut`` is set
    (once the chunks are used up) when a gzip stream ended early or broke part-way, and its
    bytes before the break were still handed out. Raises :class:`InputProblem` when a gzip
    stream yields nothing at all.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.size = 0
        self.cut: str | None = None
        head = handle.read(2)
        self.gzip = head == GZIP_MAGIC
        self.chunks = self._inflate(head) if self.gzip else self._plain(head)

    def _plain(self, head: bytes) -> Iterator[bytes]:
        chunk = head
        while chunk:
            self.size += len(chunk)
            yield chunk
            chunk = self.handle.read(GZIP_CHUNK)

    def _inflate(self, pending: bytes) -> Iterator[bytes]:
        """Decompress, at most a few chunks of output per step (a small .gz can expand to
        gigabytes); trailing zero padding after the last member is ignored, as gzip does."""
        inflater = zlib.decompressobj(wbits=31)
        while True:
            if not pending:
                pending = self.handle.read(GZIP_CHUNK)
                if not pending:
                    break
            try:
                out = inflater.decompress(pending, 4 * GZIP_CHUNK)
            except zlib.error as err:
                if not self.size:
                    raise InputProblem(f"not a valid gzip file ({err})") from err
                self.cut = f"corrupt gzip stream ({err})"
                return
            if out:
                self.size += len(out)
                yield out
            pending = inflater.unconsumed_tail
            if inflater.eof:
                rest = inflater.unused_data + pending
                if not rest:
                    rest = self.handle.read(GZIP_CHUNK)
                if not rest.startswith(GZIP_MAGIC[:1]) or (
                    len(rest) > 1 and rest[:2] != GZIP_MAGIC
                ):
                    return  # zero padding or trailing bytes after the last member
                inflater = zlib.decompressobj(wbits=31)
                pending = rest
        while not inflater.eof and (out := inflater.decompress(b"", 4 * GZIP_CHUNK)):
            self.size += len(out)  # output the inflater held back at the end of the input
            yield out
        if not inflater.eof:
            if not self.size:
                raise InputProblem("truncated gzip stream")
            self.cut = "truncated gzip stream"

    def take(self, n: int) -> bytes:
        """At least ``n`` bytes from the start (fewer at the end): the input's first chunk."""
        parts: list[bytes] = []
        taken = 0
        for chunk in self.chunks:
            parts.append(chunk)
            taken += len(chunk)
            if taken >= n:
                break
        return b"".join(parts)

    def read_all(self, first: bytes, max_bytes: int) -> bytes:
        """``first`` and every byte after it, refusing an input of more than ``max_bytes``."""
        out = bytearray(first)
        if len(out) <= max_bytes:
            for chunk in self.chunks:
                out += chunk
                if len(out) > max_bytes:
                    break
        if len(out) > max_bytes:
            if self.gzip:
                raise InputProblem(f"larger than {human_size(max_bytes)} limit when decompressed")
            raise InputProblem(too_large(max_bytes))
        return bytes(out)

    def reader(self, first: bytes) -> io.BufferedReader:
        """A file object over ``first`` and every byte after it, for reading line by line."""
        return io.BufferedReader(_ChunkReader(itertools.chain([first], self.chunks)), GZIP_CHUNK)


class _ChunkReader(io.RawIOBase):
    """A raw file over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.left = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.left:
            chunk = next(self.chunks, None)
            if chunk is None:
                return 0
            self.left = memoryview(chunk)
        n = min(len(buffer), len(self.left))
        buffer[:n] = self.left[:n]
        self.left = self.left[n:]
        return n


def gunzip(handle: BinaryIO, max_bytes: int) -> tuple[bytes, str | None]:
    """Every gzip member of ``handle`` decompressed, up to ``max_bytes``, and why it ends early
    (None when whole). Raises :class:`InputProblem` when nothing can be decompressed or the
    output is too large."""
    stream = Stream(handle)
    return stream.read_all(b"", max_bytes), stream.cut


def unreadable(err: Exception) -> str:
    message = str(err).splitlines()[0][:120] if str(err) else ""
    return f"unreadable ({type(err).__name__}: {message})"


# Formats holding many records, whose complete records survive a cut stream.
RECORD_FORMATS = ("jsonl", "mbox", "warc")


def read_bytes(
    data: bytes, source: str, fmt: str | None, *, cut: str | None = None
) -> Iterator[Item]:
    """Route the (decompressed) bytes of one input to its reader; never raises.

    ``cut`` is the reason the bytes end early (a truncated gzip stream). Then the complete
    records of a JSON Lines, mbox or WARC file are read and the input itself is reported
    ``failed`` with how many records were kept; a one-document file (text, HTML, e-mail, JSON,
    feed) is cut inside its only document, so nothing of it is coded.
    """
    if cut is not None:
        yield from read_cut(data, source, fmt, cut)
        return
    if not data.strip():
        yield IngestError(source, "empty file", "skipped")
        return
    kind = binary_kind(data)
    if kind:
        yield IngestError(source, f"binary content (looks like {kind})")
        return
    found = 0
    try:
        for item in dispatch(data, source, fmt or sniff_format(data)):
            found += 1
            yield item
    except DecodeError as err:
        yield IngestError(source, str(err))
    except RecursionError:
        yield IngestError(source, "unreadable (nested too deeply to parse)")
    except Exception as err:  # a reader's library failing on odd input must not stop the batch
        yield IngestError(source, unreadable(err))
    else:
        if not found:  # e.g. JSON Lines of blank lines: say so rather than nothing
            yield IngestError(source, "no documents found", "skipped")


def read_cut(data: bytes, source: str, fmt: str | None, cut: str) -> Iterator[Item]:
    """The complete records of a stream that ends early, then one failure naming the cut."""
    size = f"{human_size(len(data))} decompressed"
    fmt = fmt or sniff_format(data)
    if fmt not in RECORD_FORMATS:
        yield IngestError(source, f"{cut} after {size}: its one document is cut short, not coded")
        return
    whole = complete_records(data, fmt)
    kept = 0
    for item in read_bytes(whole, source, fmt) if whole.strip() else ():
        if isinstance(item, RawDocument):
            kept += 1
        elif item.source == source and item.reason.startswith("WARC archive has no HTML"):
            continue  # the summary line below says what was kept
        yield item
    records = "record" if kept == 1 else "records"
    yield IngestError(
        source, f"{cut} after {size}: {kept} complete {records} kept, the cut one is lost"
    )


def complete_records(data: bytes, fmt: str) -> bytes:
    """``data`` without its last, cut record: JSON Lines up to the last newline, mbox up to the
    last ``From`` line; a WARC reader finds its cut record by the record's own length."""
    if fmt == "jsonl":
        return data[: data.rfind(b"\n") + 1]
    if fmt == "mbox":
        last = data.rfind(b"\nFrom ")
        return data[: last + 1] if last >= 0 else b""
    return data


def sniff_format(data: bytes) -> str:
    """What an input without a telling name is: WARC, mbox, HTML, feed, JSON, e-mail or text."""
    if data.startswith(b"WARC/"):
        return "warc"
    if looks_like_mbox(data):
        return "mbox"
    head = data[:8192].decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return "feed" if looks_like_feed(head) else "html"
    if head.startswith("["):
        return "json"
    lines = [line for line in head.splitlines()[:-1] or head.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        return "jsonl"
    if head.startswith("{"):
        return "json"
    if looks_like_email(head):
        return "email"
    return "text"


def dispatch(data: bytes, source: str, fmt: str) -> Iterator[Item]:
    notes: list[str] = []
    if fmt == "email":
        yield read_email(data, source)
    elif fmt == "mbox":
        yield from read_mbox(data, source)
    elif fmt == "feed":
        yield from read_feed(data, source)
    elif fmt == "warc":
        yield from read_warc(data, source)
    elif fmt == "html":
        html, encoding = decode_bytes(data, declared=declared_charset(data), warnings=notes)
        yield RawDocument(source=source, html=html, kind="html", encoding=encoding, warnings=notes)
    elif fmt in ("jsonl", "json"):
        text, _ = decode_bytes(data, warnings=notes)
        reader = read_json_lines if fmt == "jsonl" else read_json
        for item in reader(text, source):
            if notes and isinstance(item, RawDocument) and "\ufffd" in (item.text or item.html):
                item.warnings.extend(notes)  # only the records the bad bytes were in
            yield item
    else:
        text, encoding = decode_bytes(data, warnings=notes)
        if not text.strip():
            yield IngestError(source, "empty file", "skipped")
        else:
            yield RawDocument(
                source=source, text=text, kind="text", encoding=encoding, warnings=notes
            )
