"""issue #10 names27: a person the actor book knows by surname alone is not the one meant when
the text gives the name another first name and a nationality not that person's own
("Brazilian Foreign Minister … Nunes" is no U.S. congressman Devin Nunes); our own sentences."""

from __future__ import annotations

import pytest


def _person(code_text, text: str, surname: str):
    doc = code_text(text)
    found = [e for e in doc.entities if e.text.endswith(surname) and " " in e.text]
    assert found, doc.entities
    return found[0]


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        (
            "Brazilian Foreign Minister Paulo Nunes said on Monday that talks with Argentina "
            "would resume.",
            "Nunes",
            "BRA",
        ),
        (
            "Italy's finance minister, Ottavio Pompeo, said the budget would be sent to Brussels "
            "next week.",
            "Pompeo",
            "ITA",
        ),
    ],
)
def test_another_first_name_and_a_foreign_nationality_name_someone_else(
    code_text, text, surname, country
):
    entity = _person(code_text, text, surname)
    assert entity.actor is not None and entity.actor.startswith(country)
    assert entity.canonical == entity.text


@pytest.mark.parametrize(
    "text",
    [
        # the book's own first name: the book's person, whatever the nationality before
        "Republican Devin Nunes said on Monday that the memo would be released.",
        "Brazilian officials met US Representative Devin Nunes on Monday.",
    ],
)
def test_the_books_own_first_name_stays_the_books_person(code_text, text):
    entity = _person(code_text, text, "Nunes")
    assert entity.actor == "USALEG"


def test_a_courtesy_surname_after_the_foreign_namesake_is_the_namesake(code_text):
    text = (
        "Brazilian lawmaker Paulo Nunes said talks would resume. Mr Nunes said later that he "
        "was hopeful of a deal."
    )
    doc = code_text(text)
    assert all(e.actor != "USALEG" for e in doc.entities if "Nunes" in e.text)
