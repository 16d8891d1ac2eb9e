"""A person named by a surname that is also a nationality ("Sarah French", "Mike German") is that
person when named again, not the country (issue #9/#10, helper nameclash34). Sentences written
here in news phrasing."""

from __future__ import annotations

import redline


def _code(text: str):
    return redline.code_text(text, published="2005-02-10")


def _actors(doc) -> list[str]:
    return [a for e in doc.events for a in (e.source_actor or "", e.target_actor or "")]


def test_a_surname_said_again_is_not_the_country():
    doc = _code(
        "Liberal Democrat leader Mike German criticised the first minister on Tuesday. "
        "German accused the government of breaking its promises on waiting times."
    )
    assert not any(a.startswith("DEU") for a in _actors(doc)), [
        (e.source_text, e.source_actor, e.rule) for e in doc.events
    ]


def test_a_surname_of_an_unplaced_person_is_not_the_country():
    doc = _code(
        "Actress Sarah French met the prime minister in London on Monday. "
        "French later praised the government for its arts funding."
    )
    assert not any(a.startswith("FRA") for a in _actors(doc)), [
        (e.source_text, e.source_actor, e.rule) for e in doc.events
    ]


def test_the_nationality_word_still_names_the_country():
    doc = _code(
        "Mike German spoke in Cardiff on Monday. German officials criticised the British "
        "government over the trade deal."
    )
    assert any(e.source_actor and e.source_actor.startswith("DEU") for e in doc.events), [
        (e.source_text, e.source_actor, e.rule) for e in doc.events
    ]
