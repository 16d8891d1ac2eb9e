"""issue #9/#10 actors43: event sources left unresolved.

- "A CNN spokesperson told Politico that it would not ...", "a spokeswoman for YouTube said
  that it had ...": the "it" is the body the spokesperson speaks for, not unresolved.

Sentences written for these tests in the style of wire news (invented bodies and people)."""

from __future__ import annotations

import pytest
from event_views import first_with_trigger

pytestmark = pytest.mark.model


PUBLISHED = "2017-11-20"


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - A spokeswoman for Vantor Capital said that it would appeal the ruling.",
        "LONDON (Reuters) - Vantor Capital's spokeswoman said it would appeal the ruling.",
        "LONDON (Reuters) - The regulator fined Acme Holdings in June. A spokesman for Acme "
        "Holdings said it rejected the regulator's offer.",
    ],
)
def test_it_after_a_spokesperson_is_the_body(code_text, text):
    doc = code_text(text, published=PUBLISHED)
    event = first_with_trigger(doc, "appeal" if "appeal" in text else "rejected")
    assert event.source_actor and event.source_actor.startswith("GBR"), (
        event.source_actor,
        event.rule,
    )
    assert "who said it" in (event.rule or ""), event.rule
    assert doc.text[event.source_start : event.source_end] in text


@pytest.fixture(scope="module")
def parse():
    from redline.pipeline import Pipeline

    pipeline = Pipeline(workers=1).load()
    return pipeline.parse


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("A spokesman for Acme Holdings said it rejected the offer.", "Holdings"),
        ("A spokesman said it rejected the offer.", None),  # no body named
        ("A spokesman for Mr. Hamdan said it rejected the offer.", None),  # a person's
    ],
)
def test_the_it_of_a_spokesperson(parse, sentence, body):
    from redline.events.arguments import reporting_subject

    doc = parse(sentence)
    it = next(t for t in doc if t.lower_ == "it")
    teller = reporting_subject(it)
    assert (teller.text if teller is not None else None) == body


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING (Reuters) - Officials said China would not change course on Vietnam, with "
        "which it fought a border war in 1979.",
        "BEIJING (Reuters) - China has long backed Vietnam, which it supplies with rice.",
    ],
)
def test_the_it_of_a_relative_clause_is_not_the_noun_it_describes(code_text, text):
    doc = code_text(text, published=PUBLISHED)
    found = [e for e in doc.events if "source:nsubj 'it'->" in (e.rule or "")]
    assert found, [(e.code, e.source_actor, e.target_actor, e.rule) for e in doc.events]
    for event in found:
        assert (event.source_actor or "").startswith("CHN"), (event.source_actor, event.rule)
