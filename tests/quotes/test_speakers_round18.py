"""issue #10 round 18: who speaks, by name. A name split by a quoted nickname ("John “Tig”
Tiegen") is one person, whatever pieces the recogniser tags; an untagged word between a
describing noun and a two-word name opens the name ("businessman Chandhok Jasdip Singh").
Sentences written for these tests in the style of news reports; the recogniser's labels are
fixed, so the rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

import pytest  # noqa: E402
from labelled_entities import finish_labelled, quote_with  # noqa: E402

# a first name, a quoted nickname, a surname the recogniser tags as an organisation
VETERAN = (
    "The mayor's plan for the old base drew a crowd to the town hall on Tuesday.\n\n"
    "Among them was Army veteran Samuel “Sully” Brennan, who served two tours overseas.\n\n"
    "“Nobody asked the men who trained there,” Brennan said. “We found out from the paper.”"
)
# the nickname and surname tagged as a work of art
SENATOR = (
    '“We have waited long enough,” said state Sen. Dorothy "Dot" Keller, who '
    "represents the district.\n\nKeller spoke after the vote."
)
# a headline's quoted word after "Will", with no person tagged over it
HEADLINE = (
    "Will ‘Bold’ Reforms Pass? Governor Ray Collins Thinks So.\n\n"
    "“I meant every word,” Governor Ray Collins said on Monday."
)
# the recogniser tags only the last two words of a three-word name whose first word is no known
# first name; the noun before it says it opens the name
SHOPKEEPER = (
    "Many of the rally's guests came from the suburbs.\n\n"
    "Denver-area shopkeeper Oduya Kembe Mwangi runs a hardware store and has voted in every "
    "election since 1990.\n\n"
    "“I want someone who knows what a payroll is,” Mwangi said."
)
# a headline's title-case words before the name ("Shopkeeper Says Oduya …") are no part of it
TITLED = SHOPKEEPER.replace("Denver-area shopkeeper Oduya", "Denver-Area Shopkeeper Says Oduya")
MWANGI = [("Denver", 0, "GPE"), ("Kembe Mwangi", 0, "PERSON"), ("Mwangi", 1, "PERSON")]

CASES = [
    (
        VETERAN,
        [("veteran Samuel “Sully", 0, "PERSON"), ("Brennan", 0, "ORG"), ("Brennan", 1, "ORG")],
        "trained there",
        "Samuel “Sully” Brennan",
    ),
    (
        SENATOR,
        [('Dorothy "', 0, "PERSON"), ('Dot" Keller', 0, "WORK_OF_ART")],
        "waited long",
        'Dorothy "Dot" Keller',
    ),
    (
        HEADLINE,
        [("Ray Collins", 0, "PERSON"), ("Ray Collins", 1, "PERSON"), ("Reforms", 0, "ORG")],
        "every word",
        "Ray Collins",
    ),
    (SHOPKEEPER, MWANGI, "payroll", "Oduya Kembe Mwangi"),
    (TITLED, MWANGI, "payroll", "Kembe Mwangi"),
]


@pytest.mark.parametrize(
    ("text", "labels", "words", "speaker"),
    CASES,
    ids=["nickname-org", "nickname-work-of-art", "headline-word", "described", "title-case"],
)
def test_the_speakers_full_name(nlp, text, labels, words, speaker):
    doc = finish_labelled(nlp, text, labels)
    assert quote_with(doc, words).speaker == speaker


def test_the_nicknamed_surname_is_the_full_name(nlp):
    labels = [("veteran Samuel “Sully", 0, "PERSON"), ("Brennan", 0, "ORG"), ("Brennan", 1, "ORG")]
    doc = finish_labelled(nlp, VETERAN, labels)
    later = [m for m in doc.mentions if m.text == "Brennan"]
    assert later and later[0].canonical == "Samuel “Sully” Brennan"
    assert all("Bold" not in m.text for m in finish_labelled(nlp, HEADLINE, CASES[2][1]).mentions)
