"""issue #9 items28: with no dateline, a role with no country in its phrase ("the foreign
minister") falls back to the office-holder of the article's country focus; a nationality
adjective on a news outlet or a thing ("told French radio") and the country its own clause
names as the other side ("criticised Iran") are no part of that focus. Our own sentences."""

from __future__ import annotations


def _role(doc, text: str):
    found = [m for m in doc.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return found[0]


def _actor(doc, text: str) -> str:
    """The actor the graph linked ``text`` to, "" when it linked it to no one."""
    return next((m.actor or "" for m in doc.mentions if m.text == text), "")


def test_an_outlets_adjective_places_no_office(code_text):
    doc = code_text(
        "The foreign minister said in an interview with French radio that the talks would resume.",
        published="2019-11-01",
    )
    assert not _actor(doc, "The foreign minister").startswith("FRA"), doc.mentions


def test_the_country_the_role_acts_on_places_no_office(code_text):
    doc = code_text("The defence minister condemned Russia on Monday.", published="2019-11-01")
    assert not _actor(doc, "The defence minister").startswith("RUS"), doc.mentions


def test_a_country_of_another_sentence_still_places_the_office(code_text):
    doc = code_text(
        "Iran rejected the demands on Sunday. The foreign minister criticised the United "
        "States on Monday.",
        published="2019-11-01",
    )
    assert _role(doc, "The foreign minister").actor == "IRNGOV"
