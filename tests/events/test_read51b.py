"""Business and technology news read unseen (lead's read51, fourth draw): warning the public
(people, users, travellers) to avoid a danger is advice, no threat between actors; a warning
to another government still is. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _all_events(code_text, text):
    from redline.pipeline import Pipeline

    pipe = Pipeline(workers=1).configure({"stage.events.min_confidence": 0.0})
    return code_text(text, pipeline=pipe)


@pytest.mark.parametrize(
    "text",
    [
        "Two security agencies warned people to avoid the browser until it was patched.",
        "The Foreign Office warned British travellers to stay away from the border region.",
        "Health officials warned residents to boil their water after the floods.",
    ],
)
def test_warning_the_public_is_no_threat(code_text, text):
    doc = _all_events(code_text, text)
    assert not [e for e in doc.events if e.code.startswith("13")], events(doc)


def test_warning_a_government_is_still_one(code_text):
    doc = _all_events(
        code_text, "Beijing warned Washington on Tuesday against sending warships to the strait."
    )
    assert [e for e in doc.events if e.code.startswith("13")], events(doc)
