"""The lean inference forward (``[pipeline] lean_inference``) frees the networks' arrays sooner
and changes nothing they compute (issue #11: the long-article memory peak)."""

from __future__ import annotations

import numpy

from redline.nlp import load_model
from redline.nlp.lean import _inference_chain_forward, lean_inference

FIELDS = (
    "pos_",
    "tag_",
    "morph",
    "lemma_",
    "dep_",
    "head",
    "ent_iob_",
    "ent_type_",
    "is_sent_start",
)

# News-like paragraphs of my own, long enough for many windows of the token-to-vector layers.
TEXT = (
    "The finance minister said on Monday that the government would cut fuel subsidies by half, "
    "a move the opposition called reckless.\n\n"
    "Thousands of protesters gathered outside parliament in the capital, where police fired tear "
    'gas after some threw stones, witnesses told reporters. "We will not accept this," said '
    "Maria Lopez, a teacher who joined the march.\n\n"
    "The International Monetary Fund, which lent the country $3 billion last year, welcomed the "
    "plan but urged talks with unions before it takes effect in March."
)


def _annotations(doc) -> list[tuple]:
    return [
        tuple(str(getattr(t, f).i if f == "head" else getattr(t, f)) for f in FIELDS) for t in doc
    ]


def test_lean_forward_gives_the_same_parse_and_tensor():
    plain = load_model(None, fast_rules=True, lean=False)
    lean = load_model(None, fast_rules=True, lean=True)
    assert plain is not lean
    texts = [TEXT, TEXT * 3, "Officials said nothing."]
    for a, b in zip(plain.pipe(texts), lean.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents
        ]
        assert numpy.array_equal(a.tensor, b.tensor)


def test_lean_inference_patches_every_chain_once():
    lean = load_model(None, fast_rules=True, lean=True)
    chains = [
        node
        for _, proc in lean.pipeline
        if hasattr(proc, "model")
        for node in proc.model.walk()
        if node._func is _inference_chain_forward
    ]
    assert chains
    assert lean_inference(lean) == 0  # nothing left to change
