"""issue #10 names59: a description of a person by a role that no one named before fits is the
person the rest of its sentence or the next names in full and gives that role: "The city's new
mayor … Albert Moreno … was elected as mayor", "According to his longtime personal physician …
attributed to Dr. Harold Vance", "Nancy Pelosi's right-hand man … Mark Tolliver, deputy
chairman of …". Sentences written for these tests in the style of news pages; the recogniser's
labels are fixed where the rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402


def _speaker(nlp, text: str, labels: list, words: str) -> str | None:
    doc = finish_labelled(nlp, text, labels)
    assert not doc.warnings, doc.warnings
    return quote_with(doc, words).speaker


MAYOR = (
    "The city's new mayor on Tuesday rejected an offer from Governor Rick Dalton to make an "
    '"exception" to his budget freeze. Albert Moreno, a former teacher, was elected as mayor '
    "last week."
)


def test_a_new_mayor_is_the_one_elected_mayor_next(nlp):
    labels = [("Rick Dalton", 0, "PERSON"), ("Albert Moreno", 0, "PERSON")]
    assert _speaker(nlp, MAYOR, labels, "exception") == "Albert Moreno"


PHYSICIAN = (
    "Senator Walter Grey has kept up a busy schedule this month.\n\nAccording to his longtime "
    'personal physician, the senator had "remarkably good" results in his latest exam. The '
    "statement was attributed to Dr. Harold Vance, though it reads like an ad."
)


def test_a_physician_is_the_doctor_named_next(nlp):
    labels = [("Walter Grey", 0, "PERSON"), ("Harold Vance", 0, "PERSON")]
    assert _speaker(nlp, PHYSICIAN, labels, "remarkably good") == "Harold Vance"


RIGHT_HAND = (
    "Nancy Pelosi's right-hand man rallied donors on Monday, saying: “We have to win the House "
    "back.” Mark Tolliver, deputy chairman of her fundraising committee, emailed supporters a "
    "day later."
)


def test_a_right_hand_man_is_the_aide_named_next(nlp):
    labels = [("Nancy Pelosi", 0, "PERSON"), ("Mark Tolliver", 0, "PERSON")]
    assert _speaker(nlp, RIGHT_HAND, labels, "win the House") == "Mark Tolliver"


NO_ROLE_NEXT = (
    "Nancy Pelosi's right-hand man rallied donors on Monday, saying: “We have to win the House "
    "back.” Mark Tolliver, who gave $500, said he was not convinced."
)


def test_a_name_next_without_the_role_is_someone_else(nlp):
    labels = [("Nancy Pelosi", 0, "PERSON"), ("Mark Tolliver", 0, "PERSON")]
    assert _speaker(nlp, NO_ROLE_NEXT, labels, "win the House") != "Mark Tolliver"


NAMED_BEFORE = (
    "Mayor Albert Moreno met the council on Monday. The city's new mayor on Tuesday rejected an "
    'offer to make an "exception" to the budget freeze. Ruth Kane, a former teacher, was '
    "elected as mayor of a nearby town last week."
)


def test_a_role_given_before_leaves_the_name_after_alone(nlp):
    labels = [("Albert Moreno", 0, "PERSON"), ("Ruth Kane", 0, "PERSON")]
    assert _speaker(nlp, NAMED_BEFORE, labels, "exception") != "Ruth Kane"


NO_COMMA = (
    "“Apparently not,” he said. “A tiger never changes its stripes.”\n\n"
    '"The senator asked both of us to his office today to talk about his plans" the Herald\'s '
    'senior politics editor Karen Dobbs responded. "As we wrote, he told us that everything was '
    'on the table."'
)


def test_a_cue_after_a_long_speaker_phrase_with_no_comma(nlp):
    labels = [("Herald", 0, "ORG"), ("Karen Dobbs", 0, "PERSON")]
    assert _speaker(nlp, NO_COMMA, labels, "asked both of us") == "Karen Dobbs"
    assert _speaker(nlp, NO_COMMA, labels, "As we wrote") == "Karen Dobbs"


HEADLINE = (
    "City's new mayor rebuffs Rick Dalton on budget\n\n"
    "The city's new mayor on Tuesday rejected an offer from Governor Rick Dalton to make an "
    '"exception" to his budget freeze. Albert Moreno, a former teacher, was elected as mayor '
    "last week."
)


def test_a_role_word_before_another_name_is_no_title(nlp):
    labels = [
        ("Rick Dalton", 0, "PERSON"),
        ("Rick Dalton", 1, "PERSON"),
        ("Albert Moreno", 0, "PERSON"),
    ]
    assert _speaker(nlp, HEADLINE, labels, "exception") == "Albert Moreno"


UNISEX = (
    "“We disagree a lot,” said Marty Walz, chair of the state advisory council.\n\n"
    "Walz approaches it a bit more diplomatically. She said she would rather see money spent to "
    "elect Hillary Clinton than spent on the campaign.\n\n"
    "“They are trying to defeat opportunity for kids,” she said."
)


def test_a_unisex_first_name_does_not_block_she(nlp):
    labels = [("Marty Walz", 0, "PERSON"), ("Hillary Clinton", 0, "PERSON")]
    assert _speaker(nlp, UNISEX, labels, "defeat opportunity") == "Marty Walz"


def test_a_unisex_first_name_has_no_gender():
    from redline.quotes.speakers import name_gender

    assert name_gender("Marty Walz") is None
    assert name_gender("Marty Walz", ("Ms.",)) == "f"
    assert name_gender("Martin Walz") == "m"


def test_a_man_calling_himself_a_name_is_that_name(nlp):
    text = (
        "The response online was fast and fierce. ''Whoever opens the borders has no place "
        "here!'' wrote a man calling himself Karl Brenner. Another user wrote of the "
        "chancellor's remarks."
    )
    labels = [("Karl Brenner", 0, "PERSON")]
    assert _speaker(nlp, text, labels, "Whoever opens") == "Karl Brenner"


def test_a_man_named_a_name_is_that_name_but_not_his_lawyer(nlp):
    labels = [("Karl Brenner", 0, "PERSON")]
    text = "“This is a disgrace,” said a man named Karl Brenner."
    assert _speaker(nlp, text, labels, "disgrace") == "Karl Brenner"
    text = "“This is a disgrace,” said a man calling his lawyer Karl Brenner."
    assert _speaker(nlp, text, labels, "disgrace") != "Karl Brenner"
