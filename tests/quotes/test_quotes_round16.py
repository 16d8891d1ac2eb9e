"""Quotes found and their spans in the sixteenth round of quote work (issue #10), tuned on
PolNeAR train and checked on dev. News-like text written here."""

from __future__ import annotations

import pytest
from quote_views import kinds

# "what X says is Y": one quote from "what", the speaker's words inside it (PolNeAR's span)
WHAT_FRAMES = [
    (
        'Mill owners face what he says are "crippling skills shortages" across the valley.',
        "mixed",
        'what he says are "crippling skills shortages" across the valley',
    ),
    (
        "Four states sued over what they say is an unlawful order on water rights.",
        "indirect",
        "what they say is an unlawful order on water rights",
    ),
    (
        "The mayor focused on what she said were the failures of the transit board.",
        "indirect",
        "what she said were the failures of the transit board",
    ),
]


@pytest.mark.parametrize(("text", "kind", "said"), WHAT_FRAMES)
def test_what_someone_says_is_one_quote(quotes_of, text, kind, said):
    found = [q for q in quotes_of(text) if q.kind in ("direct", "mixed", "indirect")]
    assert [(q.kind, q.text) for q in found] == [(kind, said)]


# "what" that is the subject of the reporting clause itself stays as it was
def test_what_was_said_as_a_subject_keeps_its_clause(quotes_of):
    text = "What the minister said was not true, officials added."
    assert "What the minister said was not true" in [q.text for q in quotes_of(text)]


# "find" that finds nothing out loud is no reported speech
FOUND_NOTHING = [
    "The senator found himself embroiled in a row over the port contract.",
    "Voters can find out who paid for the advertisements.",
    "The party could not find anyone to run against the mayor.",
    "The robot can find its way around obstacles in the warehouse.",
    "Finding what lies under the ice is not easy, the geologist said.",
]


@pytest.mark.parametrize("text", FOUND_NOTHING, ids=["self", "out-who", "anyone-to", "way", "what"])
def test_find_without_a_finding_is_not_reported(quotes_of, text):
    cues = {(q.cue or "").lower() for q in quotes_of(text)}
    assert not cues & {"find", "found", "finding", "finds"}


# what a poll, a report or a speaker finds is still reported
FINDINGS = [
    (
        "A poll released on Monday found that most voters back the levy.",
        "most voters back the levy",
    ),
    ("I find their silence troubling.", "their silence troubling"),
    ("The audit found the agency had lost track of 40 trucks.", "the agency had lost track"),
]


@pytest.mark.parametrize(("text", "said"), FINDINGS)
def test_a_finding_is_still_reported(quotes_of, text, said):
    assert any(said in q.text for q in kinds(quotes_of(text), "indirect"))


# "according to" hung on the participle of its own source: the participle is the source's
ACCORDING = [
    (
        "According to figures also released on Tuesday, the number of jobless people rose.",
        "the number of jobless people rose",
    ),
    (
        "According to data published by the port on Friday, exports fell by a fifth.",
        "exports fell by a fifth",
    ),
]


@pytest.mark.parametrize(("text", "said"), ACCORDING)
def test_according_to_leaves_out_the_source_participle(quotes_of, text, said):
    assert [q.text for q in quotes_of(text) if q.rule.startswith("indirect:according-to")] == [said]


# "pledged delegates" are a kind of delegate; a pledge of support is still reported
def test_pledged_delegates_are_no_pledge(quotes_of):
    text = "The count includes pledged delegates and superdelegates from Ohio."
    assert [q.text for q in quotes_of(text) if q.cue == "pledged"] == []
    (pledge,) = kinds(
        quotes_of("Two delegates from Ohio pledged their support to Reyes."), "indirect"
    )
    assert pledge.text == "their support"
