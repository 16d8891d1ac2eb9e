"""The newsroom that reports a story is no actor of it: its interviews, calls and contacts are
how the news was gathered (seen on the bundled Wikinews examples: "the protesters Wikinews
interviewed" coded as a British consultation). Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _consults(doc):
    return [e for e in doc.events if e.root_code == "04"]


@pytest.mark.parametrize(
    "text",
    [
        "LONDON - Thousands marched through Westminster on Saturday. Some of the marchers "
        "Wikinews interviewed said they feared losing the right to work in Germany.",
        "KABUL (Reuters) - The Afghan interior ministry did not reply when Reuters contacted it "
        "about the attack on Tuesday.",
    ],
)
def test_a_newsroom_interviewing_or_contacting_people_is_no_event(code_all, text):
    doc = code_all(text, published="2019-03-23")
    assert not [e for e in _consults(doc) if e.source_text in ("Wikinews", "Reuters")]


def test_a_meeting_between_governments_is_still_coded(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Russian Foreign Minister Sergei Lavrov met his Chinese counterpart "
        "Wang Yi in Beijing on Monday, Reuters reported.",
        published="2019-03-25",
    )
    met = [e for e in _consults(doc) if e.trigger_text == "met"]
    assert met and met[0].source_actor.startswith("RUS") and met[0].target_actor.startswith("CHN")
    assert doc.text[met[0].start : met[0].end] == met[0].text
