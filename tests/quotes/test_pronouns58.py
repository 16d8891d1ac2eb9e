"""issue #10 pronouns58: who a speaker pronoun or a shared surname is.

- "the parents, Tariq and Samira Haddad": the lone first name shares the surname, so that
  "Mr. Haddad" is Tariq Haddad and "Ms. Haddad" Samira Haddad (not one person for both);
- "X asked Y whether …. “…,” he said": the one asked answers;
- "With Y, there's no chance of that. Just ask him. “…,” he said": the "him" of the sentence
  just before speaks, not the subject of a sentence further back;
- "Former Rep. X was behind Y while the governor was in the race, he said": the person the
  fronted report brings in (first named, opening the sentence) speaks, not the clause's;
- "X emailed supporters, telling them, “…” The email goes on to say: “…”": the email is the
  one who wrote just before.

Articles and names written for these tests in the style of news (invented people)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speaker(doc, start: str) -> str | None:
    found = [q for q in doc.quotes if q.kind in ("direct", "mixed") and q.text.startswith(start)]
    assert found, [(q.kind, q.text, q.speaker) for q in doc.quotes]
    return found[0].speaker


FAMILY = (
    "The dispute between the parents, Tariq and Samira Haddad, and the governor grew on "
    "Sunday.\n\n"
    "Mr. Haddad, who spoke at the rally on Thursday, said the governor had insulted his "
    "family.\n\n"
    "\u201cWe will not stay silent about this,\u201d Mr. Haddad said.\n\n"
    "And Ms. Haddad, in a letter published in a local paper, rebuked the governor.\n\n"
    "\u201cEveryone who saw me felt my pain,\u201d Ms. Haddad wrote.\n"
)


def test_a_lone_first_name_shares_the_surname(code_text):
    doc = code_text(FAMILY, published="2016-08-01")
    assert _speaker(doc, "\u201cWe will not") == "Tariq Haddad"
    assert _speaker(doc, "\u201cEveryone who") == "Samira Haddad"


def test_a_surname_of_its_own_is_kept(code_text):
    text = (
        "Obama and Hillary Clinton met in Ohio on Monday.\n\n"
        "\u201cWe agree on the big questions,\u201d Obama said.\n"
    )
    doc = code_text(text, published="2016-08-01")
    assert _speaker(doc, "\u201cWe agree") in ("Obama", "Barack Obama")


ASKED = (
    "The senator released his medical records on Friday.\n\n"
    "Last month, The Daily Ledger's Paul Brenner asked Senator Walter Kroll whether questions "
    "about his age were fair. \u201cOf course they are. I have not missed a day of work in "
    "years,\u201d he said.\n"
)


def test_the_one_asked_answers(code_text):
    doc = code_text(ASKED, published="2016-01-17")
    assert _speaker(doc, "\u201cOf course") == "Walter Kroll"


def test_a_request_is_no_question(code_text):
    text = (
        "Governor Alan Pruett asked Mark Dillard to join the ticket on Monday. "
        "\u201cThis is the strongest team we could field,\u201d he said.\n"
    )
    doc = code_text(text, published="2016-07-15")
    assert _speaker(doc, "\u201cThis is") == "Alan Pruett"


JUST_ASK = (
    "In Stay As You Are, Tom Reyes sings, \u201cDon't go changing for me.\u201d With Senator "
    "Frank Hollis, there's not much chance of that. Just ask him. "
    "\u201cYou think I'm going to change?\u201d he said at a news conference last month.\n"
)


def test_the_him_just_before_answers(code_text):
    doc = code_text(JUST_ASK, published="2016-06-14")
    assert _speaker(doc, "\u201cYou think") == "Frank Hollis"


EMAILED = (
    "Dana Morrow, the campaign's finance director, emailed donors on Tuesday evening, telling "
    "them, \u201cWe are close to our goal, but we cannot get there without you.\u201d\n\n"
    "The email goes on to say: \u201cEvery dollar you give now counts twice.\u201d\n"
)


def test_the_email_is_its_writers(code_text):
    doc = code_text(EMAILED, published="2016-03-01")
    assert _speaker(doc, "\u201cEvery dollar") == "Dana Morrow"


def test_the_email_of_no_writer_stays_unnamed(code_text):
    text = (
        "Dana Morrow, the campaign's finance director, spoke to donors on Tuesday, telling "
        "them, \u201cWe are close to our goal, but we cannot get there without you.\u201d\n\n"
        "The email goes on to say: \u201cEvery dollar you give now counts twice.\u201d\n"
    )
    doc = code_text(text, published="2016-03-01")
    assert _speaker(doc, "\u201cEvery dollar") is None


FRONTED = (
    "Another former lawmaker endorsed the Democrat on Wednesday.\n\n"
    "Former Rep. Paul Dresner (R-Vt.) was behind Tom Alder while the Maine governor was in the "
    "race, he said on a radio show. \u201cShe is my next choice. It is not hard to figure "
    "out,\u201d he said.\n"
)


def test_the_one_the_fronted_report_brings_in_speaks(code_text):
    doc = code_text(FRONTED, published="2016-08-10")
    assert _speaker(doc, "\u201cShe is my") == "Paul Dresner"
