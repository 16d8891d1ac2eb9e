"""Wrong outputs read on ten unseen BBC articles (issue #9 read29, session 24), fixed for the
phrasing: "wrote to X urging them not to ..." is the writer's appeal to X (the parse hangs
"urging" on X), speaking to a news outlet's programme is an interview, not a consultation, and
a denial of "Labour suggestions" answers Labour. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "LONDON (Reuters) - The Bishop of Durham wrote to all the main parties urging them "
            "not to fight the election on immigration.",
            "GBRREL",
            "GBRPTY",
        ),
        (
            "LONDON (Reuters) - The Bishop of Leeds has written to ministers urging "
            "them not to attack the charities.",
            "GBRREL",
            "GBRGOV",
        ),
    ],
)
def test_the_writer_urges_the_recipients(code_all, text, source, target):
    doc = code_all(text)
    appeals = [e for e in doc.events if e.code.startswith("02")]
    assert appeals, events(doc)
    assert all(e.source_actor == source and e.target_actor == target for e in appeals), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Speaking to the BBC's Westminster Hour on Sunday, the Liberal "
        "Democrat leader said the election would be close.",
        "WASHINGTON (Reuters) - Speaking to CNN's State of the Union, the senator said the vote "
        "would be close.",
    ],
)
def test_speaking_to_an_outlets_programme_is_no_consultation(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith("04")], events(doc)


def test_speaking_to_a_partys_members_is_still_a_meeting(code_all):
    doc = code_all(
        "LONDON (Reuters) - Speaking to the party's MPs on Monday, the prime minister said the "
        "election would be close."
    )
    assert [e for e in doc.events if e.code.startswith("04")], events(doc)


@pytest.mark.parametrize(
    "text, target",
    [
        (
            "LONDON (Reuters) - Mr Kennedy, the Liberal Democrat leader, brushed off Labour "
            "suggestions that a vote for his party would help the Conservatives.",
            "GBRPTY",
        ),
        (
            "MOSCOW (Reuters) - The Kremlin dismissed US suggestions that Russia had supplied "
            "the missiles.",
            "USA",
        ),
    ],
)
def test_a_denial_of_a_sides_suggestions_answers_that_side(code_all, text, target):
    doc = code_all(text)
    denials = [e for e in doc.events if e.code == "016"]
    assert denials and all(e.target_actor == target for e in denials), events(doc)
