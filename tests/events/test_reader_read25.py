"""Wrong outputs read on twelve unseen BBC articles (issue #9 read25), fixed for the phrasing;
the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "But a government spokeswoman insisted the Welsh first minister had made the comment "
        "about adults, not children.",
        "But a spokesman insisted the Welsh first minister had made the remark with adults, "
        "not children, in mind.",
    ],
)
def test_insisting_that_something_is_so_makes_no_demand(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith("10")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine president insisted that Brazil must release the detained fishermen.",
        "The Brazilian foreign minister insisted that Argentina should release the detained "
        "fishermen.",
    ],
)
def test_insisting_on_an_act_stays_a_demand(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code.startswith("10")], events(doc)
