"""Wrong outputs read on twelve more unseen BBC articles (issue #9 read25, session 23), fixed
for the phrasing: appreciating a worry is no praise, a challenge to act is a demand of the one
challenged (not that one's act, nor the challenger's), and a crackdown on a habit or nuisance is
no repression. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import coded_pairs, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - The British transport secretary said he appreciated commuters' "
        "concerns but would not delay the fare rise.",
        "PARIS (Reuters) - The French farm minister said she appreciated the difficulties "
        "German dairy farmers faced this winter.",
        "MADRID (Reuters) - Spain's prime minister said he fully appreciated the strength of "
        "feeling among Catalan voters.",
    ],
)
def test_appreciating_a_worry_praises_no_one(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "051"], events(doc)


def test_appreciating_support_still_praises(code_all):
    doc = code_all(
        "BERLIN (Reuters) - The German chancellor said she appreciated France's support in "
        "the budget talks."
    )
    assert ("DEU", "FRA") in coded_pairs(doc, "051"), events(doc)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "LONDON (Reuters) - Opposition leader Jeremy Corbyn challenged the British prime "
            "minister to deny reports that she had ignored the warnings.",
            ("GBR", "GBR"),
        ),
        (
            "ANKARA (Reuters) - Turkey's foreign minister challenged Greece to withdraw its "
            "troops from the islands.",
            ("TUR", "GRC"),
        ),
        (
            "NEW DELHI (Reuters) - India's defence minister dared Pakistan to release the "
            "captured pilots.",
            ("IND", "PAK"),
        ),
    ],
)
def test_a_challenge_to_act_is_a_demand_of_the_one_challenged(code_all, text, pair):
    doc = code_all(text)
    demands = [e for e in doc.events if e.code.startswith("10")]
    assert demands, events(doc)
    assert pair in [((e.source_actor or "")[:3], (e.target_actor or "")[:3]) for e in demands]
    # the act dared is not coded as done (a denial, a withdrawal, a release) by anyone
    assert not [e for e in doc.events if e.code in ("016", "0874", "0841")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - The British education secretary announced a crackdown on truancy, "
        "with parents facing fines.",
        "LONDON (Reuters) - British ministers cracked down on binge drinking in town centres on "
        "Monday.",
        "DUBLIN (Reuters) - The Irish government launched a crackdown on anti-social behaviour "
        "on public transport.",
        "SINGAPORE (Reuters) - Singapore's government stepped up its crackdown on smoking in "
        "public places.",
    ],
)
def test_a_crackdown_on_a_habit_is_no_repression(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith("17")], events(doc)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "CAIRO (Reuters) - Egypt's government launched a crackdown on opposition journalists "
            "on Sunday.",
            ("EGY", "EGY"),
        ),
        (
            "LONDON (Reuters) - British police cracked down on drug gangs in the capital on "
            "Monday.",
            ("GBR", "GBR"),
        ),
    ],
)
def test_a_crackdown_on_people_stays_repression(code_all, text, pair):
    doc = code_all(text)
    assert pair in coded_pairs(doc, "175"), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The U.S. Treasury secretary acknowledged on Tuesday that the "
        "Federal Reserve had raised rates faster than expected.",
        "LONDON (Reuters) - The British foreign secretary admits the Irish government is on the "
        "right track on the border.",
        "PARIS (Reuters) - The French president acknowledged the thanks he received from the "
        "freed hostages.",
    ],
)
def test_a_fact_about_another_owned_up_to_is_no_admission(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "015"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - The British defence secretary acknowledged he had misled "
        "parliament over the contract.",
        "WASHINGTON (Reuters) - The U.S. senator admitted that his office had settled a "
        "complaint with a former aide.",
    ],
)
def test_owning_up_to_ones_own_deed_stays_an_admission(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "015"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN (Reuters) - The German chancellor backed out of the gas deal with Russia on "
        "Monday.",
        "LONDON (Reuters) - A new book says the British prime minister upset his chancellor by "
        "backing out of a pledge to stand aside.",
    ],
)
def test_backing_out_of_a_deal_supports_no_one(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "051"], events(doc)


def test_backing_a_proposal_still_supports(code_all):
    doc = code_all("BERLIN (Reuters) - The German chancellor backed the French proposal on Monday.")
    assert ("DEU", "FRA") in coded_pairs(doc, "051"), events(doc)


@pytest.mark.parametrize(
    "text, code",
    [
        (
            'BEIJING (Reuters) - "We will never allow Chinese cities to be threatened with '
            'invasion," the Chinese defence minister said.',
            "13",
        ),
        (
            "MOSCOW (Reuters) - Russia's foreign minister said Moscow would not allow its "
            "diplomats to be expelled without a response.",
            "16",
        ),
    ],
)
def test_who_allows_a_passive_act_does_not_do_it(code_all, text, code):
    doc = code_all(text)
    doers = [e.source_actor for e in doc.events if e.code.startswith(code)]
    assert not [a for a in doers if a and a[:3] in ("CHN", "RUS")], events(doc)


def test_a_passive_act_keeps_its_by_phrase(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russia's foreign minister said Moscow would not allow its "
        "diplomats to be expelled by Britain."
    )
    assert [e for e in doc.events if e.code == "166" and e.source_actor == "GBR"], events(doc)


def test_the_means_of_a_threat_is_not_its_target(code_all):
    doc = code_all(
        "SEOUL (Reuters) - The U.S. president threatened to use America's full military power "
        "against North Korea."
    )
    threats = [e for e in doc.events if e.code.startswith("13")]
    assert threats and all((e.target_actor or "")[:3] != "USA" for e in threats), events(doc)
    assert ("USA", "PRK") in [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3]) for e in threats
    ]


def test_a_threat_to_use_force_naming_no_one_has_no_target(code_all):
    doc = code_all(
        "SEOUL (Reuters) - The U.S. president threatened to use America's full military power."
    )
    threats = [e for e in doc.events if e.code.startswith("13")]
    assert all((e.target_actor or "")[:3] != "USA" for e in threats), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK (Reuters) - Federal prosecutors said on Thursday they would not charge the "
        "New York mayor.",
        "MOSCOW (Reuters) - The Kremlin said on Friday Russia would not attack Ukraine.",
    ],
)
def test_a_force_or_charge_ruled_out_is_no_threat(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith("13")], events(doc)


def test_not_hesitating_to_attack_stays_a_threat(code_all):
    doc = code_all(
        "TEHRAN (Reuters) - Iran will not hesitate to attack Israel, its army chief said."
    )
    assert ("IRN", "ISR") in coded_pairs(doc, "1384"), events(doc)
