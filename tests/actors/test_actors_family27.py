"""issue #10 family27: relatives who share a surname are different people. A generational suffix
("Jr.") makes another man than the name without it, unless the book lists the suffixed name as
its person's alias; a full name whose given name is not the book person's is another member of
the family even when that given name is missing from the first-name table; a possessive office
in an apposition ("the president's daughter") is the relative's, not hers. Our own sentences."""

from __future__ import annotations

import pytest


def _mentions(doc, text: str) -> list:
    return [m for m in doc.mentions if m.text == text]


@pytest.mark.parametrize(
    ("phrase", "person"),
    [
        # a son the book does not know is nobody it knows, not his father
        ("John Kerry Jr.", None),
        ("Kerry Jr.", None),
        ("Mike Pence, Jr.", None),
        ("Mike Pence III", None),
        # a son it knows is himself
        ("Donald Trump Jr.", "Donald Trump Jr."),
        ("Trump Jr.", "Donald Trump Jr."),
        # the book lists the suffix for the people who carry it
        ("Joseph R. Biden Jr.", "Joe Biden"),
        ("James B. Comey Jr.", "James Comey"),
        ("Lloyd J. Austin III", "Lloyd Austin"),
        # a monarch's numeral is left alone
        ("King Charles III", "King Charles III"),
        ("Donald Trump", "Donald Trump"),
    ],
)
def test_a_generational_suffix_the_alias_lacks_is_another_man(book, phrase, person):
    found = book.lookup(phrase, date="2017-07-11")
    name = found.name if found is not None and found.kind == "person" else None
    assert name == person


@pytest.mark.parametrize(
    ("name", "kin"),
    [
        ("Beau Biden", True),
        ("Tiffany Trump", True),
        ("Bahia Hariri", True),  # read58: Rafik Hariri is in the book now
        ("Heydar Aliyev", True),
        # the person's own given name, a title, a party word, a function word: the book's person
        ("Joe Biden", False),
        ("Vice President Biden", False),
        ("Senator McCain", False),
        ("Republican Trump", False),
        ("Mr. Trump", False),
        ("But Trump", False),
        ("H. Biden", False),
    ],
)
def test_another_given_name_before_a_surname_alias(book, name, kin):
    from redline.actors.book import kin_namesake

    assert kin_namesake(book, name, 0, len(name)) is kin


def test_the_son_with_a_suffix_and_his_father_are_two_people(code_text):
    text = (
        "WASHINGTON (Reuters) - Donald Trump Jr. met a Russian lawyer at Trump Tower in June "
        "2016, emails released on Tuesday showed. President Donald Trump praised his son "
        'on Wednesday. "He is a high-quality person," Trump told reporters at the White House.'
    )
    doc = code_text(text, published="2017-07-12")
    (son,) = _mentions(doc, "Donald Trump Jr.")
    (father,) = _mentions(doc, "Donald Trump")
    assert son.entity != father.entity
    assert son.actor != "USAGOV"
    assert father.actor == "USAGOV"
    quote = next(q for q in doc.quotes if "high-quality" in q.text)
    assert quote.speaker == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "WILMINGTON, Del. - Beau Biden, Delaware's attorney general, said on Monday he "
            'would not run for the Senate. "My job is here," Beau Biden told reporters.',
            "Beau Biden",
        ),
        (
            'NEW YORK - Tiffany Trump spoke at the convention on Tuesday night. "My father '
            'has always encouraged me," Tiffany Trump told the crowd.',
            "Tiffany Trump",
        ),
    ],
)
def test_a_relative_named_in_full_keeps_her_own_name(code_text, text, name):
    doc = code_text(text, published="2016-07-20")
    for mention in _mentions(doc, name):
        assert mention.canonical == name
        assert mention.actor is None or not mention.actor.endswith("GOV")


def test_a_possessive_office_in_an_apposition_is_the_relatives(code_text):
    text = (
        "WASHINGTON - Hunter Biden, the president's son, said on Friday that he would testify "
        'before the committee. "I have nothing to hide," Hunter Biden said.'
    )
    doc = code_text(text, published="2023-12-01")
    (role,) = [m for m in doc.mentions if m.text == "the president"] or [None]
    hunter = _mentions(doc, "Hunter Biden")[0]
    assert role is None or role.entity != hunter.entity
