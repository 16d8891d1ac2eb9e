"""issue #10 round 13: a pronoun that closes a quotation takes the one person the sentence
before names when that sentence has no other person and no subject of its own, over the quote
stage's earlier speaker.

Each test fixes the recogniser's labels on text of our own wording, so the rule under test runs
whatever the statistical model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, quote_with


def test_the_only_person_of_the_sentence_before_speaks(nlp):
    # "Yet it's also been a personally defining relationship for Ebeling. “…,” she said"
    doc = finish_labelled(
        nlp,
        "Mayor Karen Whitfield opened the new library on Tuesday.\n\n"
        "“This is a good day for the city,” Whitfield said in her speech.\n\n"
        "Yet it has long been a second home for Ruth Calloway.\n\n"
        "“I learned to read in that room by the window,” she said.",
        [
            ("Karen Whitfield", 0, "PERSON"),
            ("Whitfield", 1, "PERSON"),
            ("Ruth Calloway", 0, "PERSON"),
        ],
    )
    assert quote_with(doc, "learned to read").speaker == "Ruth Calloway"


def test_a_sentence_with_another_person_keeps_the_earlier_speaker(nlp):
    # "Trump accused Cruz … Then he cut into Bush": the named object is not the speaker
    doc = finish_labelled(
        nlp,
        "Senator Paul Dorsey spoke at the county fair on Saturday.\n\n"
        "“Farmers deserve better prices,” Dorsey said.\n\n"
        "Dorsey criticised Governor Tom Reilly over the new tax.\n\n"
        "“The tax hurts every family in this county,” he said.",
        [
            ("Paul Dorsey", 0, "PERSON"),
            ("Dorsey", 1, "PERSON"),
            ("Dorsey", 2, "PERSON"),
            ("Tom Reilly", 0, "PERSON"),
        ],
    )
    assert quote_with(doc, "hurts every family").speaker == "Paul Dorsey"


def test_the_object_of_the_pronouns_own_verb_is_not_the_speaker(nlp):
    # "“…,” he told Rubio": he is not Rubio
    doc = finish_labelled(
        nlp,
        "Voter Sam Ortiz drove two hours to the town hall in Ames.\n\n"
        "“I came for answers,” Ortiz said.\n\n"
        "The bill was written by Senator Mark Lyle last year.\n\n"
        "“That bill cost me my job,” he told Lyle.",
        [
            ("Sam Ortiz", 0, "PERSON"),
            ("Ames", 0, "GPE"),
            ("Ortiz", 1, "PERSON"),
            ("Mark Lyle", 0, "PERSON"),
            ("Lyle", 1, "PERSON"),
        ],
    )
    assert quote_with(doc, "cost me my job").speaker == "Sam Ortiz"
