"""issue #9 relcl28: a passive participle describing a noun with no "by" phrase ("a lawmaker
arrested on Tuesday") tells an act done to the noun. The noun is the target; the source is the
court or police of the place on the participle or the dateline (as for an agentless passive
relative clause), and with neither no event is coded. The sentences are our own, in news
phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _coded(doc, trigger: str) -> list[tuple]:
    """(source, code, target) of the events at ``trigger``."""
    return [
        (e.source_actor, e.code, e.target_actor) for e in doc.events if e.trigger_text == trigger
    ]


def test_arrested_noun_is_the_target_of_the_police(code_text):
    doc = code_text(
        "ANKARA (Reuters) - A Turkish lawmaker arrested on Tuesday denied the charges against "
        "him, his party said."
    )
    assert ("TURCOP", "173", "TURLEG") in _coded(doc, "arrested"), events(doc)


def test_sentenced_noun_is_the_target_of_the_court(code_text):
    doc = code_text(
        "CAIRO (Reuters) - Two Egyptian activists sentenced to prison last year went on hunger "
        "strike on Monday."
    )
    assert ("EGYJUD", "116", "EGYOPP") in _coded(doc, "sentenced"), events(doc)


def test_the_place_on_the_participle_gives_the_authority(code_text):
    doc = code_text(
        "ANKARA (Reuters) - Turkey's foreign minister raised the case of Turkish citizens "
        "detained in Germany with his German counterpart."
    )
    coded = _coded(doc, "detained")
    assert coded and all(s.startswith("DEU") for s, _, _ in coded), events(doc)


def test_no_dateline_and_no_place_codes_nothing(code_text):
    doc = code_text(
        "Two Egyptian activists sentenced to prison last year went on hunger strike, their "
        "lawyer said."
    )
    assert _coded(doc, "sentenced") == [], events(doc)


def test_a_participle_with_a_by_phrase_keeps_its_agent(code_text):
    doc = code_text(
        "BEIRUT (Reuters) - A French aid worker detained by Iranian authorities last month will "
        "be freed, officials said."
    )
    coded = _coded(doc, "detained")
    assert coded and all(s.startswith("IRN") and t.startswith("FRA") for s, _, t in coded), events(
        doc
    )
