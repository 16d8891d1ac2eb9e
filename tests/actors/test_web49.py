"""issue #9 web49: local police and court copy names people with middle initials ("Officers
arrested Jonathan P. Blair, 29, of Elm Street"): a given name and initials before a surname the
actor book knows alone ("Blair", Tony Blair) name someone else when the given name is a common
one of the same sex that is no form of the book person's ("Charles E. Grassley" is still Chuck
Grassley, "William J. Clinton" Bill Clinton, "Michael R. Pompeo" Mike Pompeo); a later bare
surname is that man too. Sentences written for these tests; the recogniser's labels are fixed
where the rule reads them."""

from __future__ import annotations

import pytest
from labelled_entities import finish_labelled, mention_of

from redline.actors.book import initialled_namesake, load_actors


@pytest.fixture(scope="module")
def book():
    return load_actors()


@pytest.mark.parametrize(
    "name",
    ["Jonathan P. Blair", "Steven R. Johnson", "Gary T. McConnell", "Mark A. L. Blair"],
)
def test_an_initialled_name_with_another_given_name_is_no_book_person(book, name):
    match = book.lookup(name, date="2019-11-20")
    assert match is None or match.kind != "person"


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Charles E. Grassley", "Chuck Grassley"),
        ("Michael R. Pompeo", "Mike Pompeo"),
        ("Joseph R. Biden", "Joe Biden"),
        ("Donald J. Trump", "Donald Trump"),
    ],
)
def test_a_form_of_the_persons_own_given_name_is_still_the_person(book, name, person):
    match = book.lookup(name, date="2019-11-20")
    assert match is not None and match.kind == "person" and match.name == person
    assert initialled_namesake(book, name, "2019-11-20") is None


def test_the_surname_of_a_refused_initialled_name(book):
    assert initialled_namesake(book, "Jonathan P. Blair", "2019-11-20") == "Blair"
    assert initialled_namesake(book, "Jonathan Blair", "2019-11-20") is None  # no initials


POLICE_REPORT = (
    "Police arrested three people on Saturday after a traffic stop near Elm Street. Officers "
    "stopped a car driven by Jonathan P. Blair, 29, and found heroin under the seat. Blair was "
    "taken to the county jail, a police spokesman said."
)
POLICE_LABELS = [("Jonathan P. Blair", 0, "PERSON"), ("Blair", 1, "PERSON")]


def test_the_driver_and_his_bare_surname_are_not_tony_blair(nlp):
    doc = finish_labelled(nlp, POLICE_REPORT, POLICE_LABELS, published="2019-11-20")
    driver = mention_of(doc, "Jonathan P. Blair")
    mentions = [m for m in doc.mentions if m.entity == driver.entity and m.kind != "pronoun"]
    assert len(mentions) >= 2  # the later "Blair" joined him
    for mention in mentions:
        assert mention.canonical != "Tony Blair"
        assert mention.actor is None or not mention.actor.startswith("GBR")
    for entity in doc.entities:  # the actors stage's tags
        assert entity.canonical != "Tony Blair"
        assert entity.actor is None or not entity.actor.startswith("GBR")
        assert doc.text[entity.start : entity.end] == entity.text


# issue #9 web49: a definite description in a clause that a person's own verb governs
# ("Hendry told lawmakers he had tried to persuade the White House that the new Moldovan
# president was an honest partner") is someone else, never that person, wherever else the
# text names him; a description in a clause merely joined to his is still his.
ADVISER = (
    "Mark Hendry, a former adviser to the mission, spoke to the committee for six hours on "
    "Tuesday. "
)


def test_a_description_his_own_verb_governs_is_not_the_subject(nlp):
    text = ADVISER + (
        "Hendry told lawmakers he had tried to persuade the White House that the new Moldovan "
        "president was an honest partner."
    )
    labels = [("Mark Hendry", 0, "PERSON"), ("Hendry", 1, "PERSON"), ("White House", 0, "ORG")]
    doc = finish_labelled(nlp, text, labels, published="2019-11-20")
    adviser = mention_of(doc, "Mark Hendry")
    his = [m for m in doc.mentions if m.entity == adviser.entity]
    assert all("Moldovan" not in m.text for m in his)
    assert all(m.actor is None or not m.actor.startswith("MDA") for m in his)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_a_description_in_a_joined_clause_is_still_the_subject(nlp):
    text = ADVISER + (
        "Hendry arrived at the Capitol early, and the former adviser said he would answer "
        "every question."
    )
    labels = [("Mark Hendry", 0, "PERSON"), ("Hendry", 1, "PERSON"), ("Capitol", 0, "ORG")]
    doc = finish_labelled(nlp, text, labels, published="2019-11-20")
    adviser = mention_of(doc, "Mark Hendry")
    described = mention_of(doc, "the former adviser")
    assert described.entity == adviser.entity
