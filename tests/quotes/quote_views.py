"""Views of extracted quotes the quote tests assert on (imported by name, like
``web_fixtures``: the test folders are on ``sys.path``)."""

from __future__ import annotations


def kinds(quotes, *wanted: str):
    """The quotes of the kinds ``wanted`` ("direct", "mixed", ...), in order."""
    return [q for q in quotes if q.kind in wanted]
