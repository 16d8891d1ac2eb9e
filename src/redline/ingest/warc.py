"""WARC archives: every HTTP response with an HTML body becomes a document (kind "warc")."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from redline.ingest.decode import DecodeError, declared_charset, decode_bytes
from redline.ingest.raw import IngestError, RawDocument


def read_warc(data: bytes, source: str) -> Iterator[RawDocument | IngestError]:
    """HTML responses in archive order, as ``source#N`` where N counts every record."""
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
            charset = None
            if "charset=" in content_type.lower():
                charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip()
            try:
                html, encoding = decode_bytes(body, declared=charset or declared_charset(body))
            except DecodeError as err:
                yield IngestError(where, str(err))
                continue
            yield RawDocument(
                source=where,
                html=html,
                kind="warc",
                url=record.rec_headers.get_header("WARC-Target-URI"),
                encoding=encoding,
                meta={"warc_date": record.rec_headers.get_header("WARC-Date")},
            )
    except (ArchiveLoadFailed, ValueError, EOFError) as err:
        yield IngestError(source, f"malformed WARC archive ({str(err).splitlines()[0][:120]})")
        return
    if not found:
        yield IngestError(source, "WARC archive has no HTML responses", "skipped")
