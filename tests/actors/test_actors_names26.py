"""issue #10 names26: the entity graph names two speakers read unnamed on unseen BBC articles:
"the charity" described as one before, and a country's office holder the next sentence names
(our own news-style sentences)."""

from __future__ import annotations

import pytest


def _speaker(code_text, text: str, words: str) -> str | None:
    doc = code_text(text)
    found = [q for q in doc.quotes if words in q.text]
    assert found, [(q.text, q.speaker) for q in doc.quotes]
    return found[0].speaker


@pytest.mark.parametrize(
    "described",
    [
        "Rachel Green, chief executive of Crisis, the homelessness charity, said the figures "
        "were shocking.",
        "Campaigners at Oxfam, a charity for the world's poorest people, were angry.",
    ],
)
def test_the_charity_is_the_body_described_as_one(code_text, described):
    text = f"{described} The charity said more families were living in temporary homes."
    body = "Oxfam" if "Oxfam" in described else "Crisis"
    assert _speaker(code_text, text, "temporary homes") == body


def test_the_charity_with_two_bodies_described_stays_unnamed(code_text):
    text = (
        "Oxfam, an aid charity, welcomed the plan. Amnesty International, a human rights "
        "charity, did not. The charity said the plan would fail."
    )
    assert _speaker(code_text, text, "would fail") is None


def test_a_countrys_office_holder_is_the_person_named_next(code_text):
    text = (
        "The dollar fell again on Thursday. Meanwhile, Spain's finance minister has said the "
        "world faced “serious damage” unless the US acted. Pedro Alvarez said he would raise "
        "the issue at the next G7 meeting."
    )
    assert _speaker(code_text, text, "serious damage") == "Pedro Alvarez"


@pytest.mark.parametrize(
    "next_sentence",
    [
        "Opposition leader Pedro Alvarez said the claim was absurd.",
        "Pedro Alvarez, the opposition leader, said the claim was absurd.",
    ],
)
def test_a_person_named_next_with_another_role_is_not_the_holder(code_text, next_sentence):
    text = (
        "Meanwhile, Spain's finance minister has said the world faced “serious damage” unless "
        f"the US acted. {next_sentence}"
    )
    assert _speaker(code_text, text, "serious damage") is None


def test_according_to_the_writing_is_its_author(code_text):
    text = (
        "The book, by Sunday Times journalist Anna Price and serialised in the paper, said the "
        "pair had “deep mutual distrust”. But he later changed his mind, according to the book."
    )
    assert _speaker(code_text, text, "changed his mind") == "Anna Price"


def test_according_to_a_writing_with_no_author_is_unnamed(code_text):
    text = "The plan was shelved in June, according to the report."
    assert _speaker(code_text, text, "shelved in June") is None
