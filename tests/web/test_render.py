"""Cutting the document text into segments for overlapping highlights."""

from __future__ import annotations

from web_fixtures import news_documents, xss_document

from redline.model import Document, Entity, Event, Quote
from redline.web.render import css_name, document_segments, safe_url


def test_render_segments_give_back_the_text_exactly():
    for doc in [*news_documents(), xss_document()]:
        segments = document_segments(doc)
        assert "".join(s.text for s in segments) == doc.text
        assert all(doc.text[s.start : s.end] == s.text for s in segments)


def test_render_overlapping_annotations_share_a_segment():
    text = "Police arrested Marko Ilic in Belgrade."
    doc = Document(text=text)
    doc.entities = [Entity(16, 26, "Marko Ilic", "PERSON")]
    doc.quotes = [Quote(7, 38, text[7:38], "indirect")]
    doc.events = [
        Event(
            0,
            len(text),
            text,
            "173",
            "17",
            "Arrest",
            quad_class=4,
            source_text="Police",
            source_start=0,
            source_end=6,
            target_text="Marko Ilic",
            target_start=16,
            target_end=26,
            trigger_text="arrested",
            trigger_start=7,
            trigger_end=15,
        )
    ]
    by_text = {s.text: s for s in document_segments(doc)}
    name = by_text["Marko Ilic"]
    assert {"ent", "ent-PERSON", "quote", "ev", "ev-target"} <= set(name.classes)
    assert name.data == {"ents": "0", "quotes": "0", "events": "0", "targets": "0"}
    trigger = by_text["arrested"]
    assert "q4" in trigger.classes and "Police → Marko Ilic: 173 Arrest" in trigger.title
    assert by_text["Police"].data == {"events": "0", "sources": "0"}


def test_render_clips_offsets_outside_the_text():
    doc = Document(text="Short text.")
    doc.entities = [Entity(6, 400, "text.", "ORG"), Entity(-3, 2, "Sh", "ORG")]
    segments = document_segments(doc)
    assert "".join(s.text for s in segments) == doc.text
    assert segments[-1].data["ents"] == "0"


def test_render_css_name_keeps_only_safe_characters():
    assert css_name('X<img src=x onerror="a">') == "Ximgsrcxonerrora"
    assert css_name("WORK_OF_ART") == "WORK_OF_ART"
    assert css_name(None) == ""


def test_render_safe_url_links_only_web_addresses():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url(None) is None
