"""issue #10 names30: speakers lost in long, many-quote articles when the parser broke the
sentence around a participle, each kind written as our own news-style sentences: a participle
hung on the noun of an occasion phrase ("at one point calling …"), a participle joined to a
quotation the parser made the sentence's root, and a reporting verb hung on an aside's
participle ("Mr. Bush, channeling …, responded by saying …")."""

from __future__ import annotations

import pytest


def _speaker(code_text, text: str, words: str) -> str | None:
    doc = code_text(text)
    found = [q for q in doc.quotes if words in q.text]
    assert found, [(q.text, q.speaker) for q in doc.quotes]
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Gov. Laura Pettis made the harbor a priority in her first term, but the effort "
            "stalled, and she has feuded with the port authority over the budget, at one point "
            'calling its director a "liar" who was not "honorable."',
            "liar",
            "Laura Pettis",
        ),
        (
            "Senator Daniel Ortmann has clashed with the teachers' union for months, at times "
            'describing its leaders as "bullies in suits."',
            "bullies",
            "Daniel Ortmann",
        ),
    ],
)
def test_a_participle_on_an_occasion_phrase_is_the_verbs_subjects(code_text, text, words, speaker):
    assert _speaker(code_text, text, words) == speaker


def test_a_participle_past_a_quotation_parsed_as_the_root_is_the_subjects(code_text):
    text = (
        "Mayor Ellen Hartwick hardly settled the question, treating the audit first as a joke "
        "-- ''That makes me thrifty'' -- and, when pressed after the meeting, asserting, ''Of "
        "course I pay my water bill.''"
    )
    assert _speaker(code_text, text, "water bill") == "Ellen Hartwick"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mr. Ortiz, channeling his modest roots, responded by first saying ''some good "
            "things'' about the governor.",
            "good things",
            "Ortiz",
        ),
        (
            "Mr. Ortiz, channeling his respectful upbringing, responded by first saying ''some "
            "good words'' about Ms. Hale.",
            "good words",
            "Ortiz",
        ),
    ],
)
def test_a_verb_hung_on_an_asides_participle_has_its_subject(code_text, text, words, speaker):
    assert _speaker(code_text, text, words) == speaker
