"""Roots, issue #9 roots52: the right trigger coded with the wrong CAMEO root (sentences written
for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import offsets_hold, seen

from redline.events.senses import load_senses

pytestmark = pytest.mark.model


def _seized(doc) -> list:
    return [e for e in doc.events if e.trigger_text in ("seized", "pounced")]


# -- "seized on" / "pounced on" a rival's words is criticism (111), nothing confiscated ---------


def test_roots52_seized_on_remarks_is_criticism(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Democrats quickly seized on the senator's remarks about "
        "Medicare, saying they showed Republicans would cut the program."
    )
    seized = _seized(doc)
    assert seized and all(e.code == "111" for e in seized), seen(doc)
    assert not any(e.root_code == "17" for e in doc.events), seen(doc)
    offsets_hold(doc)


def test_roots52_pounced_on_comments_aims_at_their_owner(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republicans pounced on the governor's comments about taxes "
        "on Tuesday."
    )
    pounced = _seized(doc)
    assert pounced and pounced[0].code == "111", seen(doc)
    assert (pounced[0].source_actor or "")[:3] == "USA", seen(doc)
    assert (pounced[0].target_actor or "")[:3] == "USA", seen(doc)
    offsets_hold(doc)


def test_roots52_a_thing_seized_is_still_confiscated(code_all):
    # "on" after the object is a place or a day, not "seize on": the confiscation stays
    doc = code_all(
        "MIAMI (Reuters) - Police seized 200 kilograms of cocaine on a ship off the coast."
    )
    seized = _seized(doc)
    assert seized and all(e.code == "1711" for e in seized), seen(doc)
    doc = code_all(
        "DAMASCUS (Reuters) - Syrian government forces seized the last major city on one side "
        "of the border."
    )
    seized = _seized(doc)
    assert seized and all(e.code == "192" for e in seized), seen(doc)


def test_roots52_keep_next_word_is_read_from_the_data_file():
    rules = [r for r in load_senses() if "seize" in r.lemmas and "111" in r.codes]
    assert rules and rules[0].keep_next_word == ("on", "upon")
    assert rules[0].else_code == "1711"
