"""issue #9/#10 nation40: a person the graph placed (here by the lede's nationality) keeps that
country in events whose argument the parser tagged from inside the name ("Ionel Tudor Lazea"
tagged "Tudor Lazea", the graph's name starting one word before): the graph's actor, never the
article's main country. A sentence written for the test in the style of news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TEXT = (
    "The Romanian hacker who leaked the emails of several senators was sentenced to four years "
    "in prison on Thursday by a federal judge in Richmond, Va.\n\nIonel Tudor Lazea, 44, known "
    'online as "Vortex," was extradited in 2014 to the United States and pleaded guilty in May.'
    " U.S. prosecutors said the United States would appeal the sentence in the U.S. courts."
)


def test_a_name_tagged_from_inside_takes_the_graphs_country(code_all):
    doc = code_all(TEXT, published="2016-09-01")
    pleaded = [e for e in doc.events if e.source_text and "Lazea" in e.source_text]
    assert pleaded, [(e.trigger_text, e.source_text, e.rule) for e in doc.events]
    for event in pleaded:
        assert (event.source_actor or "").startswith("ROU"), (event.source_actor, event.rule)
        assert "does not know" not in event.rule, event.rule
