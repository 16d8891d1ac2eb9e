"""Fixtures for the enrich tests: parse a text of our own into a Document, as the pipeline would."""

from __future__ import annotations

import pytest

from redline.model import Document, Event
from redline.nlp import annotate_parsed


@pytest.fixture(scope="session")
def parse(nlp):
    """``parse(text, published=...)`` → a Document with sentences, entities and ``parsed``."""

    def make(text: str, published: str | None = "2024-09-13", **fields) -> Document:
        doc = Document(text=text, published=published, **fields)
        return annotate_parsed(doc, nlp(text))

    return make


@pytest.fixture(scope="session")
def sentence_event():
    """``sentence_event(doc, i, trigger)`` → an Event over sentence ``i``, built by hand."""
    return make_sentence_event


def make_sentence_event(
    doc: Document, sentence_index: int = 0, trigger: str | None = None, **fields
):
    """An Event over one sentence of ``doc``, built by hand (the events stage is not under test)."""
    sentence = doc.sentences[sentence_index]
    text = doc.text[sentence.start : sentence.end]
    trigger_fields = {}
    if trigger is not None:
        at = text.index(trigger) + sentence.start
        trigger_fields = {
            "trigger_text": trigger,
            "trigger_start": at,
            "trigger_end": at + len(trigger),
        }
    return Event(
        sentence.start,
        sentence.end,
        text,
        "190",
        "19",
        "Use conventional military force",
        **trigger_fields,
        **fields,
    )
