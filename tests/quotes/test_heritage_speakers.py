"""A speaker described as "<heritage>-American" is an American of that descent, as the entity
graph reads him: the heritage word places no speaker (session 43, from actors55's reading)."""

from __future__ import annotations

import pytest

from redline.clean import clean_document
from redline.ingest.raw import RawDocument
from redline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(workers=1)


def _speaker_actors(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline(clean_document(RawDocument(source="t", text=text, published="2016-05-01")))
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
    return {quote.speaker: quote.actor for quote in doc.quotes}


@pytest.mark.parametrize(
    ("text", "speaker", "country"),
    [
        (
            '"We will not be silenced," said Hassan Jaber, a Syrian-American doctor from Michigan.',
            "Hassan Jaber",
            "USA",
        ),
        (
            '"The embargo has failed," said Jorge Mas, a Cuban-American businessman in Miami.',
            "Jorge Mas",
            "USA",
        ),
        # no hyphen: the nationality places him
        (
            '"We will not be silenced," said Hassan Jaber, a Syrian doctor from Aleppo.',
            "Hassan Jaber",
            "SYR",
        ),
        (
            '"This is a Latin-American problem," said Jorge Mas, a Cuban businessman.',
            "Jorge Mas",
            "CUB",
        ),
    ],
)
def test_heritage_word_places_no_speaker(pipeline, text, speaker, country):
    actors = _speaker_actors(pipeline, text)
    assert (actors.get(speaker) or "")[:3] == country
