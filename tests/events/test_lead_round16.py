"""Events the lead found missing on unseen BBC politics articles (issue #9), fixed for the
phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "In March, the German chancellor and her French counterpart agreed to establish "
            "a joint fund for battery research.",
            "DEU",
            "FRA",
        ),
        (
            "Japan and India pledged to boost trade during the prime minister's visit.",
            "JPN",
            "IND",
        ),
    ],
)
def test_two_sides_agreeing_together_commit_to_each_other(code_all, text, one, other):
    doc = code_all(text)
    pairs = {
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
        for e in doc.events
        if e.code.startswith("03")
    }
    assert (one, other) in pairs and (other, one) in pairs, events(doc)


def test_one_side_agreeing_to_set_something_up_has_no_partner(code_all):
    doc = code_all("The German government agreed to establish a fund for battery research.")
    intents = [e for e in doc.events if e.code.startswith("03")]
    assert intents and all(e.target_actor is None for e in intents), events(doc)
