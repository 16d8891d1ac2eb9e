"""The document view's text: the article cut into segments at every annotation boundary.

Annotations overlap and nest (an entity inside a quote inside an event's sentence), so instead of
nesting HTML elements the text is split at every start and end offset and each segment lists the
annotations covering it. The template wraps each segment in one ``<span>`` with classes and data
attributes; the page's script highlights an event by finding the segments that name it. Text is
never marked up here: Jinja escapes every segment when it renders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from redline.model import Document

# (annotation kind, role) -> (CSS class, data attribute). A segment in several annotations of one
# role lists all their indexes in that attribute, space separated.
ROLES = {
    ("entity", "span"): ("ent", "ents"),
    ("quote", "span"): ("quote", "quotes"),
    ("quote", "speaker"): ("speaker", "speakers"),
    ("quote", "cue"): ("cue", "cues"),
    ("event", "span"): ("ev", "events"),
    ("event", "trigger"): ("trigger", "triggers"),
    ("event", "source"): ("ev-source", "sources"),
    ("event", "target"): ("ev-target", "targets"),
}


@dataclass
class Segment:
    """A run of text covered by the same annotations."""

    start: int
    end: int
    text: str
    classes: list[str] = field(default_factory=list)
    data: dict[str, str] = field(default_factory=dict)
    title: str | None = None


def css_name(value: str | None) -> str:
    """A label made safe to use inside a class name (labels come from data files)."""
    return re.sub(r"[^A-Za-z0-9_-]", "", value or "")[:40]


def _marks(doc: Document) -> list[tuple[int, int, str, str, int]]:
    marks = []
    n = len(doc.text)

    def add(start: int | None, end: int | None, kind: str, role: str, idx: int) -> None:
        if start is None or end is None:
            return
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if start < end:
            marks.append((start, end, kind, role, idx))

    for i, ent in enumerate(doc.entities):
        add(ent.start, ent.end, "entity", "span", i)
    for i, quote in enumerate(doc.quotes):
        add(quote.start, quote.end, "quote", "span", i)
        add(quote.speaker_start, quote.speaker_end, "quote", "speaker", i)
        add(quote.cue_start, quote.cue_end, "quote", "cue", i)
    for i, event in enumerate(doc.events):
        add(event.start, event.end, "event", "span", i)
        add(event.trigger_start, event.trigger_end, "event", "trigger", i)
        add(event.source_start, event.source_end, "event", "source", i)
        add(event.target_start, event.target_end, "event", "target", i)
    return marks


def event_summary(doc: Document, idx: int) -> str:
    """One line naming an event, for hover titles: "Canada → Ukraine: 070 Provide aid (+7.0)"."""
    ev = doc.events[idx]
    who = f"{ev.source_text or '?'} → {ev.target_text or '?'}"
    gold = f" ({ev.goldstein:+.1f})" if ev.goldstein is not None else ""
    rule = f" · rule {ev.rule}" if ev.rule else ""
    return f"{who}: {ev.code} {ev.name}{gold}{rule}"


def document_segments(doc: Document) -> list[Segment]:
    """The text split at every annotation boundary, each piece tagged with what covers it."""
    text = doc.text
    marks = _marks(doc)
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    segments = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        seg = Segment(start, end, text[start:end])
        roles: dict[tuple[str, str], list[int]] = {}
        for m_start, m_end, kind, role, idx in marks:
            if m_start <= start and end <= m_end:
                roles.setdefault((kind, role), []).append(idx)
        for key, idxs in roles.items():
            css, attr = ROLES[key]
            seg.classes.append(css)
            seg.data[attr] = " ".join(str(i) for i in idxs)
        if ("entity", "span") in roles:
            label = doc.entities[roles[("entity", "span")][0]].label
            seg.classes.append("ent-" + css_name(label))
        if ("event", "trigger") in roles:
            first = roles[("event", "trigger")][0]
            quad = doc.events[first].quad_class
            if quad in (1, 2, 3, 4):
                seg.classes.append(f"q{quad}")
            seg.title = "; ".join(event_summary(doc, i) for i in roles[("event", "trigger")])
        segments.append(seg)
    return segments


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain web link; ``javascript:`` and other schemes are not linked."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None
