"""Capabilities and assaults on institutions (issue #9 verbal20), on sentences written for the
tests: a missile "capable of hitting" a country, or the "ability to strike" it, is no attack that
happened; an assault "launched on" the free press or a watchdog's independence is criticism
(111); armed attacks, launched or struck, stay 19x."""

from __future__ import annotations

import pytest
from event_views import triggered_dyads

from redline.events.senses import SenseObject, check_sense

pytestmark = pytest.mark.model

VIOLENT = ("18", "19", "20")


def test_a_capability_is_no_attack():
    able = SenseObject(capability="capable", sentence="a missile capable of hitting japan.")
    assert check_sense("hit", "190", "a missile", True, obj=able)[0] is None
    done = SenseObject(sentence="the missile hit a fishing boat off japan.")
    assert check_sense("hit", "190", "the missile", True, obj=done) == ("190", "")


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        ("Iran is testing a ballistic missile capable of striking Israel, officials said.", False),
        ("Pyongyang is a year away from the ability to hit Guam with a warhead.", False),
        ("Syrian government jets struck the rebel-held town of Douma on Sunday, killing 12.", True),
        ("Russia launched an assault on the city of Bakhmut with artillery and tanks.", True),
    ],
)  # fmt: skip
def test_capabilities_are_no_attack_and_armed_attacks_stay_violent(code_all, text, violent):
    doc = code_all(text)
    assert any(e.root_code in VIOLENT for e in doc.events) == violent, triggered_dyads(doc)


def test_an_assault_launched_on_an_institution_is_criticism(code_all):
    doc = code_all(
        "The Mexican president has launched an all-out assault on the independence of the "
        "electoral institute, opposition senators said."
    )
    assert not any(e.root_code in VIOLENT for e in doc.events), triggered_dyads(doc)


def test_a_police_raid_on_a_home_is_a_seizure_and_an_armed_raid_stays_force(code_all):
    for text in (
        "Federal agents raided the Chicago home of the former city treasurer.",
        # verbal19 had this one stay 19; the document gold codes police raids 171 / 1711
        "Police raided the offices of the opposition party in Minsk.",
    ):
        doc = code_all(text)
        assert any(e.code == "171" for e in doc.events), triggered_dyads(doc)
        assert not any(e.root_code in VIOLENT for e in doc.events), triggered_dyads(doc)
    armed = code_all("Israeli troops raided a village near Nablus, killing two gunmen.")
    assert any(e.root_code in VIOLENT for e in armed.events), triggered_dyads(armed)
