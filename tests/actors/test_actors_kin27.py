"""issue #10 kin27: a bare surname two people of the text share. A "he", "his" or "she" in the
surname's own clause picks the one of that gender ("Clinton said as he introduced his wife");
a relative the text brings in as "His brother, Freddy Trump" at the start of a sentence does not
take the next bare "Trump" from the man the article is about. Our own news-style sentences."""

from __future__ import annotations

import pytest

CLINTONS = (
    "DES MOINES, Iowa (Reuters) - Hillary Clinton rallied volunteers in Iowa on Saturday with "
    "her husband, former President Bill Clinton. Clinton {verb} the crowd."
)


def _entity_name(doc, text: str, nth: int = 0) -> str | None:
    found = [m for m in doc.mentions if m.text == text]
    return found[nth].canonical if len(found) > nth else None


@pytest.mark.parametrize(
    ("verb", "person"),
    [
        ("thanked volunteers as he praised his wife before", "Bill Clinton"),
        ("said she was grateful to", "Hillary Clinton"),
        # an object pronoun is someone else: no gender from it
        ("thanked", "Hillary Clinton"),
    ],
)
def test_a_pronoun_in_the_clause_picks_the_relative_of_its_gender(code_text, verb, person):
    doc = code_text(CLINTONS.format(verb=verb))
    assert _entity_name(doc, "Clinton") == person


def test_a_brother_brought_in_at_the_start_of_a_sentence_is_kin(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - President Donald Trump spoke on Monday about opioid addiction. "
        "His older brother, Freddy Trump, died of alcoholism in 1981. "
        "Trump said he has never had a drink."
    )
    assert _entity_name(doc, "Trump") == "Donald Trump"
    assert _entity_name(doc, "Freddy Trump") == "Freddy Trump"  # the bare surname is not his


@pytest.mark.parametrize(
    ("phrase", "person"),
    [
        ("Flynn Jr.", "Michael Flynn Jr."),
        ("Michael Flynn Jr.", "Michael Flynn Jr."),
        ("Michael G. Flynn", "Michael Flynn Jr."),
        ("Michael T. Flynn", "Michael Flynn"),
        ("Michael Flynn", "Michael Flynn"),
    ],
)
def test_the_son_of_the_national_security_adviser_is_his_own_man(book, phrase, person):
    found = book.lookup(phrase, date="2017-11-05")
    assert found is not None and found.kind == "person" and found.name == person
    assert (found.code == "USA") == (person == "Michael Flynn Jr.")
