"""Codings last round's readers saw wrong on unseen pages, fixed by phrasing (issue #9
leftovers55). The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO - A senior executive of a Japanese bank was arrested on charges of fraud on Monday.",
        "TOKYO - Police arrested the head of a Japanese trading house on bribery charges.",
        "MADRID - Spanish police detained a Basque mayor on charges of extortion.",
    ],
)
def test_an_arrest_on_charges_is_one_event(code_text, text):
    """The charges are the ground of the arrest: one 173, the arrest's, not a second from the
    courts for "charges"."""
    doc = code_text(text)
    arrests = [e for e in doc.events if e.code == "173"]
    assert len(arrests) == 1, seen(doc)
    assert arrests[0].trigger_text in ("arrested", "detained"), seen(doc)


def test_charges_faced_are_still_their_own_event(code_text):
    doc = code_text("TOKYO - A senior executive of a Japanese bank faces charges of fraud.")
    assert [e.source_actor for e in by_trigger(doc, "charges") if e.code == "173"] == ["JPNJUD"], (
        seen(doc)
    )
