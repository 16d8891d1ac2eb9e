"""What the readers hand to the cleaner: one item of input, decoded but not yet cleaned."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One document as found in the input.

    ``source`` names where it came from (a path, ``path:line`` for JSON Lines, ``path#3`` for the
    third message of an mbox, ``-`` for stdin). Exactly one of ``text`` or ``html`` is set. The
    ``title``/``published``/``url``/``id`` hints come from the container (JSONL fields, feed
    entries, WARC records) and win over what the cleaner finds in the body. E-mail headers go to
    ``meta`` instead (``subject_title``, ``email_date``): a forwarder's subject and send date are
    weaker evidence than the article's own headline and date line. ``warnings`` holds what the
    reader had to repair (invalid UTF-8 bytes replaced); the cleaner carries them over to the
    Document, so they are stored with it.
    """

    source: str
    text: str | None = None
    html: str | None = None
    kind: str = "text"  # text | email | html | jsonl | feed | warc
    title: str | None = None
    published: str | None = None
    url: str | None = None
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestError:
    """An input that could not be read. ``status`` is ``skipped`` (nothing to code, e.g. empty)
    or ``failed`` (unreadable: binary, truncated, mis-encoded, too large, malformed)."""

    source: str
    reason: str
    status: str = "failed"

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def too_large(max_bytes: int, size: int | None = None) -> str:
    actual = f" ({human_size(size)})" if size is not None else ""
    return f"larger than {human_size(max_bytes)} limit{actual}"


def human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB".replace(".0 MB", " MB")
    if n >= 1_000:
        return f"{n / 1_000:.1f} KB".replace(".0 KB", " KB")
    return f"{n} bytes"
