"""A small hand-made store: three articles with quotes and events, one a repost of another."""

from __future__ import annotations

import pytest

from redline.model import Document, Event, Quote, Sentence, check_offsets
from redline.store import Store

KHARKIV = (
    "Russian forces shelled Kharkiv overnight, Ukrainian officials said on Monday.\n\n"
    "\u201cThe strikes hit apartment blocks,\u201d said Governor Oleh Petrenko. "
    "Ukraine's foreign ministry condemned the attack and urged allies to send air defence."
)
SANCTIONS = (
    "Washington imposed new sanctions on Russian banks on Tuesday.\n\n"
    "Treasury Secretary Janet Morrow said the measures would cut Moscow off from dollar "
    "markets. The Kremlin did not threaten retaliation, a spokesman said."
)
REPOST = "World News Daily | " + KHARKIV + "\n\nShare this story."


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def sentence_spans(text: str) -> list[Sentence]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] in " \n"):
            while start < i and text[start] in " \n":
                start += 1
            spans.append(Sentence(start, i + 1))
            start = i + 1
    return spans


def event(
    text: str,
    sentence: str,
    code: str,
    *,
    source: tuple[str, str] | None = None,
    target: tuple[str, str] | None = None,
    trigger: str | None = None,
    **extra,
) -> Event:
    s, e = span(text, sentence)
    fields = {}
    for name, value in (("source", source), ("target", target)):
        if value:
            a, b = span(text, value[0], s)
            fields.update(
                {
                    f"{name}_text": value[0],
                    f"{name}_start": a,
                    f"{name}_end": b,
                    f"{name}_actor": value[1],
                }
            )
    if trigger:
        a, b = span(text, trigger, s)
        fields.update({"trigger_text": trigger, "trigger_start": a, "trigger_end": b})
    return Event(s, e, text[s:e], code, code[:2], extra.pop("name", "event"), **fields, **extra)


def quote(text: str, part: str, kind: str, speaker: str, actor: str | None = None) -> Quote:
    s, e = span(text, part)
    return Quote(s, e, part, kind, speaker=speaker, cue="said", actor=actor, rule="fixture")


def build_documents() -> list[Document]:
    kharkiv = Document(
        text=KHARKIV,
        source="kharkiv.txt",
        title="Russian forces shell Kharkiv",
        outlet="Reuters",
        published="2024-03-04",
        url="https://example.com/kharkiv",
    )
    kharkiv.sentences = sentence_spans(KHARKIV)
    kharkiv.events = [
        event(
            KHARKIV,
            "Russian forces shelled Kharkiv overnight, Ukrainian officials said on Monday.",
            "195",
            source=("Russian forces", "RUSMIL"),
            target=("Kharkiv", "UKR"),
            trigger="shelled",
            quad_class=4,
            goldstein=-9.5,
            plover="ASSAULT",
            date="2024-03-04",
            reported_by="Ukrainian officials",
            rule="verb:shell",
        ),
        event(
            KHARKIV,
            "Ukraine's foreign ministry condemned the attack and urged allies to send air defence.",
            "122",
            source=("Ukraine's foreign ministry", "UKRGOV"),
            trigger="condemned",
            quad_class=3,
            goldstein=-2.0,
            plover="ACCUSE",
            rule="verb:condemn",
        ),
    ]
    kharkiv.quotes = [
        quote(
            KHARKIV,
            "\u201cThe strikes hit apartment blocks,\u201d",
            "direct",
            "Oleh Petrenko",
            "UKRGOV",
        ),
    ]
    sanctions = Document(
        text=SANCTIONS,
        source="sanctions.txt",
        title="US sanctions Russian banks",
        outlet="AP",
        published="2024-03-05T09:30:00+01:00",
    )
    sanctions.sentences = sentence_spans(SANCTIONS)
    sanctions.events = [
        event(
            SANCTIONS,
            "Washington imposed new sanctions on Russian banks on Tuesday.",
            "163",
            source=("Washington", "USAGOV"),
            target=("Russian banks", "RUSBUS"),
            trigger="imposed",
            quad_class=4,
            goldstein=-8.0,
            plover="SANCTION",
            date="2024-03-05",
            rule="verb:impose sanctions",
        ),
        event(
            SANCTIONS,
            "The Kremlin did not threaten retaliation, a spokesman said.",
            "130",
            source=("The Kremlin", "RUSGOV"),
            trigger="threaten",
            quad_class=3,
            goldstein=-4.4,
            plover="THREATEN",
            negated=True,
            rule="verb:threaten",
        ),
    ]
    sanctions.quotes = [
        quote(
            SANCTIONS,
            "the measures would cut Moscow off from dollar markets",
            "indirect",
            "Janet Morrow",
            "USAGOV",
        )
    ]
    repost = Document(
        text=REPOST,
        source="repost.html",
        title="Kharkiv shelled",
        published="2024-03-06",
        url="https://www.worldnewsdaily.example/kharkiv",
        duplicate_of=kharkiv.id,
    )
    repost.sentences = sentence_spans(REPOST)
    repost.events = [
        event(
            REPOST,
            "Russian forces shelled Kharkiv overnight, Ukrainian officials said on Monday.",
            "190",
            source=("Russian forces", "RUSMIL"),
            target=("Kharkiv", "UKR"),
            trigger="shelled",
            quad_class=4,
            goldstein=-10.0,
            plover="ASSAULT",
            date="2024-03-04",
            rule="verb:shell",
        )
    ]
    docs = [kharkiv, sanctions, repost]
    for doc in docs:
        assert check_offsets(doc) == []
    return docs


def write_store(path) -> None:
    with Store(path) as store:
        store.write(build_documents())


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """A store the tests only read, built once per module."""
    path = tmp_path_factory.mktemp("store") / "news.duckdb"
    write_store(path)
    return path


@pytest.fixture()
def fresh_store_path(tmp_path):
    """A store of its own for a test that writes to it."""
    path = tmp_path / "news.duckdb"
    write_store(path)
    return path


@pytest.fixture(scope="module")
def con(store_path):
    with Store(store_path, read_only=True) as store:
        yield store.con
