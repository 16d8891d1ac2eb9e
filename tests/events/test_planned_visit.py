"""A meeting or visit named as still to come ("Trump's planned trip to Warsaw", "the upcoming
summit") is an intent to meet (036), as a scheduled one is (issue #9, lead, session 27; read on an
unseen Wikinews article, where a planned trip that was then cancelled was coded as a visit)."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_a_planned_trip_is_an_intent_to_visit(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The envoy worked to arrange a meeting during President Trump's "
        "planned trip to Warsaw, which was later cancelled."
    )
    trip = _at(doc, "trip")
    assert trip and trip[0].code == "036", seen(doc)


def test_a_trip_made_stays_a_visit(code_all):
    doc = code_all("WASHINGTON (Reuters) - President Trump's trip to Warsaw began on Monday.")
    trip = _at(doc, "trip")
    assert trip and trip[0].code == "042", seen(doc)
