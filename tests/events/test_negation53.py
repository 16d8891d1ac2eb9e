"""Negated and denied acts, issue #9 negation53 (item 7, hypotheticals and modality): an act a
speaker says was not done accuses no one of it; said on the doer's behalf it is the doer's
denial (016, guideline §19.2). Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import offsets_hold, seen

pytestmark = pytest.mark.model


def _root(doc, root: str) -> list:
    return [e for e in doc.events if e.root_code == root]


def test_negation53_lawyer_denies_the_violation_for_his_client(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Former campaign chairman John Halloway did not violate the "
        "court's gag order when he wrote an article about his work abroad, his defense lawyer "
        "Peter Markson argued in a filing on Thursday."
    )
    assert not _root(doc, "11"), seen(doc)
    denials = [e for e in doc.events if e.code == "016"]
    assert denials and "negation53" in (denials[0].rule or ""), seen(doc)
    assert not denials[0].negated, seen(doc)  # the denial is asserted; its content negates
    assert (denials[0].source_actor or "")[:3] == "USA", seen(doc)
    offsets_hold(doc)


def test_negation53_no_evidence_of_collusion_is_no_accusation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - There is no evidence that the Trump campaign colluded with "
        "the Russian government, the attorney for a former campaign adviser said on Monday."
    )
    assert not _root(doc, "11"), seen(doc)
    offsets_hold(doc)


def test_negation53_third_party_clearing_is_no_accusation(code_all):
    doc = code_all(
        "VIENNA (Reuters) - The U.N. nuclear watchdog said on Friday that Iran did not violate "
        "the 2015 nuclear deal."
    )
    assert not [e for e in _root(doc, "11") if (e.target_actor or "")[:3] == "IRN"], seen(doc)
    offsets_hold(doc)


def test_negation53_asserted_violation_is_still_an_accusation(code_all):
    doc = code_all(
        "VIENNA (Reuters) - The U.N. nuclear watchdog said on Friday that Iran violated the "
        "2015 nuclear deal."
    )
    accused = [e for e in _root(doc, "11") if (e.target_actor or "")[:3] == "IRN"]
    assert accused and not accused[0].negated, seen(doc)
    offsets_hold(doc)


def test_negation53_evidence_found_is_still_an_accusation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Mark Warner said on Tuesday there was clear evidence "
        "that Russia interfered in the election."
    )
    accused = [e for e in _root(doc, "11") if (e.target_actor or "")[:3] == "RUS"]
    assert accused, seen(doc)
    offsets_hold(doc)


def test_negation53_government_denies_for_its_country(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow had "
        "never interfered in the U.S. election."
    )
    assert not _root(doc, "11"), seen(doc)
    assert [e for e in doc.events if e.code == "016"], seen(doc)
    offsets_hold(doc)


def test_negation53_act_under_no_evidence_is_flagged_negated(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Pentagon said on Monday it had found no evidence that Iran "
        "attacked the tanker in the Gulf of Oman."
    )
    attacks = [e for e in _root(doc, "19") if (e.source_actor or "")[:3] == "IRN"]
    assert attacks and all(e.negated for e in attacks), seen(doc)
    assert "negation53" in (attacks[0].rule or ""), seen(doc)
    offsets_hold(doc)


def test_negation53_act_under_evidence_found_stays_asserted(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Pentagon said on Monday it had found evidence that Iran "
        "attacked the tanker in the Gulf of Oman."
    )
    attacks = [e for e in _root(doc, "19") if (e.source_actor or "")[:3] == "IRN"]
    assert attacks and not any(e.negated for e in attacks), seen(doc)
    offsets_hold(doc)


def test_negation53_not_only_is_no_negation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Russia not only meddled in the election but also hacked the "
        "party's servers, the senator said."
    )
    accused = [e for e in _root(doc, "11") if (e.target_actor or "")[:3] == "RUS"]
    assert accused and not accused[0].negated, seen(doc)
    offsets_hold(doc)
