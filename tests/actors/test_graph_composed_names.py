"""Mention names of a text that prints accents as combining marks (NFD) come out composed (NFC),
while the mentions' text and offsets stay as printed. The sentences are our own."""

from __future__ import annotations

import unicodedata

import pytest

pytestmark = pytest.mark.model


def test_a_decomposed_name_gets_a_composed_canonical(code_text):
    text = (
        "MADRID (Reuters) - The mayor of Ca\u0301ceres, Jose\u0301 Rodri\u0301guez, said on "
        "Monday that the city would close the bridge. Rodri\u0301guez said the work would take "
        "a year."
    )
    doc = code_text(text, published="2021-05-03")
    accented = [m for m in doc.mentions if "\u0301" in m.text and m.canonical]
    assert accented, [(m.text, m.canonical) for m in doc.mentions]
    assert all(unicodedata.is_normalized("NFC", m.canonical) for m in accented)
    assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)
    named = [e for e in doc.entities if e.canonical and "\u0301" in e.text]
    assert all(unicodedata.is_normalized("NFC", e.canonical) for e in named)
