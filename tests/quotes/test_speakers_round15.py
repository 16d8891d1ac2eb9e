"""issue #10 round 15: who speaks, by name. Role descriptions of a person the article named
earlier ("the author", "the Wisconsin Republican", "The Florida senator"), names whose accented
letters were decoded twice ("SarukhÃ¡n"), and the subject of a relative clause ("Hale, whom he
describes as …"). Sentences written for these tests in the style of news reports; the
recogniser's labels are fixed, so the rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, mention_of, quote_with  # noqa: E402

# (text, recogniser labels, words of the quote, its speaker)
NAMED_BY_DESCRIPTION = {
    "the author is the writer named before": (
        "Martin Keane, a former park ranger, has written a memoir about his years in Yosemite.\n\n"
        "A magazine printed a chapter of the book on Monday. In the chapter, the author wrote, "
        "“The bears were never the danger; the visitors were.”",
        [("Martin Keane", 0, "PERSON")],
        "The bears were never",
        "Martin Keane",
    ),
    # "Speaker Paul Ryan says … Republican Donald Trump’s comments. … the Wisconsin Republican
    # criticized …": "Republican Donald Trump" does not make Trump "the Wisconsin Republican"
    "a party word description is the subject before, not the party label": (
        "Senator Walter Brandt says voters in farm states are worried by Republican Lisa "
        "Moreno’s plan for tariffs.\n\n"
        "In an interview on Friday, the Iowa Republican said farmers wanted to know if the "
        "party is “still on their side.”",
        [("Walter Brandt", 0, "PERSON"), ("Lisa Moreno", 0, "PERSON"), ("Iowa", 0, "GPE")],
        "still on their side",
        "Walter Brandt",
    ),
    # "appearance with Sen. Joni Ernst, R-Iowa. The Florida senator told reporters …"
    "a place in the description sets aside a senator of another state": (
        "Mark Delgado, who is second in the state polls, spoke about veterans during a rally "
        "with Sen. Amy Larkin, R-Ohio.\n\n"
        "The Texas senator told reporters he feels good about his campaign and “we will see "
        "what it turns into next week.”",
        [("Mark Delgado", 0, "PERSON"), ("Amy Larkin", 0, "PERSON"), ("Texas", 0, "GPE")],
        "we will see",
        "Mark Delgado",
    ),
    "the judge is the titled judge, not the lawyer who spoke last": (
        "Judge Helen Ortiz heard the case on Tuesday. The defense lawyer Paul Becker argued "
        "for a fine. Becker then sat down.\n\n"
        "“Everything you have said, I have heard before,” the judge said.",
        [("Helen Ortiz", 0, "PERSON"), ("Paul Becker", 0, "PERSON"), ("Becker", 1, "PERSON")],
        "Everything you have said",
        "Helen Ortiz",
    ),
    # "A top Donald Trump adviser says … ⏎⏎ Ed Brookover spoke to reporters Thursday"
    "an aide described first is the person the next sentence names": (
        "Mayor Ann Pruitt opened the new bridge on Monday.\n\n"
        "A top Ann Pruitt adviser says the mayor is “well ahead of schedule” on the budget.\n\n"
        "Derek Lyle spoke to reporters after a meeting with the city council.",
        [("Ann Pruitt", 0, "PERSON"), ("Ann Pruitt", 1, "PERSON"), ("Derek Lyle", 0, "PERSON")],
        "well ahead of schedule",
        "Derek Lyle",
    ),
    # "Trump called upon Mayor Bill de Blasio … De Blasio disbanded the unit … “…,” the
    # Republican presidential candidate said"
    "the candidate is not the one the text titles mayor": (
        "Governor Ray Collins called on Mayor Dana Whitaker to reopen the shelters. Whitaker "
        "closed them in March.\n\n"
        "“There is no excuse for leaving families in the cold,” the Republican presidential "
        "candidate said on Thursday.",
        [("Ray Collins", 0, "PERSON"), ("Dana Whitaker", 0, "PERSON"), ("Whitaker", 1, "PERSON")],
        "no excuse for leaving",
        "Ray Collins",
    ),
}


@pytest.mark.parametrize("case", list(NAMED_BY_DESCRIPTION))
def test_a_description_names_the_person_the_text_names(nlp, case):
    text, labels, words, speaker = NAMED_BY_DESCRIPTION[case]
    assert quote_with(finish_labelled(nlp, text, labels), words).speaker == speaker


def test_the_judge_with_no_titled_judge_is_no_one_named(nlp):
    doc = finish_labelled(
        nlp,
        "The defense lawyer Paul Becker argued for a fine. Becker then sat down.\n\n"
        "“Everything you have said, I have heard before,” the judge said.",
        [("Paul Becker", 0, "PERSON"), ("Becker", 1, "PERSON")],
    )
    assert quote_with(doc, "Everything you have said").speaker != "Paul Becker"


def test_a_mojibake_surname_joins_the_tagged_first_name(nlp):
    # "Arturo SarukhÃ¡n, Mexico's ambassador …" tagged "Arturo" only
    doc = finish_labelled(
        nlp,
        "Ramón NuÃ±ez, a former consul in Houston, said the new policy was overdue.\n\n"
        "“We should have done this years ago,” he said.",
        [("Ramón", 0, "PERSON")],
    )
    assert mention_of(doc, "Ramón NuÃ±ez").kind == "name"
    assert quote_with(doc, "years ago").speaker == "Ramón NuÃ±ez"


def test_the_subject_of_a_relative_clause_is_not_the_person_it_describes(nlp):
    # "Will called for Republicans to back Chris Christie, whom he describes as having …"
    doc = finish_labelled(
        nlp,
        "Columnist Ben Ashford wants a new nominee. Instead, the column backs Carol Hale, whom "
        "he describes as having “a judge’s patience and a mayor’s nerve.”",
        [("Ben Ashford", 0, "PERSON"), ("Carol Hale", 0, "PERSON")],
    )
    he = mention_of(doc, "he")
    assert he.canonical == "Ben Ashford"
    # marked, so that it overrules a quote stage that took the described person
    assert "not-the-described-subject" in he.rule
    assert quote_with(doc, "a judge’s patience").speaker == "Ben Ashford"


def test_a_plain_subject_pronoun_is_not_marked_as_a_relative_clause_subject(nlp):
    doc = finish_labelled(
        nlp,
        "Ben Ashford said he would back Carol Hale in the primary.",
        [("Ben Ashford", 0, "PERSON"), ("Carol Hale", 0, "PERSON")],
    )
    assert "not-the-described-subject" not in mention_of(doc, "he").rule


def test_an_aide_is_not_a_person_the_text_named_before(nlp):
    doc = finish_labelled(
        nlp,
        "Derek Lyle joined the campaign in May.\n\n"
        "A top Ann Pruitt adviser says the mayor is “well ahead of schedule” on the budget.\n\n"
        "Derek Lyle spoke to reporters after a meeting with the city council.",
        [("Derek Lyle", 0, "PERSON"), ("Ann Pruitt", 0, "PERSON"), ("Derek Lyle", 1, "PERSON")],
    )
    assert not any(m.rule == "description->named-next-sentence" for m in doc.mentions)
