"""Business news read unseen (lead's read51): a name ending in a firm's trade word ("Seibu
Railways", "Mitsubishi Motors") or an airline's "Air X" is a body whatever the recogniser
tagged, never the "he" of the next sentence; "Steel" heads a body only in a name the
recogniser tagged as one ("David Steel" stays a person)."""

from __future__ import annotations

import pytest

from redline.actors.tag import organisation_headed


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Seibu Railways", "PERSON"),
        ("Hanjin Motors", "PERSON"),
        ("Reliance Industries", "PERSON"),
        ("Air Deccan", "PERSON"),
        ("Air Canada", "ORG"),
        ("Nippon Steel", "ORG"),
        ("Bharti Telecom", "PERSON"),
    ],
)
def test_a_trade_word_or_air_heads_a_body(name, label):
    assert organisation_headed(name, label)


@pytest.mark.parametrize(
    ("name", "label"),
    [("David Steel", "PERSON"), ("Airey Neave", "PERSON"), ("Yoshiaki Tsutsumi", "PERSON")],
)
def test_a_person_stays_a_person(name, label):
    assert not organisation_headed(name, label)
