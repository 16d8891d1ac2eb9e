"""Recall, sixth round (issue #9 recalla): speech acts, judgements and investigations, each on a
sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_recalla_an_investigation_into_collusion_between_two_sides_targets_both(code_all):
    doc = code_all(
        "The inquiry by special counsel Robert Mueller into possible contacts between the "
        "Trump campaign and Russians has widened, officials said."
    )
    probes = [e for e in doc.events if e.trigger_text == "inquiry"]
    targets = {(e.target_actor or "")[:3] for e in probes}
    assert {"USA", "RUS"} <= targets, [e.rule for e in probes]
    assert any("party 'Russians'" in e.rule for e in probes)


def test_recalla_a_prosecutors_investigation_is_into_a_crime(code_all):
    doc = code_all("Federal prosecutors opened an investigation into the senator's campaign.")
    probe = next(e for e in doc.events if e.root_code == "09")
    assert probe.code == "091", probe.rule
    assert "investigated by law enforcement" in probe.rule


def test_recalla_a_committees_investigation_stays_090(code_all):
    doc = code_all("The Senate Intelligence Committee began an investigation into Russia's role.")
    probe = next(e for e in doc.events if e.root_code == "09")
    assert probe.code == "090", probe.rule


def test_recalla_sanctions_counted_by_a_package_take_who_agreed_on_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senators from both parties said on Tuesday they had agreed on "
        "a new package of sanctions on Iran."
    )
    sanction = next(e for e in doc.events if e.code == "163")
    assert (sanction.source_actor, sanction.target_actor) == ("USALEG", "IRN"), sanction.rule
    assert "agreed-on agree" in sanction.rule


def test_recalla_a_round_of_sanctions_takes_the_measure_nouns_owner(code_all):
    doc = code_all("Japan's latest round of sanctions on Iran took effect on Friday.")
    sanction = next(e for e in doc.events if e.code == "163")
    assert (sanction.source_actor, sanction.target_actor) == ("JPN", "IRN"), sanction.rule
