"""issues #9/#10 graph22: a courtesy title and surname whose full name the text gives with
another first name is the text's person, not the book's namesake; a news outlet named as where
something was said is no antecedent of "they". Sentences written for these tests."""

from __future__ import annotations

import pytest

SCOT = (
    "Scotland's first minister, Jack McConnell, gave a statement to the Scottish Parliament on "
    "Wednesday about the earthquake. He offered Scotland's sympathy to the victims in Turkey. "
    "Mr McConnell praised the Turkish rescue teams.\n\n"
    "Mr McConnell said three Scots had died in the disaster."
)


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (SCOT, {"mcconnell"}),
        # the book's own man named in full, or with an office before the surname: his
        ("Jack McConnell met Mitch McConnell. Mr McConnell said ...", set()),
        ("Jack McConnell met Senator McConnell. Mr McConnell said ...", set()),
        # issue #10 surname59: no courtesy title in the text: the bare surname is his too
        ("Jack McConnell spoke. McConnell said ...", {"mcconnell"}),
    ],
)
def test_others_by_surname(book, text, others):
    assert book.others_by_surname(text, "2005-01-05") == others


def test_find_mentions_leaves_the_texts_titled_surname(book):
    found = [SCOT[s:e] for s, e, m in book.find_mentions(SCOT, "2005-01-05")]
    assert "McConnell" not in found, found
    assert "Scottish Parliament" in found


@pytest.mark.model
def test_the_titled_surname_joins_the_texts_person(code_text):
    doc = code_text(SCOT, published="2005-01-05")
    named = [m for m in doc.mentions if m.text in ("McConnell", "Jack McConnell", "He")]
    assert named and all(m.canonical == "Jack McConnell" for m in named), named
    assert not any((m.actor or "").startswith("USA") for m in named), named
    assert not any((q.actor or "").startswith("USA") for q in doc.quotes), doc.quotes


@pytest.mark.model
def test_the_books_person_in_full_keeps_the_titled_surname(code_text):
    doc = code_text(
        "Senate leader Mitch McConnell met Chinese officials on Monday. Mr McConnell "
        "criticised China over its trade policy.",
        published="2024-09-13",
    )
    titled = [m for m in doc.mentions if m.text == "McConnell"]
    assert titled and all(m.actor == "USALEG" for m in titled), titled


@pytest.mark.model
def test_a_news_outlet_told_is_no_antecedent_of_they(code_text):
    doc = code_text(
        "The Green leader said the council should think again. She told Sky News that the "
        "mayor had lost interest in the project. Last week the Tories announced they would back "
        "the council's plans.",
        published="2024-09-13",
    )
    they = [m for m in doc.mentions if m.kind == "pronoun" and m.text.lower() == "they"]
    assert they and not any("Sky" in (m.canonical or "") for m in they), they
    assert not any((m.actor or "").endswith("MED") for m in they), they


@pytest.mark.model
def test_a_news_outlet_as_subject_stays_an_antecedent(code_text):
    # not the channel something was said on: the outlet that acts may still be "they"
    doc = code_text(
        "Sky News dropped the programme on Monday after viewers complained. They said the "
        "decision was final.",
        published="2024-09-13",
    )
    they = [m for m in doc.mentions if m.kind == "pronoun" and m.text == "They"]
    assert they and they[0].canonical == "Sky News", they
