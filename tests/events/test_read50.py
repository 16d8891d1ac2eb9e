"""What the lead saw reading unseen BBC business and technology stories in the fortieth round
(issue #9): "rejected a takeover offer from Deutsche Boerse" coded with no one rejected, and in
"an MEP warned that if the Commission ignored the request it would be an insult", the "it"
taken for the MEP, who became the target of his own criticism. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "The London Stock Exchange said on Monday it had rejected a takeover offer from "
            "Deutsche Boerse.",
            "rejected",
            "GBR",
            "DEU",
        ),
        (
            "Japan rejected a proposal from China for joint patrols in the disputed waters.",
            "rejected",
            "JPN",
            "CHN",
        ),
    ],
)
def test_rejecting_what_came_from_someone_rejects_them(code_text, text, trigger, source, target):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    event = events[0]
    assert event.code.startswith("12"), event
    assert (event.source_actor or "").startswith(source), event
    assert (event.target_actor or "").startswith(target), event
    assert doc.text[event.target_start : event.target_end] == event.target_text


def _parsed(nlp, words, heads, deps, tags, lemmas):
    from spacy.tokens import Doc

    pos = {"NNP": "PROPN", "NN": "NOUN", "VBD": "VERB", "VB": "AUX", "MD": "AUX", "DT": "DET",
           "IN": "SCONJ", "PRP": "PRON"}  # fmt: skip
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas,
               pos=[pos.get(t, "PUNCT") for t in tags])  # fmt: skip


@pytest.mark.parametrize(
    ("first", "sayer"),
    [
        # a titled name the tagger left untagged is a person's: "it" is not the sayer
        (["Green", "MEP", "Joost", "Lagendijk"], None),
        # a body is its own "it"
        (["The", "stock", "market", "operator"], "operator"),
    ],
)
def test_it_is_no_titled_speaker(nlp, first, sayer):
    from redline.events.arguments import _reporting_subject

    rest = ["warned", "that", "it", "would", "be", "an", "insult", "."]
    words = first + rest
    heads = [3, 3, 3, 4, 4, 8, 8, 8, 4, 10, 8, 4]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "mark", "nsubj", "aux",
            "ccomp", "det", "attr", "punct"]  # fmt: skip
    if first[0] == "The":
        deps[0] = "det"
    tags = ["NNP"] * 4 + ["VBD", "IN", "PRP", "MD", "VB", "DT", "NN", "."]
    if first[0] == "The":
        tags[:4] = ["DT", "NN", "NN", "NN"]
    lemmas = [w.lower() for w in first] + ["warn", "that", "it", "would", "be", "an", "insult", "."]
    doc = _parsed(nlp, words, heads, deps, tags, lemmas)
    found = _reporting_subject(doc[6])
    assert (found.text if found is not None else None) == sayer
