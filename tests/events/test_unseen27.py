"""issue #9 unseen27: events read wrong on unseen Wikinews and BBC articles, fixed for the
phrasing. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA (Reuters) - Investigators examined data and contacted experts and Malaysian "
        "authorities on Monday.",
        "JAKARTA (Reuters) - Indonesian police examined the records and contacted officials in "
        "Malaysia on Monday.",
    ],
)
def test_the_next_verbs_object_is_not_the_first_verbs_target(code_all, text):
    """ "examined data and contacted experts" parsed with "contacted" as a modifier of the
    experts: what is contacted is not what is examined."""
    doc = code_all(text)
    targets = {e.target_actor for e in by_trigger(doc, "examined")}
    assert not any(t and t.startswith(("MYS", "IDNGOV")) for t in targets), events(doc)


def test_a_participle_adjective_after_and_keeps_its_noun(code_all):
    doc = code_all(
        "GENEVA (Reuters) - The U.N. envoy met the wounded and displaced families in Yemen."
    )
    assert any((e.target_actor or "").startswith("YEM") for e in by_trigger(doc, "met")), events(
        doc
    )


@pytest.mark.parametrize(
    "text",
    [
        "LAS VEGAS (Reuters) - The county sheriff told the BBC that thousands could arrive. The "
        "Air Force issued warnings against attempts to enter the range, saying it was dangerous.",
        "LAS VEGAS (Reuters) - The county sheriff spoke to CNN about the crowds. The Air Force "
        "issued warnings against attempts to enter the range, saying it was dangerous.",
    ],
)
def test_a_thing_judged_is_not_the_outlet_told(code_all, text):
    """The outlet someone told is the channel; "it was dangerous" after it judges a thing."""
    doc = code_all(text)
    assert not any((e.target_actor or "").endswith("MED") for e in doc.events), events(doc)
