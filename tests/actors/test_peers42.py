"""issue #10 lead42: a peer is named by the title ("Lord Haldane of Fenwick", "Baroness
Whitcombe"): a full name with the same surname and no title is someone else, before or after
it; the peer's title named again is the peer.

Sentences written for these tests in the style of news (invented people)."""

from __future__ import annotations

import pytest

from redline.actors.graph import entity_graph

pytestmark = pytest.mark.model

TEXT = (
    "Former Scotland Office minister Lord Haldane of Fenwick denied that police had been told "
    "to drop the inquiry. One man, Callum Iain Haldane, was convicted in 1991 of sending "
    "threatening letters. The programme also heard from Lord Haldane, who was a minister at "
    "the time. He said the claims were absurd."
)


def _entity_of(doc, start: int) -> int:
    for mention in doc.mentions:
        if mention.start <= start < mention.end:
            return mention.entity
    raise AssertionError([(m.text, m.start) for m in doc.mentions])


def test_a_peer_is_not_the_full_name_after_it(code_text):
    doc = code_text(TEXT, published="2004-12-10")
    peer = _entity_of(doc, TEXT.index("Haldane of Fenwick"))
    convicted = _entity_of(doc, TEXT.index("Callum Iain Haldane"))
    assert peer != convicted, [(m.text, m.entity, m.rule) for m in doc.mentions]


def test_the_peers_title_again_and_his_pronoun_are_the_peer(code_text):
    doc = code_text(TEXT, published="2004-12-10")
    peer = _entity_of(doc, TEXT.index("Haldane of Fenwick"))
    again = _entity_of(doc, TEXT.index("Haldane, who"))
    he = _entity_of(doc, TEXT.index("He said"))
    assert again == peer, [(m.text, m.entity, m.rule) for m in doc.mentions]
    assert he == peer, [(m.text, m.entity, m.rule) for m in doc.mentions]


def test_a_full_name_with_the_title_is_the_peer(code_text):
    text = (
        "Lord Fergus Haldane said the bill was rushed. Lord Haldane, a former judge, told "
        "peers the courts would be swamped."
    )
    doc = code_text(text, published="2004-12-10")
    graph = {e.canonical for e in entity_graph(doc) if e.canonical and "Haldane" in e.canonical}
    assert _entity_of(doc, text.index("Fergus")) == _entity_of(doc, text.index("Haldane, a")), (
        graph,
        [(m.text, m.entity, m.rule) for m in doc.mentions],
    )


def test_the_peers_entity_is_named_in_his_style(code_text):
    doc = code_text(TEXT, published="2004-12-10")
    peer = _entity_of(doc, TEXT.index("Haldane of Fenwick"))
    names = {m.canonical for m in doc.mentions if m.entity == peer}
    assert names == {"Lord Haldane of Fenwick"}, names
