"""issue #10 round 20: who speaks, by name. An untitled bare surname ("Governor Reyes") in a text
whose titles give that surname one gender ("Mr. Reyes" throughout) is the person of that gender
the text writes in full ("Daniel Reyes"), not the only one the recogniser tagged in full ("Ana
Reyes"); "the 41-year-old mother of two" is a description of a person like "the senator". Sentences
written for these tests in the style of news pages; the recogniser's labels are fixed, so the
rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

import pytest  # noqa: E402
from labelled_entities import finish_labelled, quote_with  # noqa: E402

GOVERNOR = (
    "With farm towns worried about the drought, Governor Reyes is taking a harder line on "
    "water: “No town should wait another summer for a well.”\n\n"
    "Mr. Reyes signed the bill on Monday in Fresno. Mr. Reyes said the state would pay for "
    "the first 200 wells.\n\n"
    "The governor's wife, Ana Reyes, spoke at the signing too.\n\n"
    "Volunteers wore Daniel Reyes buttons at the door."
)
GOVERNOR_LABELS = [
    ("Reyes", 0, "PERSON"),
    ("Reyes", 1, "PERSON"),
    ("Reyes", 2, "PERSON"),
    ("Fresno", 0, "GPE"),
    ("Ana Reyes", 0, "PERSON"),
]
# no "Mr." anywhere: nothing says which Reyes the governor is, so the one full name stays
UNTITLED = GOVERNOR.replace("Mr. Reyes", "Reyes")

CHAIR = (
    "Laura Chen, the campaign's finance chair, defended the leave plan in an interview on "
    "Tuesday. When asked why it left out fathers, the 41-year-old mother of two replied, "
    "“Every family is different, and the plan starts with the mother who gave birth.”"
)
CHAIR_LABELS = [("Laura Chen", 0, "PERSON")]
# the mother of someone else is someone else
VICTIM = CHAIR.replace("the 41-year-old mother of two", "the mother of the victim")

SPEAKERS = [
    # (text, labels, words of the quote, speaker, whether the quote's speaker is that one)
    (GOVERNOR, GOVERNOR_LABELS, "another summer", "Daniel Reyes", True),
    (UNTITLED, GOVERNOR_LABELS, "another summer", "Daniel Reyes", False),
    (CHAIR, CHAIR_LABELS, "Every family", "Laura Chen", True),
    (VICTIM, CHAIR_LABELS, "Every family", "Laura Chen", False),
]


@pytest.mark.parametrize(
    ("text", "labels", "words", "speaker", "same"),
    SPEAKERS,
    ids=["surname-of-titles-gender", "untitled-surname", "mother-of-two", "mother-of-the-victim"],
)
def test_the_speaker(nlp, text, labels, words, speaker, same):
    doc = finish_labelled(nlp, text, labels)
    assert (quote_with(doc, words).speaker == speaker) is same
