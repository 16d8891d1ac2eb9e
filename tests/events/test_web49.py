"""Web pages (issue #9, helper web49): a named actor between a verb of objecting, worrying or
warning and a gerund is the gerund's subject ("objected to Ukraine opening an investigation":
Ukraine opens it), where the parser hangs the gerund on the objecting verb. The sentences are
our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _offsets_hold(doc):
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "WASHINGTON (Reuters) - The envoy said he would have objected to Ukraine opening an"
            " investigation into Biden.",
            "opening",
            "UKR",
        ),
    ],
)
def test_the_actor_before_the_gerund_acts(code_all, text, trigger, source):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert found and all((e.source_actor or "").startswith(source) for e in found), events(doc)
    _offsets_hold(doc)


def test_a_place_travelled_to_is_no_gerund_subject(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The senator traveled to Beijing seeking a meeting with Chinese"
        " officials."
    )
    assert all(not (e.source_actor or "").startswith("CHN") for e in doc.events), events(doc)
    _offsets_hold(doc)


def _hand_doc(words, heads, deps, tags, ents):
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    for token in doc:
        token.lemma_ = token.text.lower()
    doc.ents = [Span(doc, i, i + 1, label) for i, label in ents]
    return doc


def test_the_gerund_subject_on_a_hand_built_parse():
    from redline.events.coding.sides import find_source

    # "Officials warned against Iran buying the missiles", the gerund hung on "warned"
    words = ["Officials", "warned", "against", "Iran", "buying", "the", "missiles"]
    doc = _hand_doc(
        words,
        heads=[1, 1, 1, 2, 1, 6, 4],
        deps=["nsubj", "ROOT", "prep", "pobj", "advcl", "det", "dobj"],
        tags=["NNS", "VBD", "IN", "NNP", "VBG", "DT", "NNS"],
        ents=[(3, "GPE")],
    )
    doc[1].lemma_ = "warn"
    doc[4].lemma_ = "buy"
    source, route = find_source(doc[4])
    assert source is not None and source.text == "Iran", route
    # "Officials traveled to Iran seeking talks": no verb of objecting, the travellers seek
    words = ["Officials", "traveled", "to", "Iran", "seeking", "talks"]
    doc = _hand_doc(
        words,
        heads=[1, 1, 1, 2, 1, 4],
        deps=["nsubj", "ROOT", "prep", "pobj", "advcl", "dobj"],
        tags=["NNS", "VBD", "IN", "NNP", "VBG", "NNS"],
        ents=[(3, "GPE")],
    )
    doc[1].lemma_ = "travel"
    source, route = find_source(doc[4])
    assert source is not None and source.text == "Officials", route
