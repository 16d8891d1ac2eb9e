"""Business and technology news read unseen (lead's read51, fourth draw): warning the public
(people, users, travellers) to avoid a danger is advice, no threat between actors; a warning
to another government still is. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import coded_at_any_confidence, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Two security agencies warned people to avoid the browser until it was patched.",
        "The Foreign Office warned British travellers to stay away from the border region.",
        "Health officials warned residents to boil their water after the floods.",
    ],
)
def test_warning_the_public_is_no_threat(code_text, text):
    doc = coded_at_any_confidence(code_text, text)
    assert not [e for e in doc.events if e.code.startswith("13")], events(doc)


def test_warning_a_government_is_still_one(code_text):
    doc = coded_at_any_confidence(
        code_text, "Beijing warned Washington on Tuesday against sending warships to the strait."
    )
    assert [e for e in doc.events if e.code.startswith("13")], events(doc)


# -- "convicted at the Old Bailey": the place's whole name gives the court's country -------------


def test_a_court_named_by_its_whole_place_name_is_that_countrys(code_text):
    doc = code_text(
        "In October 2000 the US Customs Service began an investigation into the piracy network."
        " Two men who were part of a huge network of internet software pirates have been"
        " convicted at the Old Bailey. US Customs claimed the men were leaders of the network."
    )
    convicted = [e for e in doc.events if e.trigger_text == "convicted"]
    assert convicted, events(doc)
    assert all(e.source_actor == "GBRJUD" for e in convicted), events(doc)
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text
