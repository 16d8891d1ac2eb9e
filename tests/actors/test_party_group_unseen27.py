"""issue #10 unseen27: a party's members named as a group ("Senior Tories believe they …")
are who a later "they say" is, not the other party the paragraph names in passing. The
sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TORIES = (
    "The Tories have kept Labour on the defensive over crime this week. Senior Tories believe "
    "they are at last reaching ordinary voters, forcing Labour to respond. Their new poster "
    "lists pledges on schools and cleaner streets. This, they say, contrasts with Labour's "
    "negative campaigning."
)


def test_they_say_goes_with_the_party_group_that_spoke(code_text):
    doc = code_text(TORIES, published="2005-03-01")
    said = [q for q in doc.quotes if q.speaker_text == "they"]
    assert said, [(q.speaker, q.text) for q in doc.quotes]
    assert all(q.speaker != "Labour" for q in said), [(q.speaker, q.rule) for q in said]
    assert any("Tor" in (q.speaker or "") or "Conservative" in (q.speaker or "") for q in said)
