"""issue #9 nomsrc22: a noun event whose own phrase names no source takes it from the clause
around it: a trip after which its traveller speaks ("Following a trip to Beijing, X said"), a
meeting left in a side clause ("X, leaving a meeting with Y, said"), and more light verbs
("authorized new sanctions against", "pressed demands on", "develop contacts with").
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _tuples(doc) -> set[tuple[str | None, str, str | None]]:
    return {(e.source_actor, e.code[:2], e.target_actor) for e in doc.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following a trip to Kyiv last month, Starmer said trade ties were improving.",
            ("GBRGOV", "04", "UKR"),
        ),
        (
            "After a visit to Minsk, Starmer said the sanctions were working.",
            ("GBRGOV", "04", "BLR"),
        ),
        (
            "Starmer, leaving a meeting with Biden on Tuesday, said the two sides were close.",
            ("GBRGOV", "04", "USAGOV"),
        ),
        (
            "Japan authorized new sanctions against Iran on Friday, officials said.",
            ("JPN", "16", "IRN"),
        ),
        (
            "Japan has worked quietly to develop contacts with Biden, diplomats said.",
            ("JPN", "04", "USAGOV"),
        ),
    ],
)
def test_the_source_comes_from_the_clause(code_with_stand_in, text, expected):
    doc = code_with_stand_in(text)
    assert expected in _tuples(doc), seen(doc)
