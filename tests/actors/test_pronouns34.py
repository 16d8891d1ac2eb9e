"""issue #10 pronouns34: three reasons a pronoun took the wrong person. A name that modifies a
common noun ("the Morrison administration") is no person named in the sentence before for the
next "he"; a person named in the writer's own question ("… than Tom Harlan?") does not answer it;
a subject pronoun in a fronted clause ("In what he later called …, President Omar Bell took")
looks ahead to the main clause's subject.

Sentences written for these tests; the recogniser's labels are fixed, so the rules under test
run whatever the model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, mention_of, quote_with

TOWN_HALL = (
    "At a town hall in Reno on Tuesday, Senator Dale Prewitt took questions from farmers about "
    "water rights. One woman asked Prewitt about the families evicted under the Morrison "
    "administration and about evictions to come. He started his answer with a story about his "
    "grandfather, a rancher from Elko. Then he described a dry summer on the family farm.\n\n"
    '"Has anyone here lost a well?" he asked. "It is the worst thing that can happen."'
)
TOWN_HALL_LABELS = [
    ("Dale Prewitt", 0, "PERSON"),
    ("Prewitt", 1, "PERSON"),
    ("Morrison", 0, "PERSON"),
]


def test_a_name_modifying_a_noun_is_not_the_next_pronouns_antecedent(nlp):
    doc = finish_labelled(nlp, TOWN_HALL, TOWN_HALL_LABELS)
    he = next(m for m in doc.mentions if m.text == "He")
    assert he.entity == mention_of(doc, "Dale Prewitt").entity
    assert quote_with(doc, "lost a well").speaker == "Dale Prewitt"


PERSON_NAMED = (
    "Union leaders met Gov. Tom Ruddle in Dayton on Saturday. The talks ran past midnight.\n\n"
    '"We are close to a deal," he said.'
)
PERSON_NAMED_LABELS = [("Tom Ruddle", 0, "PERSON")]


def test_a_person_named_as_an_object_still_takes_the_pronoun(nlp):
    # the rule drops only names that modify a noun: an object named in full keeps its place
    doc = finish_labelled(nlp, PERSON_NAMED, PERSON_NAMED_LABELS)
    assert quote_with(doc, "close to a deal").speaker == "Tom Ruddle"


INTERVIEW = (
    "Evan Voss, a law professor at Marquette University who studies the courts, was not hopeful "
    "about the pace of confirmations.\n\n"
    '"I think the Senate will wait out the year and hope for a win in November," Voss said. '
    '"That leaves dozens of seats empty."\n\n'
    "But what if Clara Benning wins? Don't Republicans risk her naming even more liberal judges "
    "than Tom Harlan?\n\n"
    '"Benning should do whatever she wants to do," he said.'
)
INTERVIEW_LABELS = [
    ("Evan Voss", 0, "PERSON"),
    ("Voss", 1, "PERSON"),
    ("Clara Benning", 0, "PERSON"),
    ("Tom Harlan", 0, "PERSON"),
    ("Benning", 1, "PERSON"),
]


def test_a_person_named_in_the_writers_question_does_not_answer_it(nlp):
    doc = finish_labelled(nlp, INTERVIEW, INTERVIEW_LABELS)
    assert quote_with(doc, "whatever she wants").speaker == "Evan Voss"


SUMMIT = (
    "Leaders of the three countries met in Ottawa on Wednesday to talk about trade with Tom "
    "Harlan.\n\n"
    'In what he later called a "long answer," President Omar Bell took aim at the tariffs '
    "his rival had promised."
)
SUMMIT_LABELS = [("Tom Harlan", 0, "PERSON"), ("Omar Bell", 0, "PERSON")]


def test_a_pronoun_in_a_fronted_clause_looks_ahead_to_the_main_subject(nlp):
    doc = finish_labelled(nlp, SUMMIT, SUMMIT_LABELS)
    he = next(m for m in doc.mentions if m.text == "he")
    assert he.entity == mention_of(doc, "Omar Bell").entity
    assert "fronted-clause" in he.rule


def test_a_pronoun_after_the_subject_keeps_it(nlp):
    # the subject comes first: nothing to look ahead to
    text = (
        "Tom Harlan spoke in Ottawa on Wednesday. President Omar Bell, when he took the stage, "
        "took aim at the tariffs."
    )
    doc = finish_labelled(nlp, text, [("Tom Harlan", 0, "PERSON"), ("Omar Bell", 0, "PERSON")])
    he = next(m for m in doc.mentions if m.text == "he")
    assert he.entity == mention_of(doc, "Omar Bell").entity
    assert "fronted-clause" not in he.rule
