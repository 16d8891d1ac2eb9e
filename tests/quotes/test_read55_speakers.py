"""issue #9/#10 read55: speakers a BBC technology story of 2004 gave wrong. Sentences written for
these tests (invented people)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _said(doc, start: str):
    found = [q for q in doc.quotes if q.text.startswith(start)]
    assert found, [(q.speaker, q.text) for q in doc.quotes]
    return found[0]


def test_a_lawyer_after_but_is_the_next_speaker(code_text):
    """The parser hangs "his lawyer" on "leaders": the lawyer tells, and the claim stops
    before "but" (was the prosecutors for both)."""
    doc = code_text(
        "Prosecutors claimed Mr Hale was one of the gang's leaders but his lawyer, Mark "
        "Denton, told the BBC News website it was a laughable suggestion."
    )
    told = _said(doc, "it was a laughable")
    assert told.speaker == "Mark Denton", told
    claim = _said(doc, "Mr Hale was")
    assert claim.text == "Mr Hale was one of the gang's leaders", claim
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text


def test_a_name_closing_the_spokesmans_phrase_goes_on_speaking(code_text):
    """ "A spokesman for US Immigration, Customs and Enforcement, Kevin Hart, said": the name
    hangs on the agency in the parse; "He" two sentences on is Hart, not the subject of the
    paragraph before (was Alan Reed)."""
    doc = code_text(
        "Alan Reed, whose trial ended on Monday, was known online as Zero - after a film - "
        "while his co-defendant Paul Lane was called Ace.\n\n"
        "A spokesman for US Immigration, Customs and Enforcement, Kevin Hart, said the gang "
        "did not appear to be motivated by money. Their reward was the fame which came from "
        'cracking famous software. He told the BBC: "They only cared about how fast they '
        'could break the code."'
    )
    assert _said(doc, '"They only cared').speaker == "Kevin Hart"


def test_an_unnamed_spokesman_goes_on_past_his_quotation(code_text):
    """The sentence before "He said" is the end of the spokesman's own quotation; and the
    next "He said" goes on as him (was Mr Hart, named before both)."""
    doc = code_text(
        "Mr Hart said the raids were a success. A spokesman for the Software Publishers "
        'Association said: "The members say they made no money at all. But they did gain from '
        'free access to costly servers." He said such groups were spreading a culture of '
        "piracy. He said a third of software in Britain was pirated."
    )
    spokesman = _said(doc, '"The members say').speaker
    assert spokesman and "spokesman" in spokesman
    assert _said(doc, "such groups").speaker == spokesman
    assert _said(doc, "a third of").speaker == spokesman


def test_another_name_between_stops_the_unnamed_spokesman(code_text):
    doc = code_text(
        'A spokesman for the Software Publishers Association said: "The members made no '
        'money." He said such groups were spreading piracy. Mr Smith of the police said it was '
        "false. He said a third of software in Britain was pirated."
    )
    assert _said(doc, "a third of").speaker == "Smith"


@pytest.mark.parametrize(
    "text",
    [
        "The hackers called themselves Red Lotus and met online.",
        "The rebels call themselves the Army of the Righteous.",
        "The airline declined to comment on the ministry's decision.",
        "The carmaker refused to comment on the report.",
        "The gangs operate according to a strict code of honour.",
    ],
)
def test_no_words_said(code_text, text):
    """A name taken, a refusal to comment, a code kept: no quotation (each was one)."""
    doc = code_text(text)
    assert not doc.quotes, [(q.speaker_text, q.text) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Critics called him a liar.", "him a liar"),
        ("Prices rose sharply, according to the finance ministry.", "Prices rose"),
        ("The minister commented on the report, saying it was flawed.", "it was flawed"),
    ],
)
def test_words_said_stay(code_text, text, start):
    doc = code_text(text)
    assert any(q.text.startswith(start) for q in doc.quotes), [q.text for q in doc.quotes]
