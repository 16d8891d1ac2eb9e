"""The published JSON Schema matches the data model, and records validate against it."""

from __future__ import annotations

import jsonschema

from redline.model import Document, Entity, Event, Quote, Sentence
from redline.schema import document_schema, published_schema


def test_schema_published_file_is_up_to_date():
    assert published_schema() == document_schema(), (
        "regenerate with: redline schema > src/redline/schema/document.schema.json"
    )


def test_schema_accepts_a_full_record():
    text = "Iran condemned the strike, its foreign ministry said."
    doc = Document(text=text, source="x.txt", published="2024-01-02", authors=["A. Writer"])
    doc.sentences = [Sentence(0, len(text))]
    doc.entities = [Entity(0, 4, "Iran", "GPE", canonical="Iran", actor="IRN")]
    doc.quotes = [Quote(0, 25, text[0:25], "indirect", speaker_text="its foreign ministry")]
    doc.events = [Event(0, len(text), text, "111", "11", "Criticize or denounce", goldstein=-2.0)]
    jsonschema.validate(doc.to_dict(), published_schema())


def test_schema_rejects_a_record_missing_fields():
    record = Document(text="x", source="y").to_dict()
    del record["events"]
    try:
        jsonschema.validate(record, published_schema())
    except jsonschema.ValidationError as exc:
        assert "events" in exc.message
    else:
        raise AssertionError("a record without events validated")
