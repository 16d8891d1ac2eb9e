"""Word patterns made cheaper with the same answers (issue #9 speed53): a pre-check for a
case-blind search of a few words, and a flat alternation of words written as a trie."""

from __future__ import annotations

import re
from collections.abc import Iterable

from redline.nlp.parse import parse_cache

# The characters ``re.I`` matches with an ASCII letter other than by lower-casing, or whose
# lower case is longer (so that offsets in the lower-cased text would move): the dotted and the
# dotless i, the long s, the Kelvin sign (speed51's KIN_FOLD_UNSAFE; every code point is checked
# in tests/events/test_speed53.py).
FOLD_UNSAFE = "\u0130\u0131\u017f\u212a"

_LOWERED: list = parse_cache(None)  # (a text, its lower case or None, {words: those in it})


def lowered(text: str) -> str | None:
    """``text.lower()``, the same length and offsets as ``text``, or None when ``text`` holds a
    character of ``FOLD_UNSAFE``. Made once per text (a one-slot cache: the sentences of a
    document ask it of the same text); one read of ``_LOWERED[0]``, so that threads coding
    other texts cannot mix them."""
    return _lowered(text)[1]


def _lowered(text: str) -> tuple[str, str | None, dict[tuple[str, ...], tuple[str, ...]]]:
    cached = _LOWERED[0]
    if cached is None or cached[0] is not text:
        safe = not any(c in text for c in FOLD_UNSAFE)
        cached = _LOWERED[0] = (text, text.lower() if safe else None, {})
    return cached


def may_contain(text: str, words: Iterable[str], start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold one of ``words`` (lower-case ASCII) in any case:
    False only when the lower-cased text holds none of them there. A case-blind search
    (``re.I``) that finds a word (or a word beginning with one of ``words``) between ``start``
    and ``end`` finds it only where the lower-cased text has it, so a search asked only when this
    is True finds what it would always find; a text with a character of ``FOLD_UNSAFE`` is
    always True (the search is asked). The words the whole text holds are found once per text
    and tuple of ``words`` (most documents hold none of a rule's few words)."""
    _, low, present = _lowered(text)
    if low is None:
        return True
    words = tuple(words)
    held = present.get(words)
    if held is None:
        held = present[words] = tuple(w for w in words if w in low)
    stop = len(low) if end is None else end
    return any(low.find(word, start, stop) >= 0 for word in held)


def literal_trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (lower-case ASCII literals) as a trie: "premier",
    "president", "prime minister" as "pr(?:e(?:mier|sident)|ime\\ minister)". It matches what
    the alternation of the words longest first matches, with the same groups, also under
    ``re.I``: at one place only words along one path of the trie (each a prefix of the next) can
    match, and the trie tries the longer before the shorter, as that alternation does; no
    character matches two siblings, as none matches two distinct lower-case ASCII characters
    (under ``re.I`` neither). A flat alternation is tried word by word at every place a match
    may start; the trie reads each character once."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(c) + branch(below) for c, below in sorted(node.items()) if c]
        if "" in node:
            alternatives.append("")  # the shorter word last
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")"

    return branch(root)
