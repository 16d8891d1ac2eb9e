"""Helpers for the tests that fix the recogniser's labels on a text, so the rule under test runs
whatever the statistical model tags (imported by name, like ``web_fixtures``: the test folders
are on ``sys.path``)."""

from __future__ import annotations

from spacy.tokens import Span

from redline.model import Document
from redline.pipeline import Pipeline


def finish_labelled(
    nlp, text: str, labels: list[tuple[str, int, str]], published: str | None = None
) -> Document:
    """Run the speaker stages over ``text`` with the entities ``labels`` gives:
    (words, which occurrence, label), for a document published on ``published``."""
    parsed = nlp(text)
    spans = []
    for words, nth, label in labels:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        span = parsed.char_span(start, start + len(words))
        assert span is not None, words
        spans.append(Span(parsed, span.start, span.end, label))
    parsed.ents = sorted(spans, key=lambda s: s.start)
    pipeline = Pipeline({"pipeline.stages": ["actors", "graph", "quotes", "speakers"]})
    return pipeline.finish(Document(text=text, published=published), parsed)


def mention_of(doc: Document, text: str):
    """The first mention whose text is ``text`` (asserts there is one)."""
    found = [m for m in doc.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return found[0]


def quote_with(doc: Document, words: str):
    """The first quote whose text holds ``words`` (asserts there is one)."""
    found = [q for q in doc.quotes if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in doc.quotes]}"
    return found[0]
