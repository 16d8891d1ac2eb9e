"""issue #9/#10 lead21: the Blair years' ministers and opposition leaders resolve to their role
on the article's date (BBC politics of 2004-2005 had "Mr Howard" as "GBR" and Charles Kennedy as
nobody)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Michael Howard", "2005-02-10", "GBROPP"),
        ("Michael Howard", "1995-06-01", "GBRGOV"),
        ("Michael Howard", "2008-06-01", "GBRLEG"),
        ("Charles Kennedy", "2005-04-20", "GBROPP"),
        ("David Blunkett", "2003-01-15", "GBRGOV"),
        ("John Reid", "2005-09-01", "GBRGOVMIL"),
        ("William Hague", "1999-03-01", "GBROPP"),
    ],
)
def test_role_on_the_date(book, name, date, code):
    match = book.lookup(name, date=date)
    assert match is not None and match.code == code, match


def test_opposition_leader_accusing_the_prime_minister(code_text):
    doc = code_text(
        "Conservative leader Michael Howard has accused Tony Blair of breaking his promises on "
        "immigration.\n\nMr Howard told a rally in Kent that the prime minister had lost control "
        "of the borders.",
        published="2005-02-10",
    )
    tuples = [(e.code, e.source_actor, e.target_actor) for e in doc.events]
    assert ("112", "GBROPP", "GBRGOV") in tuples, tuples
    assert all(q.speaker == "Michael Howard" for q in doc.quotes), doc.quotes
