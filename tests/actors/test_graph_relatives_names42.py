"""issue #10 names42: a relative of the other sex whose surname is a known person's ("Melania
Trump", "Michelle Obama") keeps her own name and no actor of his when a later bare surname or
"Mrs <surname>" joins her, the sex of a given name or a courtesy title parting her from the
book's person (family27's kin check sees only the given names the book's scan lets through); a
bare surname whose own clause says "he" follows the pronoun, not the text's habit of titling
only her. A name that ends in a body's head word ("Chelsea Football Club", "Jordan Times") is a
body whatever the recogniser's label, and its first name gives no one a sex. Sentences written
for these tests; the recogniser's labels are fixed where the rule reads them."""

from __future__ import annotations

import pytest
from labelled_entities import finish_labelled, mention_of, quote_with

from redline.actors.tag import organisation_headed


def _entity_mentions(doc, entity: int) -> list:
    return [m for m in doc.mentions if m.entity == entity]


WIFE_ONLY = (
    "NEW YORK - Melania Trump visited a children's hospital in the Bronx on Thursday. The "
    "former model read to patients and thanked the nurses. Mrs. Trump, who rarely speaks in "
    "public, said the visit had moved her. Trump, 48, stayed on the ward for two hours."
)
WIFE_ONLY_LABELS = [
    ("Melania Trump", 0, "PERSON"),
    ("Bronx", 0, "GPE"),
    ("Trump", 1, "PERSON"),
    ("Trump", 2, "PERSON"),
]

BOTH_NAMED = (
    "WASHINGTON - President Donald Trump signed an order on trade on Monday. Melania Trump "
    "opened a reading room at a school in Maryland the same day. Mrs Trump told pupils that "
    "books had changed her life.\n\nLater that evening Trump told reporters he would visit "
    "China in the spring."
)
BOTH_NAMED_LABELS = [
    ("Donald Trump", 0, "PERSON"),
    ("Melania Trump", 0, "PERSON"),
    ("Maryland", 0, "GPE"),
    ("Trump", 2, "PERSON"),
    ("Trump", 3, "PERSON"),
    ("China", 0, "GPE"),
]

FIRST_LADY = (
    "CHICAGO - Michelle Obama urged young women on Tuesday to stay in school. Obama, who "
    "grew up on the city's South Side, told the students that she had been the first in her "
    "family to go to college."
)
FIRST_LADY_LABELS = [("Michelle Obama", 0, "PERSON"), ("Obama", 1, "PERSON")]


@pytest.mark.parametrize(
    ("text", "labels", "published", "full", "other"),
    [
        (WIFE_ONLY, WIFE_ONLY_LABELS, "2018-05-17", "Melania Trump", "Donald Trump"),
        (FIRST_LADY, FIRST_LADY_LABELS, "2016-04-12", "Michelle Obama", "Barack Obama"),
    ],
    ids=["mrs-and-bare-surname", "bare-surname"],
)
def test_a_wife_named_in_full_keeps_her_name(nlp, text, labels, published, full, other):
    doc = finish_labelled(nlp, text, labels, published=published)
    her = mention_of(doc, full)
    mentions = _entity_mentions(doc, her.entity)
    assert len([m for m in mentions if m.kind != "pronoun"]) >= 2  # the later surname joined her
    for mention in mentions:
        assert mention.canonical == full
        assert mention.actor is None or not mention.actor.endswith("GOV")
    assert all(m.canonical != other for m in doc.mentions)


def test_the_wifes_quote_is_hers_by_name(nlp):
    text = FIRST_LADY + ' "Nobody handed me anything," Mrs. Obama said.'
    labels = [*FIRST_LADY_LABELS, ("Obama", 2, "PERSON")]
    doc = finish_labelled(nlp, text, labels, published="2016-04-12")
    assert quote_with(doc, "Nobody handed").speaker == "Michelle Obama"


def test_a_bare_surname_saying_he_is_the_husband_not_the_titled_wife(nlp):
    doc = finish_labelled(nlp, BOTH_NAMED, BOTH_NAMED_LABELS, published="2018-03-05")
    husband = mention_of(doc, "Donald Trump")
    wife = mention_of(doc, "Melania Trump")
    assert husband.entity != wife.entity
    titled = next(
        m for m in doc.mentions if m.text in ("Mrs Trump", "Trump") and m.start > wife.end
    )
    assert titled.entity == wife.entity
    assert wife.canonical == "Melania Trump"
    assert wife.actor is None or wife.actor != husband.actor
    bare = [m for m in doc.mentions if m.text == "Trump" and m.start > BOTH_NAMED.index("Later")]
    assert bare and bare[0].entity == husband.entity


