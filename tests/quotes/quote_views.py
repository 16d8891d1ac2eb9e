"""Views of extracted quotes the quote tests assert on (imported by name, like
``web_fixtures``: the test folders are on ``sys.path``)."""

from __future__ import annotations


def kinds(quotes, *wanted: str):
    """The quotes of the kinds ``wanted`` ("direct", "mixed", ...), in order."""
    return [q for q in quotes if q.kind in wanted]


def quote_with(code_text, text: str, words: str):
    """The first quote of ``text`` (coded by the ``code_text`` fixture) holding ``words``; fails
    with the quotes found when there is none."""
    doc = code_text(text)
    found = [q for q in doc.quotes if words in q.text]
    assert found, [(q.text, q.speaker) for q in doc.quotes]
    return found[0]


def speaker_of(code_text, text: str, words: str) -> str | None:
    """The resolved speaker of the first quote of ``text`` holding ``words``."""
    return quote_with(code_text, text, words).speaker
