"""What read53 saw reading ten unseen BBC business and technology stories (issue #9). The
sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Sweden is a small EU member, but its praise for Ukraine's reforms was loud.",
            "praise",
            "SWE",
            "UKR",
        ),
        (
            "Denmark is a Nato member, so its condemnation of Russia matters to the alliance.",
            "condemnation",
            "DNK",
            "RUS",
        ),
    ],
)
def test_its_after_a_described_subject_is_the_subject(code_text, text, trigger, source, target):
    """ "X is a large EU member, so its ...": the predicate describes X; "its" is X's, not the
    body the description names."""
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    event = events[0]
    assert event.source_actor == source, seen(doc)
    assert (event.target_actor or "").startswith(target), seen(doc)
    assert doc.text[event.source_start : event.source_end] == event.source_text


@pytest.mark.parametrize(
    "text",
    [
        "Washington's backing for Kyiv's plan will be essential.",
        "China's backing for Pakistan's proposal remains vital.",
    ],
)
def test_a_backing_said_to_be_vital_is_wanted_not_given(code_text, text):
    doc = code_text(text)
    events = by_trigger(doc, "backing")
    assert events, seen(doc)
    assert all(e.conditional for e in events), seen(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past copula tells of backing given
        ("Washington's backing for Kyiv's plan was essential to its passage.", "backing"),
        # a criticism said to be key is one made
        ("Russia's criticism of Nato is key to the debate.", "criticism"),
    ],
)
def test_a_done_act_said_to_matter_stays_asserted(code_text, text, trigger):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    assert not any(e.conditional for e in events), seen(doc)


def test_a_lawsuit_that_accuses_someone_is_brought_against_them(code_text):
    """ "X's lawsuit accused Y of ...": the suit's target is Y, not a court."""
    doc = code_text("Greenpeace's lawsuit accused Shell of hiding the scale of the spill.")
    suits = [e for e in doc.events if e.code == "115"]
    assert suits, seen(doc)
    assert suits[0].target_actor == "GBRBUS", seen(doc)
    assert doc.text[suits[0].target_start : suits[0].target_end] == suits[0].target_text
