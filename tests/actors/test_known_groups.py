"""issue #9/#10 lead21: bodies of CAMEO's known-group list the actor book lacked, found in
running text under their own codes instead of a place inside their names ("The Paris Club")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Paris Club", "IGOBUSPRC"),
        ("Asian Development Bank", "IGOASADEVADB"),
        ("SADC", "IGOSAFSAD"),
        ("Oxfam", "NGOHLHXFM"),
        ("the International Crisis Group", "NGOICG"),
        ("the Al-Aqsa Martyrs' Brigades", "PSEREBAAM"),
    ],
)
def test_known_group_lookup(book, phrase, code):
    match = book.lookup(phrase)
    assert match is not None and match.code == code, match


def test_paris_club_is_no_french_actor(code_text):
    doc = code_text(
        "JAKARTA (Reuters) - The Paris Club of creditor nations agreed on Wednesday to freeze "
        "Indonesia's debt repayments for a year after the tsunami, finance officials said.",
        published="2005-01-12",
    )
    tagged = {e.text: e.actor for e in doc.entities}
    assert "FRA" not in tagged.values(), tagged
    assert any(code == "IGOBUSPRC" for code in tagged.values()), tagged
    for event in doc.events:
        assert event.source_actor != "FRA", event


def test_aid_agency_statement_keeps_its_code(code_text):
    doc = code_text(
        "LONDON (Reuters) - Oxfam accused the British government on Monday of failing to "
        "deliver the aid it had promised to the flood victims.",
        published="2005-01-10",
    )
    assert any(e.source_actor == "NGOHLHXFM" for e in doc.events), [
        (e.code, e.source_actor, e.target_actor) for e in doc.events
    ]
