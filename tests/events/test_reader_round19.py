"""Wrong outputs read on twelve unseen BBC politics and business articles (issue #9 read19),
fixed for the phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Foreign Ministry denied reports that Russian troops had attacked Georgian "
            "villages on Sunday.",
            "attacked",
        ),
        ("The Pakistani army denied that its soldiers had fired on Indian positions.", "fired"),
        ("Mr Putin denied he had threatened Ukraine with military action.", "threatened"),
        (
            "The chancellor's office dismissed reports he had met the Iranian ambassador.",
            "met",
        ),
        (
            "Officials said it was wrong to suggest that China would impose sanctions on Japan.",
            "impose",
        ),
        (
            "They were wrong when they said Israeli jets had bombed the convoy in Syria.",
            "bombed",
        ),
    ],
)
def test_what_a_denial_answers_is_no_event(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in doc.events if e.trigger_text == trigger], events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # told as happening, not denied
        ("There were reports that Russian troops had attacked Georgian villages.", "attacked"),
        ("The minister did not deny that Israeli jets had struck targets in Syria.", "struck"),
        ("The army denied the report and said its troops had attacked rebels.", "attacked"),
    ],
)
def test_what_is_not_denied_stays(code_all, text, trigger):
    doc = code_all(text)
    assert [e for e in doc.events if e.trigger_text == trigger], events(doc)


def test_a_second_denial_joined_on_is_its_own(code_all):
    doc = code_all(
        "China denies allegations by Japanese officials that it hacked the ministry and "
        "President Xi Jinping denies any involvement."
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert len(denials) == 2, events(doc)
