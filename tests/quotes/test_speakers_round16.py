"""issue #10 round 16: who speaks, by name. A pronoun after a role description ("the Republican
presidential candidate said … “…,” he went on") is the person the description names; "As for X,
he said" is X; a book excerpt's "the judge" is the one judge the text titles, even before it
names her; a pronoun's person named nowhere near yields to the graph's; a person inside an
opening participle clause is no antecedent; names without a leading verb or a trailing
preposition, joined with a one-word name right after; a writing ("The ad says") speaks for its
person. Sentences written for these tests in the style of news reports; the recogniser's
labels are fixed, so the rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, mention_of, quote_with  # noqa: E402

WEBSITE = (
    "Ian Moore, a radio host in Halifax, has set up a website that invites Americans to move "
    "north.\n\n"
    "“Hi Americans! You are welcome here!” a welcome message on the website reads.\n\n"
    "Moore told a newspaper he has received hundreds of emails. “I am in disbelief,” he said. "
    "The town has lost jobs for years. Its mill closed in 2010. Its school is half empty.\n\n"
    "“A slow economy has us on an unsustainable path,” the website explains.",
    [("Ian Moore", 0, "PERSON"), ("Halifax", 0, "GPE"), ("Moore", 1, "PERSON")],
)

# (text, recogniser labels, words of the quote, its speaker)
SPEAKERS = {
    # "Trump called upon Mayor Bill de Blasio … De Blasio disbanded the unit … “…,” the
    # Republican presidential candidate said … “I think we ought to start …,” he went on."
    "a pronoun after a description is the described person": (
        "Governor Ray Collins called on Mayor Dana Whitaker to reopen the shelters. Whitaker "
        "closed them in March.\n\n"
        "“There is no excuse for leaving families in the cold,” the Republican presidential "
        "candidate said on Thursday.\n\n"
        "“We ought to open them again this week,” he went on.",
        [("Ray Collins", 0, "PERSON"), ("Dana Whitaker", 0, "PERSON"), ("Whitaker", 1, "PERSON")],
        "open them again",
        "Ray Collins",
    ),
    # "Cruz warned against … “…,” the Texas senator said. As for Trump, he said he's not worried."
    "as for a person, he is that person": (
        "Senator Alan Pierce warned against a long fight over the budget. “It would hurt "
        "everyone,” the Ohio senator said.\n\n"
        "As for Governor Nina Baxter, she said she was not worried. “We will find the votes "
        "by Friday,” she said.",
        [("Alan Pierce", 0, "PERSON"), ("Nina Baxter", 0, "PERSON"), ("Ohio", 0, "GPE")],
        "find the votes",
        "Nina Baxter",
    ),
    "as for a person, he is that person, not the subject before": (
        "Senator Joan Pierce warned against a long fight over the budget.\n\n"
        "As for Nina Baxter, she said she was not worried. “We will find the votes by "
        "Friday,” she said.",
        [("Joan Pierce", 0, "PERSON"), ("Nina Baxter", 0, "PERSON")],
        "find the votes",
        "Nina Baxter",
    ),
    # a book excerpt: "“…,” the judge exclaimed … here was Judge Berman professing …"
    "the judge before the text names her is the one judge it titles": (
        "The lawyer sat down. The judge rubbed his chin. “Everything you have said, I have "
        "heard before,” the judge said.\n\n"
        "Everyone in the court was surprised, and yet here was Judge Helen Ortiz agreeing with "
        "the defense.",
        [("Helen Ortiz", 0, "PERSON")],
        "Everything you have said",
        "Helen Ortiz",
    ),
    # "Donald Trump’s longtime confidant Roger Stone stated. … ⏎⏎ Stated Stone: ⏎⏎ “…”"
    "a reporting verb opening the paragraph is not part of the name": (
        "The count could be rigged, the veteran consultant Peter Vance stated on Monday.\n\n"
        "Stated Vance:\n\n“Every machine is a computer, and every computer can be rigged.”",
        [("Peter Vance", 0, "PERSON"), ("Stated Vance", 0, "PERSON")],
        "Every machine",
        "Peter Vance",
    ),
    # "Juan "Chico" Manriquez of Oakland carried one of the photos. “…,” he said."
    "a preposition tagged with a name is not part of it": (
        "Marchers carried photographs of the victims. Tomas Ibarra of Fresno carried one of "
        "them. “I cried the whole way,” he said.",
        [("Tomas Ibarra of", 0, "PERSON"), ("Fresno", 0, "GPE")],
        "cried the whole way",
        "Tomas Ibarra",
    ),
    # "Asked about her own vote in the event that Clinton faces … Trump, she replied: “…”"
    "a person inside the opening participle is no antecedent": (
        "The actress Joan Mercer is campaigning for Senator Paul Avery. “He has no ego in "
        "this,” she said. “But many of his people will never vote for anyone else.”\n\n"
        "Asked about her own vote in the event that Governor Anna Lutz beats Avery in the "
        "primary, she replied: “I don’t know. I will see what happens.”",
        [
            ("Joan Mercer", 0, "PERSON"),
            ("Paul Avery", 0, "PERSON"),
            ("Anna Lutz", 0, "PERSON"),
            ("Avery", 1, "PERSON"),
        ],
        "I will see what happens",
        "Joan Mercer",
    ),
    # "“In writing her beautiful speech, …,” read the statement, which was attributed to Miller."
    "a writing read out speaks for the person it is attributed to": (
        "Campaign manager Ruth Dalton and spokesman Omar Price wrote the campaign’s first "
        "statement overnight.\n\n"
        "“The speech reflected her own life and her own thinking,” read the statement, which "
        "was attributed to Price.",
        [("Ruth Dalton", 0, "PERSON"), ("Omar Price", 0, "PERSON"), ("Price", 1, "PERSON")],
        "her own life",
        "Omar Price",
    ),
    # "Rob Calabrese … has set up a website … “…” a welcome message on the website reads. …
    # (paragraphs) … “…,” the website explains."
    "a writing after a quotation speaks for the person who set it up": (
        *WEBSITE,
        "You are welcome here",
        "Ian Moore",
    ),
    "a pronoun before any description keeps its subject": (
        "Dana Whitaker closed the shelters in March. She said the city had no money.\n\n"
        "“There is no excuse for that,” the Republican presidential candidate Ray Collins said.",
        [("Dana Whitaker", 0, "PERSON"), ("Ray Collins", 0, "PERSON")],
        "the city had no money",
        "Dana Whitaker",
    ),
    "the same writing later speaks for the same person": (
        *WEBSITE,
        "unsustainable path",
        "Ian Moore",
    ),
}


@pytest.mark.parametrize(("text", "labels", "words", "speaker"), SPEAKERS.values(), ids=SPEAKERS)
def test_the_speaker_is_named(nlp, text, labels, words, speaker):
    found = quote_with(finish_labelled(nlp, text, labels), words)
    assert found.speaker == speaker


# "LeVell said he saw people of many races working in the billionaire's headquarters … The
# imagery stuck with him. “…,” he said": the recogniser tags the surname no person, so the quote
# stage takes the last person it knows, named paragraphs back; the graph links the surname
LOWELL = (
    "Bruce Lowell, a Georgia businessman, founded the group last year. Senator Daniel Hart "
    "thanked the group in a statement on Monday.\n\n"
    "Lowell said the group will raise no money for the campaign. During a visit to the "
    "campaign's offices, Lowell said he saw people of many races working {where}. The imagery "
    "stuck with him.\n\n"
    "“You cannot call a man with such a staff a racist,” he said."
)
LOWELL_LABELS = [
    ("Bruce Lowell", 0, "PERSON"),
    ("Daniel Hart", 0, "PERSON"),
    ("Lowell", 1, "ORG"),
    ("Lowell", 2, "ORG"),
]


def test_a_pronoun_is_not_a_person_last_named_sentences_back(nlp):
    doc = finish_labelled(nlp, LOWELL.format(where="at the offices"), LOWELL_LABELS)
    assert quote_with(doc, "such a staff").speaker == "Bruce Lowell"


def test_a_pronoun_may_be_a_person_named_in_reach(nlp):
    # Hart is named two sentences before "he": the quote stage's reading stands
    text = LOWELL.format(where="for Hart")
    doc = finish_labelled(nlp, text, [*LOWELL_LABELS, ("Hart", 1, "PERSON")])
    assert quote_with(doc, "such a staff").speaker == "Daniel Hart"


# "Former secretary of state Hillary Rodham Clinton:" with "Hillary Rodham" tagged, "Clinton"
# tagged alone elsewhere
HARTLEY = (
    "Former secretary of state Margaret Ellis Hartley: “We learned that from the department "
    "and its analysis of the records.”\n\n"
    "Hartley has repeated the claim since then. “The records were always there,” Hartley said "
    "on Monday."
)


def test_a_one_word_name_right_after_a_tagged_name_ends_it(nlp):
    labels = [("Margaret Ellis", 0, "PERSON"), ("Hartley", 1, "PERSON"), ("Hartley", 2, "PERSON")]
    doc = finish_labelled(nlp, HARTLEY, labels)
    assert mention_of(doc, "Margaret Ellis Hartley").rule == "name+surname-after"
    assert quote_with(doc, "We learned").speaker == "Margaret Ellis Hartley"
    assert quote_with(doc, "always there").speaker == "Margaret Ellis Hartley"


def test_a_name_tagged_on_its_own_right_after_is_not_joined(nlp):
    labels = [("Margaret Ellis", 0, "PERSON"), ("Hartley", 0, "PERSON"), ("Hartley", 1, "PERSON")]
    doc = finish_labelled(nlp, HARTLEY, labels)
    assert mention_of(doc, "Margaret Ellis").rule == "name"


# "Bernie Sanders is releasing a new 30-second ad that urges voters … ⏎⏎ The ad says “…”"
AD = (
    "Senator Laura Finch is releasing a new radio ad that urges voters in Ohio to stand up to "
    "the big banks.\n\n"
    "The ad says “nothing will change until we stop taking their money.”"
)


def test_a_writing_speaks_for_the_person_who_brought_it_out(nlp):
    doc = finish_labelled(nlp, AD, [("Laura Finch", 0, "PERSON"), ("Ohio", 0, "GPE")])
    assert mention_of(doc, "The ad").rule == "document->author-before"
    assert quote_with(doc, "nothing will change").speaker == "Laura Finch"


def test_a_writing_owned_by_a_body_speaks_for_no_person(nlp):
    text = AD.replace("The ad says", "The party’s ad says")
    doc = finish_labelled(nlp, text, [("Laura Finch", 0, "PERSON"), ("Ohio", 0, "GPE")])
    assert quote_with(doc, "nothing will change").speaker != "Laura Finch"
