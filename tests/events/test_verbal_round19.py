"""Verbal "attacks" are criticism, armed ones force (issue #9 verbal19), on sentences written
for the tests: a politician who attacks, hits or targets someone with no weapon, troops or
casualties in the sentence criticises (111, the same actors); storms, bans, chambers retaken
and fights *for* something are no force at all; killings, air strikes, shelling and raids by
forces stay 18x/19x."""

from __future__ import annotations

import pytest
from event_views import dyads, triggered_dyads

from redline.events.senses import SenseObject, check_sense

pytestmark = pytest.mark.model

VIOLENT = ("18", "19", "20")


def test_a_government_attack_with_no_arms_named_is_criticism():
    gov = SenseObject(roles=frozenset({"GOV", "person"}), sentence="trump attacked the agency.")
    assert check_sense("attack", "190", "Trump", True, obj=gov)[0] == "111"
    armed = SenseObject(
        roles=frozenset({"GOV"}), sentence="the president attacked the base with missiles."
    )
    assert check_sense("attack", "190", "the president", True, obj=armed) == ("190", "")
    threat = SenseObject(
        roles=frozenset({"GOV"}), sentence="he threatened to attack.", governed=True
    )
    assert check_sense("attack", "190", "he", True, obj=threat) == ("190", "")
    # a military, a country or an armed group is no verbal attacker
    army = SenseObject(roles=frozenset({"MIL", "country"}), sentence="the army attacked the town.")
    assert check_sense("attack", "190", "the army", True, obj=army) == ("190", "")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Trump attacked the Justice Department in a late-night post on Thursday.", "USA"),
        ("The president's continued attacks on the press have alarmed newspaper editors.", None),
        ("Senate Democrats hit the Treasury secretary over the tax plan on Tuesday.", "USALEG"),
        ("The Brazilian president attacked his rival's record on crime during the debate.", "BRA"),
        ("Macron attacked Le Pen in a televised debate on Wednesday.", "FRAGOV"),
        ("The Turkish president attacked Sweden's government for allowing the protest.", "TUR"),
    ],
)
def test_verbal_attacks_are_recoded_as_criticism_with_the_same_actors(code_all, text, source):
    doc = code_all(text)
    criticism = [e for e in doc.events if e.code == "111"]
    assert criticism, triggered_dyads(doc)
    assert not any(e.root_code in VIOLENT for e in doc.events), triggered_dyads(doc)
    if source is not None:
        assert (criticism[0].source_actor or "").startswith(source), triggered_dyads(doc)


def test_an_attacked_rival_keeps_its_actor_as_target(code_all):
    doc = code_all("Macron attacked Le Pen in a televised debate on Wednesday.")
    assert ("FRAGOV", "111", "FRAOPP", "attacked") in triggered_dyads(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Democrats could retake the House of Representatives next year.",
        "Hurricane Maria struck Puerto Rico in September 2017.",
        "A federal court blocked the travel ban targeting six Muslim-majority countries.",
        "She has fought for civil rights for forty years.",
        "The bill was passed by the Senate but killed by the House.",
        "The senator is fighting to ensure that the rule stays in place.",
        "Congress hit new obstacles on Thursday as two senators demanded changes.",
        "Aid was sent after the 2010 earthquake killed some 300,000 people.",
        "He spent $5 million on a house in the Hamptons, shelling out $820,000 for landscaping.",
    ],
)
def test_figurative_fights_strikes_and_takes_are_no_force(code_all, text):
    doc = code_all(text)
    assert not any(e.root_code in VIOLENT for e in doc.events), triggered_dyads(doc)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("United States military forces killed Qasem Soleimani in a drone strike on Friday.",
         "19", "USAMIL"),
        ("Russian jets struck rebel positions in Idlib province overnight.", "19", "RUSMIL"),
        ("Israeli artillery shelled the outskirts of Gaza City on Monday.", "19", "ISRMIL"),
        ("Government troops fought Islamic State militants near Mosul.", "19", None),
        ("Houthi rebels attacked a Saudi oil tanker in the Red Sea.", "19", "YEMREB"),
    ],
)  # fmt: skip
def test_armed_attacks_killings_and_shelling_stay_force(code_all, text, root, source):
    doc = code_all(text)
    force = [e for e in doc.events if e.root_code == root]
    assert force, triggered_dyads(doc)
    if source is not None:
        assert (force[0].source_actor or "").startswith(source), triggered_dyads(doc)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a threat or an intent to fight is no criticism, nor dropped for want of a target
        ("Trump has threatened to attack North Korea.", ("USA", "138", "PRK")),
        ("Ethnic Albanians have sworn to fight until they gain control of the villages.",
         ("ALB", "1384", None)),
    ],
)  # fmt: skip
def test_threatened_and_sworn_attacks_stay_threats_and_intents(code_all, text, wanted):
    doc = code_all(text)
    assert wanted in dyads(doc), triggered_dyads(doc)
    assert not any(e.code == "111" for e in doc.events), triggered_dyads(doc)


def test_under_attack_from_politicians_is_criticism_of_whoever_is_under_it(code_all):
    doc = code_all(
        "Technology companies are under attack from U.S. lawmakers for failing to stem the "
        "spread of propaganda on their platforms."
    )
    assert any(
        e.code == "111" and e.source_actor == "USALEG" and (e.target_actor or "").endswith("BUS")
        for e in doc.events
    ), triggered_dyads(doc)


def test_under_attack_from_armed_men_is_force(code_all):
    doc = code_all("A U.S. patrol came under attack from Islamic State near the Syrian border.")
    assert any(
        e.root_code == "19" and e.source_actor == "IMGMUSISI" and e.target_actor == "USA"
        for e in doc.events
    ), triggered_dyads(doc)
    assert not any(e.code == "111" for e in doc.events), triggered_dyads(doc)


def test_an_armed_actor_who_is_a_person_attacks_with_arms():
    # a general is a person and an embassy's country a government: the source's MIL role wins
    general = SenseObject(
        roles=frozenset({"IRN", "MIL", "person", "target:USA", "target:GOV"}),
        sentence="general soleimani also approved the attacks on the u.s. embassy in baghdad.",
    )
    assert check_sense("attack", "190", "General Soleimani", True, obj=general) == ("190", "")


def test_a_generals_approved_attacks_on_an_embassy_stay_force(code_all):
    doc = code_all(
        "Russian General Valery Gerasimov approved the attacks on the Ukrainian embassy "
        "in Minsk last week, officials in Kyiv said."
    )
    assert not any(e.code == "111" for e in doc.events), triggered_dyads(doc)
