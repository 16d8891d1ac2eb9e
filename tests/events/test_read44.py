"""What the lead saw reading unseen BBC articles in the thirty-fifth round (issue #9): a personal
pronoun's span given to a party of the same code ("As the Tories gathered, he accused ..."), and
"called on" parsed as a particle with an object, which lost the appeal's target. The sentences
are our own."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def test_a_personal_pronoun_is_never_named_by_a_party(code_text):
    doc = code_text(
        "The Conservative leader Michael Howard campaigned in Kent on Monday. As the Tories "
        "gathered in Blackpool, he accused Chancellor Gordon Brown of wasting billions.",
        published="2005-02-01",
    )
    accuse = [e for e in doc.events if e.code.startswith("112")]
    assert accuse, seen(doc)
    event = accuse[0]
    assert event.source_actor == "GBROPP", event
    # the span is the pronoun itself, not "Tories" (the same code, but a party, not him)
    assert event.source_text == "he", event
    assert doc.text[event.source_start : event.source_end] == "he"


def test_called_on_parsed_as_a_particle_keeps_its_target(code_text):
    # the small parser reads "on" as a particle with "Brown" as its object
    doc = code_text(
        "The Conservatives called on Chancellor Gordon Brown to resign.", published="2005-02-01"
    )
    appeal = [e for e in doc.events if e.code.startswith("02")]
    assert appeal, seen(doc)
    assert appeal[0].target_actor == "GBRGOV", appeal[0]
    assert appeal[0].target_text == "Chancellor Gordon Brown"


def test_a_personal_pronoun_is_named_by_the_person_a_party_word_describes(code_text):
    # "Tory" is a mention of the same code as Lord Tebbit, who is not in the actor book: the
    # span is the person the word describes, not the word
    doc = code_text(
        "Tory peer Lord Tebbit said he agreed with Tory leader Michael Howard's view.",
        published="2005-02-01",
    )
    agree = [e for e in doc.events if e.code == "019"]
    assert agree, seen(doc)
    assert agree[0].source_text == "Tory peer Lord Tebbit", agree[0]
    assert doc.text[agree[0].source_start : agree[0].source_end] == "Tory peer Lord Tebbit"
