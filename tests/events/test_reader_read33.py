"""Wrong outputs read on twelve unseen BBC and Wikinews articles (issue #9 read33, session 26),
fixed for the phrasing: a company's "arm" sold is a division, no weapons (only "arms" are);
a warning about another's attacks, with no clause of what the warner will do, threatens no
force and warns the one it names; a participle the parser hung on the place after a poster or a
billboard ("unveiled a billboard opposite the Palace ... accusing ...") speaks for whoever put the
display up, not for the place. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (Reuters) - The Kremlin sold the bank's investment arm to a state-owned rival "
        "last year.",
        "BERLIN (Reuters) - Germany sold its retail arm to a French group in 2019.",
    ],
)
def test_a_company_arm_sold_is_no_weapon(code_all, text):
    doc = code_all(text)
    assert not any(e.code.startswith("07") for e in by_trigger(doc, "sold")), events(doc)


def test_arms_sold_stay_military_aid(code_all):
    doc = code_all("MOSCOW (Reuters) - Russia sold arms to Iran last year, officials said.")
    assert [(e.code, e.source_actor, e.target_actor) for e in by_trigger(doc, "sold")] == [
        ("072", "RUS", "IRN")
    ], events(doc)


@pytest.mark.parametrize(
    "text, target",
    [
        (
            "MOSCOW (Reuters) - The Kremlin warned Kyiv over its drone attacks on Russian "
            "refineries.",
            "UKR",
        ),
        (
            "TEL AVIV (Reuters) - The shareholders have warned the Israeli government about its "
            "repeated attacks on the company.",
            "ISRGOV",
        ),
    ],
)
def test_a_warning_about_attacks_threatens_no_force(code_all, text, target):
    doc = code_all(text)
    assert [(e.code, e.target_actor) for e in by_trigger(doc, "warned")] == [("130", target)], (
        events(doc)
    )


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (Reuters) - Putin warned that Russia would attack Ukraine if provoked.",
        "TEHRAN (Reuters) - Iran warned Israel of a military response.",
    ],
)
def test_a_warning_of_ones_own_force_stays_a_threat(code_all, text):
    doc = code_all(text)
    assert [e.code for e in by_trigger(doc, "warned")] == ["138"], events(doc)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "PARIS (Reuters) - Greenpeace put up a banner opposite the Elysee Palace accusing "
            "France of betraying the climate accord.",
            "NGOENV",
        ),
        (
            "WASHINGTON (Reuters) - Demonstrators waved placards outside the White House "
            "accusing Trump of betraying the Kurds.",
            "USACVL",
        ),
    ],
)
def test_a_display_speaks_for_who_put_it_up(code_all, text, source):
    doc = code_all(text)
    assert [e.source_actor for e in by_trigger(doc, "accusing")] == [source], events(doc)


def test_protesters_outside_a_building_still_demand(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Protesters gathered outside the Kremlin demanding the release of "
        "Navalny."
    )
    assert [e.source_actor for e in by_trigger(doc, "demanding")] == ["RUSCVL"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "ORLANDO (Reuters) - The school choir had been travelling from Ohio to Walt Disney World "
        "when the bus crashed.",
        "ORLANDO (Reuters) - A Baptist youth group had been driving from Texas to Walt Disney "
        "World for a week of rides.",
    ],
)
def test_a_private_trip_to_a_business_is_no_visit(code_all, text):
    doc = code_all(text)
    assert not any(e.root_code == "04" for e in doc.events), events(doc)


def test_an_official_at_a_business_still_visits(code_all):
    doc = code_all("HOUSTON (Reuters) - Tillerson travelled to ExxonMobil headquarters in Texas.")
    assert [e.code for e in by_trigger(doc, "travelled")] == ["042"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "ROME (Reuters) - The opposition had hoped that the president would veto the bill.",
        "MANILA (Reuters) - Rights groups had been hoping that the leaders at the summit would "
        "raise the fate of the detainees.",
    ],
)
def test_a_hope_in_the_past_perfect_appeals_to_no_one(code_all, text):
    doc = code_all(text)
    assert not any(e.root_code == "02" for e in doc.events), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WARSAW (Reuters) - The minister said she hoped the Polish government would reconsider.",
        '"I\'d hope the Senate will act on this quickly," the senator said.',
    ],
)
def test_a_hope_told_now_still_appeals(code_all, text):
    doc = code_all(text)
    assert any(e.code == "020" for e in doc.events), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Charities welcomed the cap on the number of betting shops.",
        "LONDON (Reuters) - The British Medical Association welcomed the new waiting-time targets.",
    ],
)
def test_a_measure_welcomed_is_approval_not_hosting(code_all, text):
    doc = code_all(text)
    found = by_trigger(doc, "welcomed")
    assert found and all(e.code == "051" for e in found), events(doc)


def test_a_leader_welcomed_is_still_hosted(code_all):
    doc = code_all("DUBLIN (Reuters) - The Irish president welcomed the Chinese premier to Dublin.")
    assert "043" in [e.code for e in by_trigger(doc, "welcomed")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK (Reuters) - A year ago Citigroup beat Standard Chartered to buy a Korean bank.",
        "TOKYO (Reuters) - Volkswagen beat Toyota to become the world's biggest carmaker last "
        "year.",
    ],
)
def test_a_firm_beating_a_firm_is_no_assault(code_all, text):
    doc = code_all(text)
    assert not any(e.root_code == "18" for e in doc.events), events(doc)


def test_police_beating_protesters_stays_an_assault(code_all):
    doc = code_all(
        "MINSK (Reuters) - Police beat the protesters with batons outside the parliament."
    )
    assert [e.code for e in by_trigger(doc, "beat")] == ["182"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Barclays' sale of new shares contributed to the FTSE 100's 0.3% "
        "decline.",
        "SEOUL (Reuters) - The student's death complicated the talks as it contributed to a "
        "chilling of U.S.-North Korean relations.",
    ],
)
def test_contributing_to_a_fall_is_no_cooperation(code_all, text):
    doc = code_all(text)
    assert not by_trigger(doc, "contributed"), events(doc)


def test_contributing_to_peace_efforts_stays_cooperation(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japan said it was ready to contribute to the peace efforts in Ukraine."
    )
    assert by_trigger(doc, "contribute"), events(doc)
