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


# -- "amid a probe into alleged Chinese hacking": the article's country's probe (091) -------------


def test_frames46_a_sourceless_probe_of_a_foreign_actor_is_the_home_countrys(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The former adviser will testify on Monday amid an ongoing probe "
        "into alleged Chinese hacking of federal computers."
    )
    assert ("091", "USA", "CHN") in _coded(doc, "a probe into a foreign actor"), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        # several probes no one is named running: left to the text
        "WASHINGTON (Reuters) - The lawyers said they respected the various investigations into "
        "alleged Chinese hacking of federal computers.",
        # no foreign actor probed
        "WASHINGTON (Reuters) - Police said an investigation into the shooting in Maryland was "
        "under way.",
        # a foreign company's deal probed: no country's act
        "WASHINGTON (Reuters) - Lawmakers pressed on with an investigation into the 2010 sale of "
        "a Canadian uranium company to a Russian firm.",
    ],
)
def test_frames46_plural_or_domestic_probes_get_no_home_investigator(code_all, text):
    doc = code_all(text)
    assert not _coded(doc, "a probe into a foreign actor"), seen(doc)
