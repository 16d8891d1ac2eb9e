"""RSS and Atom feeds: every entry with content becomes a document (kind "feed")."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from redline.ingest.raw import IngestError, RawDocument


def looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(data: bytes, source: str) -> Iterator[RawDocument | IngestError]:
    """Entries in feed order, as ``source#1``, ``source#2``, ... Full content is preferred over
    the summary because many feeds put only a teaser in the summary."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = "no entries in feed"
        if parsed.get("bozo"):
            reason = f"not a valid RSS/Atom feed ({one_line(parsed.get('bozo_exception'))})"
        yield IngestError(source, reason, "skipped" if not parsed.get("bozo") else "failed")
        return
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{source}#{number}"
        content, content_type = entry_content(entry)
        if not content.strip():
            yield IngestError(where, "feed entry has no content", "skipped")
            continue
        is_html = "html" in content_type or content.lstrip().startswith("<")
        meta = {"feed_title": feed_title} if feed_title else {}
        if entry.get("author"):
            meta["author"] = entry.get("author")
        yield RawDocument(
            source=where,
            text=None if is_html else content,
            html=content if is_html else None,
            kind="feed",
            title=entry.get("title"),
            published=entry_date(entry),
            url=entry.get("link"),
            id=entry.get("id"),
            meta=meta,
        )


def entry_content(entry: feedparser.FeedParserDict) -> tuple[str, str]:
    for item in entry.get("content") or []:
        if item.get("value", "").strip():
            return item["value"], item.get("type", "text/html")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", ""), detail.get("type", "text/html")


def entry_date(entry: feedparser.FeedParserDict) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return entry.get("published") or entry.get("updated")


def one_line(error: object) -> str:
    return str(error).splitlines()[0][:120] if error else "unknown error"
