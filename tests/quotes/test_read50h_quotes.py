"""issue #9/#10 read50h: a trade word inside a quotation ("our bank", "our suppliers") is the
speaker's own, no business the narration named, so "a company spokesman said" after it still
speaks for the company the story named. Our own news-style sentences."""

from __future__ import annotations

import pytest
from quote_views import quote_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        (
            "TOKYO (Reuters) - Toyota Motor Corp cut its profit forecast on Thursday. “We are"
            " talking to our bank about new credit lines,” a company spokesman said.",
            "credit",
            "Toyota Motor Corp's spokesman",
        ),
        (
            "SEATTLE (Reuters) - Boeing Co halted work at two plants on Monday. “Our suppliers"
            " cannot ship the parts we need,” a company spokeswoman said.",
            "ship",
            "Boeing Co's spokeswoman",
        ),
    ],
)
def test_a_trade_word_in_the_quote_leaves_the_company_named_before(code_text, text, word, speaker):
    doc = code_text(text, published="2021-06-04")
    quote = quote_with(lambda t: doc, text, word)
    assert quote.speaker == speaker, (quote.speaker, quote.rule)
    assert doc.text[quote.start : quote.end] == quote.text