def test_a_title_telling_the_wife_apart_leaves_the_untitled_surname_to_the_nearest(nlp):
    # wire style: "Mrs. Obama" tells her apart from the president, whom it calls "Obama"
    text = (
        "WASHINGTON - Michelle Obama spoke to a school in Virginia on Monday. Mrs. Obama urged "
        "the pupils to read every day.\n\nPresident Barack Obama was in Texas. Obama said the "
        "economy had grown for six years in a row."
    )
    labels = [
        ("Michelle Obama", 0, "PERSON"),
        ("Virginia", 0, "GPE"),
        ("Obama", 1, "PERSON"),
        ("Barack Obama", 0, "PERSON"),
        ("Texas", 0, "GPE"),
        ("Obama", 3, "PERSON"),
    ]
    doc = finish_labelled(nlp, text, labels, published="2015-03-02")
    wife, husband = mention_of(doc, "Michelle Obama"), mention_of(doc, "Barack Obama")
    titled = next(m for m in doc.mentions if m.start == text.index("Obama urged"))
    bare = next(m for m in doc.mentions if m.start == text.index("Obama said"))
    assert titled.entity == wife.entity
    assert bare.entity == husband.entity != wife.entity


def test_a_courtesy_title_of_the_other_sex_is_not_the_books_person(nlp):
    text = (
        "PARIS - Mrs Macron visited a school in the north of France on Friday. She told "
        "teachers that reading was the key to every other subject."
    )
    doc = finish_labelled(nlp, text, [("Macron", 0, "PERSON"), ("France", 0, "GPE")], "2019-05-10")
    (mention,) = [m for m in doc.mentions if m.text.endswith("Macron")]
    assert mention.canonical != "Emmanuel Macron"
    assert mention.actor is None or not mention.actor.startswith("FRAGOV")


def test_a_mans_formal_given_name_still_finds_the_book_person(nlp):
    # the same sex, another form of the given name: the surname's person is still the book's
    text = (
        "WASHINGTON - Senator Charles E. Grassley said on Tuesday that the committee would "
        "hold hearings in March. Grassley said the nominee deserved a fair hearing."
    )
    labels = [("Charles E. Grassley", 0, "PERSON"), ("Grassley", 1, "PERSON")]
    doc = finish_labelled(nlp, text, labels, published="2016-02-16")
    bare = [m for m in doc.mentions if m.text == "Grassley"][0]
    assert bare.canonical == "Chuck Grassley"
    assert bare.actor == "USALEG"


@pytest.mark.parametrize(
    ("name", "label", "headed"),
    [
        ("Chelsea Football Club", "PERSON", True),
        ("Chelsea FC", "ORG", True),
        ("Jordan Times", "ORG", True),
        ("Victoria University", "PERSON", True),
        ("Eric Trump Foundation", "ORG", True),
        ("Trump’s Republican Party", "ORG", True),
        # a head word that is also a surname heads a body only where the label says a body
        ("Washington Post", "ORG", True),
        ("Jessica Post", "PERSON", False),
        # a person, a lone word, a lower-case word
        ("Chelsea Clinton", "PERSON", False),
        ("Club", "ORG", False),
        ("Chelsea club", "PERSON", False),
    ],
)
def test_a_name_ending_in_a_bodys_head_word(name, label, headed):
    assert organisation_headed(name, label) is headed


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_club_named_with_a_first_name_is_a_body_with_no_sex(nlp, label):
    text = (
        "LONDON - Chelsea Football Club dismissed its manager on Sunday after a run of defeats. "
        "The club's captain said she had not been told. Chelsea Football Club said a new "
        "coach would be named within a week."
    )
    labels = [("Chelsea Football Club", 0, label), ("Chelsea Football Club", 1, label)]
    doc = finish_labelled(nlp, text, labels, published="2019-01-20")
    club = mention_of(doc, "Chelsea Football Club")
    assert club.type == "organisation"
    she = [m for m in doc.mentions if m.text == "she"]
    assert all(m.entity != club.entity for m in she)


def test_a_foundation_named_for_a_person_is_not_the_person(nlp):
    text = (
        "NEW YORK - The Eric Trump Foundation said on Wednesday it had raised $2 million for a "
        "children's hospital. Eric Trump said he was proud of the donors."
    )
    labels = [("Eric Trump Foundation", 0, "PERSON"), ("Eric Trump", 1, "PERSON")]
    doc = finish_labelled(nlp, text, labels, published="2016-06-08")
    body = mention_of(doc, "Eric Trump Foundation")
    person = [m for m in doc.mentions if m.text == "Eric Trump"][0]
    assert body.type == "organisation"
    assert body.canonical != "Eric Trump"
    assert body.entity != person.entity
    he = [m for m in doc.mentions if m.text == "he"]
    assert all(m.entity != body.entity for m in he)


@pytest.mark.parametrize(
    ("phrase", "person"),
    [
        # a given name of the other sex before a middle initial: another member of the family
        ("Diane D. Blair", None),
        ("Michelle L. Obama", None),
        # a form of the person's own given name, or the person's own, is the person
        ("Charles E. Grassley", "Chuck Grassley"),
        ("Joseph R. Biden", "Joe Biden"),
        ("Donald J. Trump", "Donald Trump"),
    ],
)
def test_a_given_name_of_the_other_sex_before_an_initial(book, phrase, person):
    found = book.lookup(phrase, date="2016-07-11")
    assert (found.name if found is not None and found.kind == "person" else None) == person
