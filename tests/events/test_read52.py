"""What read52 saw reading ten unseen BBC business and technology stories (issue #9). The
sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "The Securities & Exchange Commission accused Enron of hiding its debts from "
            "investors.",
            "accused",
            "USAGOV",
            "USA",
        ),
        (
            "The Food & Drug Administration accused Pfizer of withholding trial data.",
            "accused",
            "USAGOV",
            "USA",
        ),
    ],
)
def test_an_ampersand_in_a_regulators_name_names_the_regulator(
    code_text, text, trigger, source, target
):
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
        "Oil traders were heartened by comments from the Saudi oil minister on Tuesday.",
        "Investors were disappointed by the Bank of Japan's decision to hold rates.",
    ],
)
def test_the_markets_mood_praises_or_criticises_no_one(code_text, text):
    doc = code_text(text)
    assert not [e for e in doc.events if e.code[:2] in ("05", "11")], seen(doc)


def test_a_government_encouraged_by_comments_still_praises(code_text):
    doc = code_text("The White House was encouraged by comments from the Saudi oil minister.")
    events = by_trigger(doc, "encouraged")
    assert events and events[0].code == "051", seen(doc)
    assert events[0].target_actor.startswith("SAU"), seen(doc)


def test_opec_written_as_a_word_acts(code_text):
    doc = code_text("Opec has warned Nigeria against pumping more oil than its quota allows.")
    events = by_trigger(doc, "warned")
    assert events, seen(doc)
    assert events[0].source_actor == "IGOBUSOPC", seen(doc)
    assert events[0].target_actor == "NGA", seen(doc)


def test_a_british_union_accuses_a_british_paper(code_text):
    doc = code_text(
        "The National Union of Journalists accused the Daily Telegraph of breaking an "
        "agreement on redundancies."
    )
    events = by_trigger(doc, "accused")
    assert events, seen(doc)
    assert (events[0].source_actor, events[0].target_actor) == ("GBRLAB", "GBRMED"), seen(doc)
    assert doc.text[events[0].target_start : events[0].target_end] == events[0].target_text
