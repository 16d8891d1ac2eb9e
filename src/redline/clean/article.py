"""Turn a RawDocument into a Document holding only the article text (placeholder: plain text)."""

from __future__ import annotations

from redline.ingest.raw import RawDocument
from redline.model import Document


def clean_document(raw: RawDocument, *, published: str | None = None) -> Document:
    text = (raw.text or "").strip()
    return Document(
        text=text,
        source=raw.source,
        title=raw.title,
        published=raw.published or published,
        url=raw.url,
        meta=dict(raw.meta),
    )
