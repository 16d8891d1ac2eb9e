"""issue #9 drops23: an allegation noun whose own clause names the accused ("U.S. agencies'
conclusion that Moscow tried to ...") is still dropped when the accused answers it with a
condemnation or rejection told by the same verb, but no longer when the answer is a plain
denial: the document gold codes the allegation beside the denial. Sentences written for the
test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _tuples(doc) -> set[tuple[str | None, str, str | None]]:
    return {(e.source_actor, e.code[:2], e.target_actor) for e in doc.events}


@pytest.mark.parametrize(
    "text",
    [
        "Iran on Monday denied Japan's conclusion that Iran had supplied drones to the rebels.",
        "Iran has denied Japan's assessment that Iran sold missiles to the militia last year.",
    ],
)
def test_an_allegation_is_coded_beside_its_denial(code_with_stand_in, text):
    doc = code_with_stand_in(text)
    tuples = _tuples(doc)
    assert ("IRN", "01", "JPN") in tuples, seen(doc)  # the denial
    assert ("JPN", "11", "IRN") in tuples, seen(doc)  # and the allegation it answers


def test_an_allegation_answered_by_a_condemnation_stays_dropped(code_with_stand_in):
    doc = code_with_stand_in(
        "France on Friday condemned as baseless allegations by Mali that France had armed the "
        "rebels in the north."
    )
    assert ("MLI", "11", "FRA") not in _tuples(doc), seen(doc)
