"""WARC archives: every HTTP response with an HTML body becomes a document (kind "warc")."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from redline.ingest.decode import DecodeError, declared_charset, decode_bytes
from redline.ingest.raw import IngestError, RawDocument


def read_warc(data: bytes, source: str) -> Iterator[RawDocument | IngestError]:
    """HTML responses in archive order, as ``source#N`` where N counts every record.

    A record whose block is shorter than its ``Content-Length`` (the archive was cut inside it)
    fails alone with the byte counts; the complete records before it are read."""
    found = 0
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            found += 1
            where = f"{source}#{number}"
            body = record.content_stream().read()
            missing = getattr(record.raw_stream, "limit", 0) or 0
            if missing > 0:
                whole = record.length or 0
                yield IngestError(
                    where,
                    f"record cut short ({whole - missing} of {whole} bytes): truncated archive",
                )
                continue
            charset = None
            if "charset=" in content_type.lower():
                charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip()
            notes: list[str] = []
            try:
                html, encoding = decode_bytes(
                    body, declared=charset or declared_charset(body), warnings=notes
                )
            except DecodeError as err:
                yield IngestError(where, str(err))
                continue
            yield RawDocument(
                source=where,
                html=html,
                kind="warc",
                url=record.rec_headers.get_header("WARC-Target-URI"),
                encoding=encoding,
                warnings=notes,
                meta={"warc_date": record.rec_headers.get_header("WARC-Date")},
            )
    except (ArchiveLoadFailed, ValueError, EOFError) as err:
        message = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
        yield IngestError(source, f"malformed WARC archive ({message})")
        return
    if not found:
        yield IngestError(source, "WARC archive has no HTML responses", "skipped")
