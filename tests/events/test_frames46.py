"""Frames, issue #9 frames46: phrasings of triggers the rules did not propose (sentences written
for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def _coded(doc, rule: str) -> list[tuple[str, str, str]]:
    return [(e.code, *country_pair(e)) for e in doc.events if rule in (e.rule or "")]


# -- "would sign the bill": the promise to sign it (032) -------------------------------------------


def test_frames46_would_sign_a_bill_is_a_promise_to_its_makers(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. President Joe Biden would sign a short-term spending bill "
        "that is being considered by the Senate, the White House said in a statement on Tuesday."
    )
    assert ("032", "USA", "USA") in _coded(doc, "lexicon:057 sign+bill"), seen(doc)


def test_frames46_will_not_sign_a_bill_refuses_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. President Joe Biden will not sign the spending bill passed "
        "by the House of Representatives, the White House said on Friday."
    )
    codes = {c for c, _, _ in _coded(doc, "lexicon:057 sign+bill")}
    assert codes and all(c.startswith("12") for c in codes), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        # a bill signed is news of a law, no act the gold lists
        "WASHINGTON (Reuters) - U.S. President Joe Biden signed the annual defense policy bill on "
        "Tuesday.",
        # wanted or expected to be signed: no promise made
        "WASHINGTON (Reuters) - U.S. President Joe Biden wants to sign the infrastructure bill "
        "into law this week.",
    ],
)
def test_frames46_a_bill_signed_or_wanted_signed_is_no_event(code_all, text):
    doc = code_all(text)
    assert not _coded(doc, "lexicon:057 sign+bill"), seen(doc)
