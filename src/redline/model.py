"""The one data model every stage reads and writes.

A :class:`Document` holds the cleaned article ``text`` and lists of annotations. Every annotation
carries ``start``/``end`` character offsets into ``Document.text`` so that
``doc.text[a.start:a.end] == a.text`` always holds: nothing is copied around that cannot be traced
back to the sentence it came from. Stages are plain functions ``Document -> Document``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str
    canonical: str | None = None
    actor: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation or reported statement and the person or body it is attributed to.

    ``kind`` is ``direct`` (all inside quote marks), ``mixed`` (reported content containing quoted
    words) or ``indirect`` (reported speech without marks).
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    actor: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: ``start``/``end`` span the sentence it was coded from."""

    start: int
    end: int
    text: str
    code: str
    root_code: str
    name: str
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    plover_mode: str | None = None
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_actor: str | None = None
    target_text: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    target_actor: str | None = None
    trigger_text: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    date: str | None = None
    date_source: str | None = None
    place: str | None = None
    negated: bool = False
    conditional: bool = False
    reported_by: str | None = None
    rule: str | None = None
    quantity_ids: tuple[int, ...] = ()
    # how likely the event is right, from the learned precision filter (redline.events.filter)
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None
    object: str | None = None
    approx: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    kind: str | None = None
    geonameid: int | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention in the document's entity graph: a name, title + surname, acronym, role
    description or pronoun, linked to entity number ``entity`` (mentions sharing it are one
    person, organisation or place). ``canonical``, ``type`` and ``actor`` are the entity's;
    ``kind`` is what the mention is and ``rule`` why it was linked."""

    start: int
    end: int
    text: str
    entity: int
    kind: str
    canonical: str | None = None
    type: str | None = None
    actor: str | None = None
    rule: str | None = None


# Every kind of annotation a Document holds, by the name of its list: the JSON record, the JSON
# Schema and the store's tables are all derived from this one mapping.
ANNOTATION_TYPES: dict[str, type] = {
    "sentences": Sentence,
    "entities": Entity,
    "quotes": Quote,
    "events": Event,
    "quantities": Quantity,
    "places": Place,
    "mentions": Mention,
}


def _quick_pickling(cls: type) -> None:
    """Give a frozen slotted annotation class a cheaper ``__getstate__``/``__setstate__``.

    Every coded document comes back from a worker pickled, with hundreds of annotations; the
    methods ``dataclass(slots=True)`` writes call ``fields()`` for every object (a third of the
    main process's unpickling, issue #11). These keep the same state, the values in field order,
    with the field names worked out once per class."""
    names = tuple(f.name for f in fields(cls))
    values = attrgetter(*names)
    put = object.__setattr__

    def __getstate__(self: Any) -> tuple:
        return values(self)

    def __setstate__(self: Any, state: Any) -> None:
        for name, value in zip(names, state, strict=True):
            put(self, name, value)

    cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]


for _cls in ANNOTATION_TYPES.values():
    _quick_pickling(_cls)


@dataclass
class Document:
    """A news article after cleaning, with everything the pipeline found in it.

    ``text`` is the article only; what surrounded it (a forwarder's remarks, blog chrome) is
    kept in ``commentary`` and ``removed`` so nothing is lost. ``parsed`` holds the spaCy ``Doc``
    while the pipeline runs; it is never serialised.
    """

    text: str
    id: str = ""
    source: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None
    published_source: str | None = None
    language: str | None = "en"
    url: str | None = None
    commentary: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    parsed: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text, self.source)

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record (see ``schema/document.schema.json``)."""
        record: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "parsed":
                continue
            value = getattr(self, f.name)
            if isinstance(value, list):
                value = [asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
                for item in value:
                    if isinstance(item, dict) and "quantity_ids" in item:
                        item["quantity_ids"] = list(item["quantity_ids"])
            record[f.name] = value
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Document:
        kinds = ANNOTATION_TYPES
        known = {f.name for f in fields(cls)} - {"parsed"}
        kwargs: dict[str, Any] = {}
        for key, value in record.items():
            if key not in known:
                continue
            if key in kinds:
                item_fields = {f.name for f in fields(kinds[key])}
                items = []
                for item in value:
                    item = {k: v for k, v in item.items() if k in item_fields}
                    if "quantity_ids" in item:
                        item["quantity_ids"] = tuple(item["quantity_ids"])
                    items.append(kinds[key](**item))
                value = items
            kwargs[key] = value
        return cls(**kwargs)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``, if any."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


def document_id(content: str, source: str = "") -> str:
    """A stable id from the document's content: the same article coded twice gets the same id."""
    del source  # the id depends on content only, so a copy under another name is the same doc
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:16]


SPAN_KINDS = tuple(ANNOTATION_TYPES)


def check_offsets(doc: Document) -> list[str]:
    """Every place where an annotation's offsets do not give back its text (empty when all hold)."""
    problems = []
    n = len(doc.text)
    for kind in SPAN_KINDS:
        for i, item in enumerate(getattr(doc, kind)):
            if not 0 <= item.start <= item.end <= n:
                problems.append(f"{kind}[{i}] offsets {item.start}:{item.end} outside text")
                continue
            text = getattr(item, "text", None)
            if text is not None and doc.text[item.start : item.end] != text:
                problems.append(f"{kind}[{i}] text {text!r} != text[{item.start}:{item.end}]")
            for prefix in ("speaker", "cue", "source", "target", "trigger"):
                s, e = getattr(item, f"{prefix}_start", None), getattr(item, f"{prefix}_end", None)
                if s is None:
                    continue
                if not 0 <= s <= e <= n:
                    problems.append(f"{kind}[{i}] {prefix} offsets {s}:{e} outside text")
                    continue
                ptext = getattr(item, f"{prefix}_text", None)
                if prefix == "cue":
                    ptext = item.cue
                if ptext is not None and doc.text[s:e] != ptext:
                    problems.append(f"{kind}[{i}] {prefix} {ptext!r} != text[{s}:{e}]")
    return problems
