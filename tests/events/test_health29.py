"""Wrong kinds wiki29 left on unseen Wikinews (issue #9, session 29, helper health29): a side
or an athlete that challenges for the medals or a title read as bringing a lawsuit, a
company's division read as the military and a hotel chain named with a role word ("Premier
Inn") read as the government. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        '"Every season I go out and challenge for the medals," the Greek sprinter said on Friday.',
        "Greece will challenge for the title at the European championships, its coach said.",
        '"If I had been fit I would have been challenging for the (individual) medals," the '
        "Kenyan runner told reporters.",
        "The Welsh side are expected to challenge for the lead after the third round.",
    ],
)
def test_challenging_for_medals_or_a_title_is_no_lawsuit(code_all, text):
    doc = code_all(text)
    assert "115" not in {e.code for e in doc.events}, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek government will challenge the ruling in court, the minister said on Friday.",
        "The Olympic committee will challenge the decision to strip its relay team of the gold "
        "medals, its president said.",
    ],
)
def test_a_challenge_to_a_ruling_stays_legal_action(code_all, text):
    doc = code_all(text)
    assert "115" in {e.code for e in doc.events}, events(doc)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Senator Jane Doyle criticised the company's cable division on Tuesday.", "MIL"),
        ("The regulator fined the bank's investment division on Monday.", "MIL"),
        ("Senator Jane Doyle criticised the Premier Inn chain on Tuesday.", "GOV"),
        ("The union accused Premier Inn of cutting cleaners' hours at its London hotels.", "GOV"),
    ],
)
def test_a_role_word_that_names_a_business_gives_no_other_sector(code_all, text, wrong):
    doc = code_all(text)
    actors = {a for e in doc.events for a in (e.source_actor, e.target_actor) if a}
    assert actors and not any(a.endswith(wrong) for a in actors), events(doc)
