"""A sentence with its parse given by hand: the one helper for tests that build a spaCy ``Doc``
from words, heads, dependency labels and tags, so a rule is tested on the shape the parser gives
inside an article whatever it gives the sentence alone."""

from __future__ import annotations

from typing import Any

# the coarse part of speech of a fine tag, where a test gives tags and no ``pos``; any other tag
# (punctuation, quotes) is PUNCT
TAG_POS = {
    "NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VB": "VERB", "VBD": "VERB",
    "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX", "DT": "DET",
    "JJ": "ADJ", "RB": "ADV", "IN": "ADP", "CC": "CCONJ", "PRP": "PRON", "PRP$": "PRON",
    "WP": "PRON",
}  # fmt: skip


def hand_parsed(
    words: list[str],
    heads: list[int],
    deps: list[str],
    *,
    nlp: Any = None,
    tags: list[str] | None = None,
    pos: list[str] | None = None,
    tag_pos: dict[str, str] | None = None,
    coarse: bool = True,
    lemmas: list[str] | None = None,
    ents: list[str] | None = None,
    one_sentence: bool = False,
):
    """The ``Doc`` of ``words`` with the given ``heads`` (absolute indices) and ``deps``, in
    ``nlp``'s vocabulary (a blank English one when None). ``pos`` is read from ``tags`` when not
    given (:data:`TAG_POS`, with ``tag_pos`` over it), unless ``coarse`` is False;
    ``one_sentence`` marks the first token alone as a sentence start."""
    import spacy
    from spacy.tokens import Doc

    vocab = (nlp if nlp is not None else spacy.blank("en")).vocab
    if pos is None and tags is not None and coarse:
        table = TAG_POS | (tag_pos or {})
        pos = [table.get(tag, "PUNCT") for tag in tags]
    extra: dict[str, Any] = {}
    if one_sentence:
        extra["sent_starts"] = [True] + [False] * (len(words) - 1)
    return Doc(
        vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
        ents=ents,
        **extra,
    )
