"""issue #9 drops27: candidates `_events_for` dropped by a check written for another phrasing.

- a reflexive pronoun is dropped as a second party of the source's own act ("killed four
  villagers and then himself"); a reflexive subject ("found himself trading insults with Kim")
  is the one who acts, and the other side's act on it is kept;
- an allegation the accused denies was consumed by the denial (016): when its own phrase names
  its maker ("denies U.S. allegations of ...") it is an accusation of its own (112).

Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import by_trigger as _at
from event_views import seen

pytestmark = pytest.mark.model


def test_a_reflexive_subject_trades_insults(code_all):
    doc = code_all(
        "President Donald Trump has found himself trading insults with North Korean leader "
        "Kim Jong Un over the missile program."
    )
    tuples = {(e.source_actor, e.code[:2], e.target_actor) for e in _at(doc, "trading")}
    assert any(s and s.startswith("PRK") and t and t.startswith("USA") for s, _, t in tuples), seen(
        doc
    )


def test_a_reflexive_object_is_still_no_second_party(code_all):
    doc = code_all("The gunman killed four villagers and then himself, police said.")
    targets = [e.rule for e in _at(doc, "killed") if "'himself'" in (e.rule or "")]
    assert not targets, seen(doc)


@pytest.mark.parametrize(
    ("text", "trigger", "accuser", "accused"),
    [
        ("Tehran denies U.S. allegations of arms smuggling to Yemen.", "allegations", "USA", "IRN"),
        (
            "Beijing on Monday rejected Japanese accusations of spying on its navy.",
            "accusations",
            "JPN",
            "CHN",
        ),
        (
            "Russia denies allegations by U.S. intelligence agencies that it hacked the vote.",
            "allegations",
            "USA",
            "RUS",
        ),
    ],
)
def test_a_denied_allegation_naming_its_maker_is_an_accusation(
    code_all, text, trigger, accuser, accused
):
    doc = code_all(text)
    tuples = {(e.source_actor, e.code, e.target_actor) for e in _at(doc, trigger)}
    assert any(
        s and s.startswith(accuser) and c == "112" and t and t.startswith(accused)
        for s, c, t in tuples
    ), seen(doc)


def test_a_denied_allegation_with_no_maker_is_only_the_denial(code_all):
    doc = code_all("The defence minister denied allegations of corruption on Tuesday.")
    assert not _at(doc, "allegations"), seen(doc)
