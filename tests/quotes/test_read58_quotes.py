"""issue #10 read58: firms' short forms and names as speakers. Texts written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _seen(doc):
    return [(q.speaker, q.speaker_text, q.text, q.rule) for q in doc.quotes]


def test_an_untagged_short_form_speaks_for_the_firm(code_text):
    doc = code_text(
        "Australian mining firm WMC Resources has rejected a takeover offer. WMC said it made "
        "a profit of A$1bn last year. Later WMC said the bid was an undervaluation."
    )
    for q in doc.quotes:
        if q.speaker_text == "WMC":
            assert q.speaker == "WMC Resources" and q.actor == "AUSBUS", _seen(doc)


def test_a_body_the_book_knows_keeps_its_and(code_text):
    doc = code_text("Ironhorse Oil and Gas has denied to reporters that it won the contract.")
    assert doc.quotes, _seen(doc)
    assert doc.quotes[0].speaker == "Ironhorse Oil and Gas", _seen(doc)
