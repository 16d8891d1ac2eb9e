"""Frames, issue #9 attach29: frame words the parser attaches elsewhere than the frame looks
(sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _coded(doc, code: str) -> list[tuple]:
    return [(e.source_actor, e.target_actor) for e in doc.events if e.code == code]


# -- an event noun's preposition hung on the light verb it is the object of ----------------------


def test_attach29_dinner_held_with_someone_across_other_phrases(code_all):
    doc = code_all(
        "German Chancellor Olaf Scholz held a private dinner in Paris on Friday with French "
        "President Emmanuel Macron."
    )
    assert ("DEUGOV", "FRAGOV") in _coded(doc, "043"), seen(doc)


def test_attach29_briefing_conducted_for_someone_across_other_phrases(code_all):
    doc = code_all(
        "Israeli commanders conducted a closed briefing in Jerusalem on Monday for French "
        "journalists."
    )
    assert [(s, (t or "")[:3]) for s, t in _coded(doc, "040")] == [("ISRMIL", "FRA")], seen(doc)
