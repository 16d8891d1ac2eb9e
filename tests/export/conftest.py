"""A hand-made store for export tests: a wire story with places, its repost, a second story."""

from __future__ import annotations

import pytest

from redline.model import Document, Event, Place, Quote, Sentence, check_offsets
from redline.store import Store

WIRE = (
    "Israeli troops raided the Jenin refugee camp on Wednesday, Palestinian health officials "
    "said.\n\nThe Palestinian Authority condemned the raid in a statement from Ramallah. "
    "\u201cThis is a massacre,\u201d a spokesman said."
)
REPOST = "Middle East Today - " + WIRE + "\n\nFollow us for more."
AID = (
    "Germany will give Jordan 50 million euros to support refugees, the development ministry "
    "in Berlin said on Friday."
)


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _event(text: str, sentence: str, code: str, quad: int, goldstein: float, **kw) -> Event:
    s, e = _span(text, sentence)
    fields: dict = {}
    for side in ("source", "target", "trigger"):
        part = kw.pop(side, None)
        if part is None:
            continue
        words, actor = part if isinstance(part, tuple) else (part, None)
        a, b = _span(text, words, s)
        fields.update({f"{side}_text": words, f"{side}_start": a, f"{side}_end": b})
        if side != "trigger":
            fields[f"{side}_actor"] = actor
    return Event(
        s,
        e,
        text[s:e],
        code,
        code[:2],
        "event",
        quad_class=quad,
        goldstein=goldstein,
        **fields,
        **kw,
    )


def _place(text: str, part: str, **kw) -> Place:
    s, e = _span(text, part)
    return Place(s, e, part, **kw)


def _sentences(text: str, *parts: str) -> list[Sentence]:
    return [Sentence(*_span(text, p)) for p in parts]


def _wire_like(text: str, **kw) -> Document:
    doc = Document(text=text, **kw)
    doc.sentences = _sentences(
        text,
        "Israeli troops raided the Jenin refugee camp on Wednesday, Palestinian health officials "
        "said.",
        "The Palestinian Authority condemned the raid in a statement from Ramallah.",
        "\u201cThis is a massacre,\u201d a spokesman said.",
    )
    doc.events = [
        _event(
            text,
            doc.text[doc.sentences[0].start : doc.sentences[0].end],
            "190",
            4,
            -10.0,
            source=("Israeli troops", "ISRMIL"),
            target=("Jenin refugee camp", "PSEREF"),
            trigger="raided",
            date="2024-05-01",
            place="Jenin",
            rule="verb:raid",
        ),
        _event(
            text,
            doc.text[doc.sentences[1].start : doc.sentences[1].end],
            "122",
            3,
            -2.0,
            source=("The Palestinian Authority", "PSEGOV"),
            target=("the raid", None),
            trigger="condemned",
            rule="verb:condemn",
        ),
    ]
    doc.places = [
        _place(
            text,
            "Jenin",
            name="Jenin",
            country="PS",
            latitude=32.46,
            longitude=35.3,
            kind="city",
            geonameid=293783,
        ),
        _place(
            text,
            "Ramallah",
            name="Ramallah",
            country="PS",
            latitude=31.9,
            longitude=35.2,
            kind="city",
            geonameid=8299,
        ),
    ]
    s, e = _span(text, "\u201cThis is a massacre,\u201d")
    doc.quotes = [Quote(s, e, text[s:e], "direct", speaker="a spokesman", rule="fixture")]
    return doc


def build_documents() -> list[Document]:
    wire = _wire_like(
        WIRE,
        source="wire.txt",
        title="Israeli troops raid Jenin camp",
        outlet="Reuters",
        published="2024-05-01T14:20:00+02:00",
        url="https://example.com/jenin",
    )
    repost = _wire_like(
        REPOST,
        source="repost.html",
        published="2024-05-02",
        url="https://www.middleeasttoday.example/jenin",
        duplicate_of=wire.id,
    )
    aid = Document(
        text=AID,
        source="aid.txt",
        outlet="DW",
        published="2024-05-03",
        url="https://example.org/aid",
    )
    aid.sentences = [Sentence(0, len(AID))]
    aid.events = [
        _event(
            AID,
            AID,
            "071",
            2,
            7.4,
            source=("Germany", "DEU"),
            target=("Jordan", "JOR"),
            trigger="give",
            date="2024-05-03",
            rule="verb:give",
        ),
        _event(AID, AID, "036", 1, 4.0, source=("Germany", "DEU"), negated=True, rule="x"),
    ]
    aid.places = [
        _place(
            AID,
            "Germany",
            name="Germany",
            country="DE",
            latitude=51.0,
            longitude=9.0,
            kind="country",
            geonameid=2921044,
        ),
        _place(
            AID,
            "Berlin",
            name="Berlin",
            country="DE",
            latitude=52.52,
            longitude=13.4,
            kind="city",
            geonameid=2950159,
        ),
    ]
    docs = [wire, repost, aid]
    for doc in docs:
        assert check_offsets(doc) == []
    return docs


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "news.duckdb"
    with Store(path) as store:
        store.write(build_documents())
    return path
