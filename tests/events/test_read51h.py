"""Business news read unseen (issue #9, helper read51h): federal agents are law enforcement, so
the raid or arrest they make has a source; a firm that takes or raises a stake in another
cooperates with it economically. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events, offsets_hold

pytestmark = pytest.mark.model


# -- "federal agents raided the firm's offices": the agents are police (COP) ------------------


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        (
            "Federal agents arrested the former finance chief of a Houston pipeline company at"
            " his home on Wednesday.",
            "arrested",
            "173",
        ),
        (
            "Federal agents detained two bankers at Miami airport on Monday over a money"
            " laundering scheme, prosecutors said.",
            "detained",
            "173",
        ),
    ],
)
def test_federal_agents_are_police(code_text, text, trigger, code):
    doc = code_text(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert any(e.code == code and e.source_actor == "USACOP" for e in found), events(doc)
    offsets_hold(doc)


def test_a_sports_agent_stays_no_police(code_text):
    doc = code_text("The striker's agent said on Friday that he would stay in Madrid next season.")
    assert all("COP" not in (e.source_actor or "") for e in doc.events), events(doc)


# -- "took a 10% stake in Britain's Barclays": cooperation with the firm the stake is in (061) --


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "A Qatari sovereign fund took a 10% stake in Britain's Barclays last year, the bank"
            " said.",
            "took",
            "QAT",
            "GBR",
        ),
        (
            "Germany's Siemens has raised its stake in French engineering group Alstom to 30%,"
            " the company said on Monday.",
            "raised",
            "DEU",
            "FRA",
        ),
    ],
)
def test_taking_a_stake_is_economic_cooperation(code_text, text, trigger, source, target):
    doc = code_text(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert any(
        e.code == "061"
        and (e.source_actor or "").startswith(source)
        and (e.target_actor or "").startswith(target)
        for e in found
    ), events(doc)
    offsets_hold(doc)


def test_taking_a_firm_to_court_is_no_purchase(code_text):
    doc = code_text("Australia's competition regulator took the airline to court in March.")
    assert all(e.code != "061" for e in doc.events), events(doc)


# -- "called for reform of the World Bank": the appeal is to whom the reform is of --------------


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "Brazil's finance minister called for reform of the World Bank at a meeting in"
            " Washington on Saturday.",
            "024",
            "BRA",
            "IGO",
        ),
        (
            "Lithuania's foreign minister called for the resignation of Belarus's interior"
            " minister after the crackdown.",
            "0241",
            "LTU",
            "BLR",
        ),
    ],
)
def test_an_appeal_for_reform_of_someone_is_to_them(code_text, text, code, source, target):
    doc = code_text(text)
    found = [e for e in doc.events if e.trigger_text == "called"]
    assert any(
        e.code == code
        and (e.source_actor or "").startswith(source)
        and (e.target_actor or "").startswith(target)
        for e in found
    ), events(doc)
    offsets_hold(doc)


# -- "a takeover offer from Kraft Heinz ... Unilever dismissed the offer": its maker -----------


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Britain's Unilever received a takeover offer from US food group Kraft Heinz on"
            " Friday. Unilever dismissed the offer as far too low.",
            "dismissed",
            "GBR",
            "USA",
        ),
        (
            "The Canadian government received an offer from China's CNOOC for the oil sands"
            " project. Ottawa dismissed the offer on Friday.",
            "dismissed",
            "CAN",
            "CHN",
        ),
        (
            "France's Euronext made a bid for Italy's Borsa Italiana in May. Borsa Italiana"
            " rejected the bid on Friday.",
            "rejected",
            "ITA",
            "FRA",
        ),
    ],
)
def test_an_offer_told_before_is_its_makers(code_text, text, trigger, source, target):
    doc = code_text(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert any(
        e.code.startswith("12")
        and (e.source_actor or "").startswith(source)
        and (e.target_actor or "").startswith(target)
        for e in found
    ), events(doc)
    offsets_hold(doc)
