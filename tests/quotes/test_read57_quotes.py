"""issue #9 read57: a body's noun and a misparsed firm's name as speakers, a measure's purpose
as no quote. Texts written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _seen(doc):
    return [(q.speaker, q.speaker_text, q.text, q.rule) for q in doc.quotes]


def _quote(doc, words):
    found = [q for q in doc.quotes if words in q.text]
    assert found, _seen(doc)
    return found[0]


def test_the_organisation_is_the_body_that_spoke_before(code_text):
    doc = code_text(
        "Amnesty International called on the president to free the reporter. "
        '"The authorities want to silence critics," the organisation said in a statement.'
    )
    assert _quote(doc, "silence critics").speaker == "Amnesty International", _seen(doc)


def test_a_superlative_description_is_the_body_that_spoke_before(code_text):
    doc = code_text(
        "Storm losses hit a record last year, according to the insurer Allianz. The world's "
        "biggest insurer said claims from hurricanes had doubled."
    )
    assert _quote(doc, "claims from hurricanes").speaker == "Allianz", _seen(doc)


def test_a_body_noun_with_no_body_before_stays_unnamed(code_text):
    doc = code_text("The organisation said the vote had been rigged.")
    assert _quote(doc, "vote had been rigged").speaker is None, _seen(doc)


def test_a_firm_the_parser_splits_is_named_by_the_book(code_text):
    """ "Swiss Re": "Swiss" tagged a nationality, "Re" a noun."""
    doc = code_text('"Losses are rising," said Swiss Re. Storms were partly to blame, it said.')
    assert _quote(doc, "Losses are rising").speaker == "Swiss Re", _seen(doc)
    assert _quote(doc, "Storms were").speaker == "Swiss Re", _seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The bank's inflation index, which predicts price movements a quarter in advance, "
        "climbed to 110.",
    ],
)
def test_a_measures_purpose_is_no_quote(code_text, text):
    doc = code_text(text)
    assert not doc.quotes, _seen(doc)


def test_a_body_that_predicted_is_still_quoted(code_text):
    doc = code_text("The IMF, which predicted growth of 3% last year, cut its forecast.")
    assert _quote(doc, "growth of 3%").actor == "IGOBUSIMF", _seen(doc)


def test_a_spokesperson_for_a_body_defined_by_acronym_takes_the_bodys_actor(code_text):
    """ "X, a spokesperson for the BSA", the BSA defined in the text: the graph places the
    named speaker by the body; the role word alone would say GOV of no country."""
    doc = code_text(
        "The Business Software Alliance (BSA) warned that people should stay alert. "
        '"Many consumers ignore the risks," said Mike Newton, a spokesperson for the BSA which '
        "commissioned the survey."
    )
    assert _quote(doc, "ignore the risks").actor == "USABUS", _seen(doc)
