"""issue #9/#10 unseen27: speakers read wrong on unseen Wikinews and BBC articles, fixed for the
phrasing. An intensive "itself" after a noun ("in the filing itself Ford ...") that the parser
made the verb's subject, with the name as its apposition, is no speaker: the name is. Sentences
written for these tests in the style of news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _quoted(quotes, start: str):
    found = [q for q in quotes if q.kind in ("direct", "mixed") and q.text.startswith(start)]
    assert len(found) == 1, [(q.kind, q.text, q.speaker_text) for q in quotes]
    return found[0]


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "Boeing disclosed the inquiry on Tuesday. In the letter itself Boeing repeated the "
            'pledge, writing "We are cooperating with the Justice Department."',
            '"We are',
            "Boeing",
        ),
        (
            "Ford disclosed the recall in March. In the report itself Ford also stressed the "
            'point, writing "We are fully cooperating with all federal agencies."',
            '"We are',
            "Ford",
        ),
    ],
)
def test_an_intensive_itself_is_no_speaker(quotes_of, text, start, speaker):
    quote = _quoted(quotes_of(text), start)
    assert quote.speaker_text == speaker, (quote.speaker_text, quote.rule)


def test_a_reflexive_object_is_left_alone(quotes_of):
    quotes = quotes_of(
        'The mayor defended herself on Monday, saying "I have done nothing wrong," aides said.'
    )
    seen = [(q.speaker_text, q.text) for q in quotes]
    assert all(q.speaker_text != "herself" for q in quotes), seen
