"""issue #10 speakers22: the entity graph's speaker names. A name modifying a common noun ("the
Dalton case") is no subject for a later "she"; an untagged word before a tagged name joins it
after an adjective for the person ("Golf great Minnie Rae Dobbs") or a title ("Sheikh Kamal Bin
Rashid"); a body's possessive tagged with the person after it ("Channel Nine’s Wendel Okafor")
is the body and the person; a place-tagged subject one letter off a named person's surname is
that person; a name inside a relative clause on a role noun ("a senator who backed the bill
that honoured Ray Dunmore") is not the antecedent of the next "he"; a person's account speaks
for her.

Sentences written for these tests; the recogniser's labels are fixed, so the rules under test
run whatever the model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, mention_of, quote_with


def test_a_name_modifying_a_noun_is_no_subject(nlp):
    doc = finish_labelled(
        nlp,
        "The appeals court heard three cases this spring.\n\n"
        "When the Dalton case was argued in March, Judge Ruth Keller's questions from the "
        "bench drew notice.\n\n"
        "She said the statute “was never meant to reach private homes.”",
        [("Dalton", 0, "PERSON"), ("Ruth Keller", 0, "PERSON")],
    )
    assert quote_with(doc, "never meant").speaker == "Ruth Keller"


def test_an_adjective_for_the_person_takes_the_untagged_first_name(nlp):
    doc = finish_labelled(
        nlp,
        "Golf great Minnie Rae Dobbs praised the new course on Sunday.\n\n"
        "“It is the finest links I have played,” Dobbs said.",
        [("Rae Dobbs", 0, "PERSON"), ("Dobbs", 1, "PERSON")],
    )
    mention_of(doc, "Minnie Rae Dobbs")
    assert quote_with(doc, "finest links").speaker == "Minnie Rae Dobbs"


def test_an_adjective_of_a_title_word_does_not(nlp):
    doc = finish_labelled(
        nlp,
        "“We will see them in court,” said union executive Director Anthony Romero.",
        [("Anthony Romero", 0, "PERSON")],
    )
    assert quote_with(doc, "see them in court").speaker == "Anthony Romero"


def test_a_title_before_an_untagged_first_name(nlp):
    doc = finish_labelled(
        nlp,
        "Qatari Sheikh Kamal Bin Rashid criticised the plan on Monday.\n\n"
        "“This plan is a mistake,” Bin Rashid wrote.",
        [("Qatari", 0, "NORP"), ("Bin Rashid", 0, "PERSON"), ("Bin Rashid", 1, "PERSON")],
    )
    mention_of(doc, "Kamal Bin Rashid")
    assert quote_with(doc, "plan is a mistake").speaker == "Kamal Bin Rashid"


def test_a_body_and_the_person_after_its_possessive(nlp):
    doc = finish_labelled(
        nlp,
        "Channel Nine cut away from the rally at noon.\n\n"
        "Channel Nine’s Wendel Okafor noticed that no other network did. He commented that "
        "his network “stayed with the crowd” for an hour.",
        [
            ("Channel Nine", 0, "ORG"),
            ("Channel Nine’s Wendel Okafor", 0, "ORG"),
        ],
    )
    mention_of(doc, "Wendel Okafor")
    assert quote_with(doc, "stayed with the crowd").speaker == "Wendel Okafor"


def test_a_place_tagged_misspelt_surname_is_the_person(nlp):
    doc = finish_labelled(
        nlp,
        "Former guard Mark Thornbury wrote a book about his years at the palace.\n\n"
        "Thornbruy went on to say that the queen “never once raised her voice.”",
        [("Mark Thornbury", 0, "PERSON"), ("Thornbruy", 0, "GPE")],
    )
    assert quote_with(doc, "raised her voice").speaker == "Mark Thornbury"


def test_a_name_inside_a_role_nouns_relative_clause_is_not_he(nlp):
    doc = finish_labelled(
        nlp,
        "A senator who backed the bill that honoured Ray Dunmore will instead face voters "
        "angry at his record. Where he used to boast that he had “saved the mill,” he now "
        "says little.",
        [("Ray Dunmore", 0, "PERSON")],
    )
    dunmore = mention_of(doc, "Ray Dunmore").entity
    # the senator, whom the graph does not name, is "his" and "he": no pronoun is Dunmore's
    assert not [m for m in doc.mentions if m.kind == "pronoun" and m.entity == dunmore]


def test_a_pronoun_after_a_named_subject_still_takes_it(nlp):
    # the relative clause rule leaves a name the sentence's own subject clause gives
    doc = finish_labelled(
        nlp,
        "Ray Dunmore backed the bill that honoured the mill workers.\n\n"
        "He said it “saved the mill.”",
        [("Ray Dunmore", 0, "PERSON")],
    )
    assert quote_with(doc, "saved the mill").speaker == "Ray Dunmore"


def test_a_persons_account_is_her_telling(nlp):
    doc = finish_labelled(
        nlp,
        "Neighbour Grace Halloran saw the fire start.\n\n"
        "Halloran’s account differs, saying the door “was already open when I got there.”",
        [("Grace Halloran", 0, "PERSON"), ("Halloran", 1, "PERSON")],
    )
    assert quote_with(doc, "already open").speaker == "Grace Halloran"
