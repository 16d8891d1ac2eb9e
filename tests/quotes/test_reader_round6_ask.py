"""Sixth round of whole articles read (issues #9/#10, helper "fixes"): a ballot, form or survey
that "asks" puts a question; no one is quoted. Our own sentences, in news phrasing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_ballot_or_survey_that_asks_quotes_no_one(code_text):
    for text in (
        "The ballot will ask residents to vote for or against the new parking charge.",
        "The survey asks parents to choose between the two schools.",
        "The census form asks households how many people live there.",
    ):
        doc = code_text(text)
        asked = [q for q in doc.quotes if q.cue and q.cue.lower().startswith("ask")]
        assert not asked, (text, [(q.text, q.rule) for q in doc.quotes])


def test_people_and_letters_that_ask_are_still_sources(code_text):
    doc = code_text("The mayor asked residents to vote against the parking charge.")
    assert doc.quotes, "a person who asks is a source"
    doc = code_text("The letter asks the council to reconsider its decision.")
    assert doc.quotes, "a letter speaks for its authors"
