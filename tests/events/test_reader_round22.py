"""Wrong outputs read on twelve more unseen BBC politics and business articles (issue #9
read22), fixed for the phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _between(doc, a: str, b: str):
    return [
        e for e in doc.events if {(e.source_actor or "")[:3], (e.target_actor or "")[:3]} == {a, b}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China are telephoning the thousands of investors who bought the bonds.",
        "Russia and China met the dozens of executives who had travelled to the forum.",
        "Russia and China have been calling the families of the people who died in the crash.",
    ],
)
def test_co_subjects_with_an_object_of_their_own_are_no_pair(code_all, text):
    doc = code_all(text)
    assert not _between(doc, "RUS", "CHN"), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China phoned each other on Sunday.",
        "Vladimir Putin and Xi Jinping met on Sunday in Beijing.",
    ],
)
def test_co_subjects_with_no_one_else_stay_a_pair(code_all, text):
    doc = code_all(text)
    assert _between(doc, "RUS", "CHN"), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        'Asked whether the party could win the election, the French president said: "There is '
        'no limit to our ambitions."',
        "Asked about the damages the prisoners could seek, Senator John Smith said the men "
        "deserved compensation.",
        'The minister, asked about the report, said it was "deeply flawed".',
    ],
)
def test_a_question_put_to_the_speaker_is_not_his(code_all, text):
    doc = code_all(text)
    asked = [q for q in doc.quotes if q.cue.lower().startswith("asked")]
    said = [q for q in doc.quotes if q.cue.lower() == "said"]
    assert said and said[0].speaker_text, doc.quotes
    assert all(q.speaker is None and not q.speaker_text for q in asked), doc.quotes


def test_one_who_asks_is_still_quoted(code_all):
    doc = code_all("The senator asked whether the minister would resign over the report.")
    asked = [q for q in doc.quotes if q.cue.lower().startswith("asked")]
    assert asked and asked[0].speaker_text == "The senator", doc.quotes
