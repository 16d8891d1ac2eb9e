"""issue #9 drops27: candidates `_events_for` dropped by a check written for another phrasing.

- a reflexive pronoun is dropped as a second party of the source's own act ("killed four
  villagers and then himself"); a reflexive subject ("found himself trading insults with Kim")
  is the one who acts, and the other side's act on it is kept.

Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import by_trigger as _at
from event_views import seen

pytestmark = pytest.mark.model


def test_a_reflexive_subject_trades_insults(code_all):
    doc = code_all(
        "President Donald Trump has found himself trading insults with North Korean leader "
        "Kim Jong Un over the missile program."
    )
    tuples = {(e.source_actor, e.code[:2], e.target_actor) for e in _at(doc, "trading")}
    assert any(s and s.startswith("PRK") and t and t.startswith("USA") for s, _, t in tuples), seen(
        doc
    )


def test_a_reflexive_object_is_still_no_second_party(code_all):
    doc = code_all("The gunman killed four villagers and then himself, police said.")
    targets = [e.rule for e in _at(doc, "killed") if "'himself'" in (e.rule or "")]
    assert not targets, seen(doc)
