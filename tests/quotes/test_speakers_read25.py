"""issue #10 read25: a British party politician described by party and role ("the Labour peer
and former minister said", "the Tory MP added") is the person named before, not the party
inside the description; a member described by the seat ("the Labour MP for Hull North") is
someone the text names by that seat, so no earlier subject is taken for them. Sentences
written for these tests in the style of news pages; the recogniser's labels are fixed where
the rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402

PEER = (
    "Lord Whitby withdrew his amendment on the housing bill after a long debate on Monday. "
    "\u201cWe will bring it back in the autumn,\u201d he told peers. During the debate, the "
    "Labour peer and former minister said: \u201cThe country cannot wait another decade for "
    "these homes.\u201d"
)


def test_the_party_peer_and_former_minister_is_the_peer_named_before(nlp):
    doc = finish_labelled(nlp, PEER, [("Whitby", 0, "PERSON"), ("Labour", 0, "ORG")])
    quote = quote_with(doc, "cannot wait another decade")
    assert quote.speaker != "Labour"
    assert quote.speaker and "Whitby" in quote.speaker


MP = (
    "Angela Frost voted against the fuel duty rise in the Commons on Tuesday. Speaking "
    "afterwards, the Labour MP said: \u201cMy constituents simply cannot afford it.\u201d"
)


def test_the_party_mp_is_the_member_named_before(nlp):
    doc = finish_labelled(nlp, MP, [("Angela Frost", 0, "PERSON"), ("Labour", 0, "ORG")])
    assert quote_with(doc, "cannot afford it").speaker == "Angela Frost"


SEAT = (
    "Angela Frost voted against the fuel duty rise in the Commons on Tuesday. The Tory MP for "
    "Hull North said: \u201cThis tax will hurt families in the north.\u201d"
)


def test_an_mp_named_by_the_seat_is_not_the_subject_before(nlp):
    doc = finish_labelled(nlp, SEAT, [("Angela Frost", 0, "PERSON"), ("Hull North", 0, "GPE")])
    assert quote_with(doc, "hurt families").speaker != "Angela Frost"


BODY = (
    "The Welsh Executive has insisted the new charges were \u201cfair and affordable\u201d for "
    "families in rural areas."
)


def test_a_body_named_after_a_nationality_keeps_its_whole_name(nlp):
    doc = finish_labelled(nlp, BODY, [("Welsh", 0, "NORP")])
    assert quote_with(doc, "fair and affordable").speaker == "Welsh Executive"
