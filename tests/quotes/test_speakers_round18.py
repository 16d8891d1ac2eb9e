"""issue #10 round 18: who speaks, by name. A name split by a quoted nickname ("John “Tig”
Tiegen") is one person, whatever pieces the recogniser tags.
Sentences written for these tests in the style of news reports; the recogniser's labels are
fixed, so the rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, mention_of, quote_with  # noqa: E402

VETERAN = (
    "The mayor's plan for the old base drew a crowd to the town hall on Tuesday.\n\n"
    "Among them was Army veteran Samuel “Sully” Brennan, who served two tours overseas.\n\n"
    "“Nobody asked the men who trained there,” Brennan said. “We found out from the paper.”\n\n"
    "He said he would run for the council himself next spring."
)


def test_a_name_split_by_a_quoted_nickname_is_one_person(nlp):
    # the recogniser's pieces: "veteran Samuel “Sully" a person, "Brennan" an organisation
    labels = [("veteran Samuel “Sully", 0, "PERSON"), ("Brennan", 0, "ORG"), ("Brennan", 1, "ORG")]
    doc = finish_labelled(nlp, VETERAN, labels)
    assert quote_with(doc, "trained there").speaker == "Samuel “Sully” Brennan"
    assert mention_of(doc, "Brennan").canonical == "Samuel “Sully” Brennan"


def test_the_nickname_and_surname_tagged_as_a_title_join_the_first_name(nlp):
    text = (
        '“We have waited long enough,” said state Sen. Dorothy "Dot" Keller, who '
        "represents the district.\n\nKeller spoke after the vote."
    )
    labels = [('Dorothy "', 0, "PERSON"), ('Dot" Keller', 0, "WORK_OF_ART")]
    doc = finish_labelled(nlp, text, labels)
    assert quote_with(doc, "waited long").speaker == 'Dorothy "Dot" Keller'


def test_a_quoted_word_after_an_untagged_first_name_is_no_nickname(nlp):
    # "Will" is a first name, but no person is tagged over it: "Will ‘Bold’ Reforms" is no name
    text = (
        "Will ‘Bold’ Reforms Pass? Governor Ray Collins Thinks So.\n\n"
        "“I meant every word,” Governor Ray Collins said on Monday."
    )
    labels = [("Ray Collins", 0, "PERSON"), ("Ray Collins", 1, "PERSON"), ("Reforms", 0, "ORG")]
    doc = finish_labelled(nlp, text, labels)
    assert quote_with(doc, "every word").speaker == "Ray Collins"
    assert all("Bold" not in m.text for m in doc.mentions)


# the recogniser tags only the last two words of a three-word name whose first word is no known
# first name; the noun before it says it opens the name
SHOPKEEPER = (
    "Many of the rally's guests came from the suburbs.\n\n"
    "Denver-area shopkeeper Oduya Kembe Mwangi runs a hardware store and has voted in every "
    "election since 1990.\n\n"
    "“I want someone who knows what a payroll is,” Mwangi said."
)


def test_an_untagged_word_between_a_describing_noun_and_a_name_opens_the_name(nlp):
    labels = [("Denver", 0, "GPE"), ("Kembe Mwangi", 0, "PERSON"), ("Mwangi", 1, "PERSON")]
    doc = finish_labelled(nlp, SHOPKEEPER, labels)
    assert quote_with(doc, "payroll").speaker == "Oduya Kembe Mwangi"


def test_a_title_case_run_before_the_name_is_no_part_of_it(nlp):
    # a headline's title-case words ("Shopkeeper Says Oduya …") say nothing about the name
    text = SHOPKEEPER.replace("Denver-area shopkeeper Oduya", "Denver-Area Shopkeeper Says Oduya")
    labels = [("Denver", 0, "GPE"), ("Kembe Mwangi", 0, "PERSON"), ("Mwangi", 1, "PERSON")]
    doc = finish_labelled(nlp, text, labels)
    assert quote_with(doc, "payroll").speaker == "Kembe Mwangi"
