"""A person whose name holds a country or a capital is not that place ("Chad Wolf", "Jordan
Peterson", "Sudesh Amman"), for the entities and for event arguments alike; a place the
recogniser took for a person is still the place."""

from __future__ import annotations

import redline

STABBING = (
    "LONDON (Reuters) - British police said on Sunday that Sudesh Amman, who stabbed two people in "
    "south London before he was shot dead by officers, had been released from prison last month. "
    "Police arrested Sudesh Amman in 2018 over terrorism offences, and a court jailed him."
)


def _code(text: str):
    return redline.code_text(text, published="2020-02-02")


def test_person_named_after_a_capital_is_not_its_country():
    doc = _code(STABBING)
    amman = [e for e in doc.entities if e.text == "Sudesh Amman"]
    assert amman and all(e.actor != "JOR" for e in amman)
    assert not any("JOR" in (e.source_actor or "") + (e.target_actor or "") for e in doc.events)
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text


def test_person_named_after_a_country_is_not_its_country():
    doc = _code("Jordan Peterson criticized the Canadian government on Tuesday.")
    assert [e.actor for e in doc.entities if e.text == "Jordan Peterson"] == [None]
    assert not any(e.source_actor == "JOR" for e in doc.events)
    doc = _code("Acting Homeland Security Secretary Chad Wolf said Mexico must do more.")
    assert not any((e.source_actor or "").startswith("TCD") for e in doc.events)


def test_country_names_still_name_countries():
    doc = _code("Jordan criticized Israel on Tuesday over the raid in Jerusalem.")
    assert [(e.root_code, e.source_actor, e.target_actor) for e in doc.events] == [
        ("11", "JOR", "ISR")
    ]
