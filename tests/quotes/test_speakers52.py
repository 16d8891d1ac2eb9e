"""issue #9/#10 speakers52: one speaker, one actor. A speaker's later quotes ("Whitfield told
reporters", "She added", "Orr said") take the actor the quote stage gave the speaker's titled
quote ("Democratic Senator Karen Whitfield said" -> USALEG) when they find none themselves; a
later mention naming an office of no country keeps that office in the speaker's country.

Article and names written for these tests in the style of wire news (invented people)."""

from __future__ import annotations

import pytest

from redline.model import Document, Mention, Quote
from redline.quotes.actors import speakers_placed_once

ARTICLE = (
    "WASHINGTON (Reuters) - Democratic Senator Karen Whitfield said on Monday the White House "
    "had failed to explain its plan to cut funding for rural hospitals.\n\n"
    '"This is a budget that abandons the people who need help most," Whitfield told reporters '
    "at the Capitol.\n\n"
    "Whitfield said she would press the administration for answers. She added that several "
    "Republicans shared her concerns.\n\n"
    "Treasury spokesman Daniel Orr said the department was reviewing the proposal. Orr said it "
    "would respond within a week.\n"
)


@pytest.mark.model
def test_later_quotes_take_the_titled_quotes_actor(code_text):
    doc = code_text(ARTICLE, published="2018-03-05")
    text = doc.text
    got = [(q.speaker_text, q.speaker, q.actor) for q in doc.quotes]
    assert got == [
        ("Democratic Senator Karen Whitfield", "Karen Whitfield", "USALEG"),
        ("Whitfield", "Karen Whitfield", "USALEG"),
        ("Whitfield", "Karen Whitfield", "USALEG"),
        ("She", "Karen Whitfield", "USALEG"),
        ("Treasury spokesman Daniel Orr", "Daniel Orr", "USAGOV"),
        ("Orr", "Daniel Orr", "USAGOV"),
    ], got
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text
    later = [q for q in doc.quotes if q.speaker_text in ("Whitfield", "She", "Orr")]
    assert all("same-speaker-placed" in q.rule for q in later), [q.rule for q in later]


def _quote(text: str, start: int, end: int, speaker: str, actor: str | None) -> Quote:
    return Quote(
        start=end + 6,
        end=end + 12,
        text=text[end + 6 : end + 12],
        kind="indirect",
        speaker=speaker,
        speaker_text=text[start:end],
        speaker_start=start,
        speaker_end=end,
        actor=actor,
    )


def _mention(text: str, start: int, end: int, entity: int, canonical: str) -> Mention:
    return Mention(start, end, text[start:end], entity, "name", canonical, "person")


def _doc(text: str, quotes: list, mentions: list) -> Document:
    doc = Document(text=text)
    doc.quotes = quotes
    doc.mentions = mentions
    return doc


# a hand-built document: quotes and graph mentions at fixed offsets (no parse needed)
TEXT = (
    "Mexican Economy Minister Luis Ortega said talks went well. "
    "The minister of the economy, Mr. Ortega, said more. "
    "Ortega said little. Ana Ruiz said nothing."
)


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def test_an_office_of_no_country_keeps_its_office_in_the_speakers_country():
    first, second, third = _at("Luis Ortega"), _at("Ortega", 1), _at("Ortega", 2)
    ruiz = _at("Ana Ruiz")
    quotes = [
        _quote(TEXT, 0, first[1], "Luis Ortega", "MEXGOV"),
        _quote(TEXT, _at("The minister")[0], second[1], "Luis Ortega", "---BUS"),
        _quote(TEXT, *third, "Luis Ortega", None),
        _quote(TEXT, *ruiz, "Ana Ruiz", None),
    ]
    mentions = [
        _mention(TEXT, *first, 0, "Luis Ortega"),
        _mention(TEXT, *second, 0, "Luis Ortega"),
        _mention(TEXT, *third, 0, "Luis Ortega"),
        _mention(TEXT, *ruiz, 1, "Ana Ruiz"),
    ]
    placed = speakers_placed_once(_doc(TEXT, quotes, mentions), quotes)
    assert [q.actor for q in placed] == ["MEXGOV", "MEXBUS", "MEXGOV", None]
    assert "same-speaker-placed->MEXGOV" in placed[2].rule
    for quote in placed:
        assert TEXT[quote.speaker_start : quote.speaker_end] == quote.speaker_text


def test_a_later_quote_placed_on_its_own_keeps_its_actor():
    first, third = _at("Luis Ortega"), _at("Ortega", 2)
    quotes = [
        _quote(TEXT, 0, first[1], "Luis Ortega", "MEXGOV"),
        _quote(TEXT, *third, "Luis Ortega", "MEXELI"),
    ]
    mentions = [_mention(TEXT, *first, 0, "Luis Ortega"), _mention(TEXT, *third, 0, "Luis Ortega")]
    placed = speakers_placed_once(_doc(TEXT, quotes, mentions), quotes)
    assert [q.actor for q in placed] == ["MEXGOV", "MEXELI"]
    assert placed == quotes


def test_the_nearest_placed_quote_before_wins():
    first, second, third = _at("Luis Ortega"), _at("Ortega", 1), _at("Ortega", 2)
    quotes = [
        _quote(TEXT, 0, first[1], "Luis Ortega", "MEXGOV"),
        _quote(TEXT, _at("The minister")[0], second[1], "Luis Ortega", "MEXELI"),
        _quote(TEXT, *third, "Luis Ortega", None),
    ]
    mentions = [
        _mention(TEXT, *first, 0, "Luis Ortega"),
        _mention(TEXT, *second, 0, "Luis Ortega"),
        _mention(TEXT, *third, 0, "Luis Ortega"),
    ]
    placed = speakers_placed_once(_doc(TEXT, quotes, mentions), quotes)
    assert placed[2].actor == "MEXELI"
