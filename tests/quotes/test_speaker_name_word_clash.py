"""A speaker whose name holds a country, a nationality or a capital is not that place (issue
#9/#10, helper nameclash34): "Mike German" then "German said" is the man, not Germany; "Chad
Smith" is not Chad. Sentences written here in news phrasing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_surname_that_is_a_nationality_is_not_the_country(code_text):
    doc = code_text(
        "Welsh Liberal Democrat leader Mike German attacked the health budget on Tuesday. "
        "German said the assembly had let down patients in rural areas."
    )
    quotes = [q for q in doc.quotes if q.speaker == "Mike German"]
    assert quotes, [(q.speaker, q.actor) for q in doc.quotes]
    assert all(q.actor != "DEU" for q in quotes), [(q.speaker, q.actor, q.rule) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "wrong"),
    [
        ("Chad Smith, the band's drummer, said the tour would go ahead. Smith said the fans "
         "deserved it.", "Chad Smith", "TCD"),
        ("Georgia Harrison told reporters that she had been threatened for months.",
         "Georgia Harrison", "GEO"),
        ("Israel Folau said on Sunday that he would appeal against the decision.",
         "Israel Folau", "ISR"),
    ],
)  # fmt: skip
def test_a_first_name_that_is_a_country_is_not_the_country(code_text, text, speaker, wrong):
    doc = code_text(text)
    quotes = [q for q in doc.quotes if q.speaker == speaker]
    assert quotes, [(q.speaker, q.actor) for q in doc.quotes]
    assert all(q.actor != wrong for q in quotes), [(q.actor, q.rule) for q in quotes]


def test_a_country_that_speaks_keeps_its_code(code_text):
    doc = code_text("Georgia said on Monday that Russian troops had crossed the border.")
    assert [q.actor for q in doc.quotes] == ["GEO"], [(q.speaker, q.actor) for q in doc.quotes]


def test_a_nationality_before_a_full_name_is_still_the_country(code_text):
    doc = code_text(
        "Spaniard Pablo Ortega Ruiz said he was pleased with his serve after the match."
    )
    quotes = [q for q in doc.quotes if q.speaker and "Ruiz" in q.speaker]
    assert [q.actor for q in quotes] == ["ESP"], [(q.speaker, q.actor) for q in doc.quotes]
