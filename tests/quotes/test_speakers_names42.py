"""issue #10 names42: a name ending in a body's head word ("Chelsea Football Club") is no
person whatever the recogniser's label: its first name gives no sex, so no "she" is the club.
Sentences written for these tests; the recogniser's labels are fixed."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

import pytest  # noqa: E402
from labelled_entities import finish_labelled, quote_with  # noqa: E402

from redline.quotes.speakers import name_gender  # noqa: E402


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Chelsea Football Club", None),
        ("Victoria University", None),
        ("Jordan Times", None),
        ("Chelsea Clinton", "f"),
        ("Jessica Post", "f"),  # a head word that is also a surname: still her
    ],
)
def test_a_first_name_inside_a_bodys_name_gives_no_sex(name, gender):
    assert name_gender(name) == gender


def test_she_after_a_club_tagged_a_person_is_not_the_club(nlp):
    text = (
        "LONDON - Chelsea Football Club confirmed the signing of a new goalkeeper on Friday. "
        '"I have wanted to play in England since I was a girl," she said.'
    )
    labels = [("Chelsea Football Club", 0, "PERSON"), ("England", 0, "GPE")]
    doc = finish_labelled(nlp, text, labels, published="2019-07-05")
    assert quote_with(doc, "since I was a girl").speaker != "Chelsea Football Club"
