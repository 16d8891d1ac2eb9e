"""Business news read unseen (issue #9, helper read50h): a firm whose name ends in a plural
word ("... Motors", "... Systems") is the "it" of the next sentence, not the last firm the
book knows; suppliers, vendors and contractors are business; one that turns to a country or
the IMF for a loan or help asks it for aid; a firm pulling out of a contract reduces relations.
The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events, offsets_hold

pytestmark = pytest.mark.model


# -- "Hanjin Motors expects a loss. In March, it signed ...": it is Hanjin Motors -----------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "South Korean carmaker Hanjin Motors said on Monday it would supply engines to"
            " France's Renault. Hanjin Motors expects a loss for the year. In March, it signed a"
            " supply agreement with Toyota.",
            "KOR",
        ),
        (
            "German engineering group Krupp Systems agreed to build a plant for Peugeot last"
            " year. Krupp Systems has warned of lower profits. On Tuesday, it signed a deal with"
            " Japan's Toyota to make parts.",
            "DEU",
        ),
    ],
)
def test_it_goes_on_with_a_firm_whose_name_ends_in_a_plural(code_text, text, country):
    doc = code_text(text)
    signed = [e for e in doc.events if e.trigger_text == "signed"]
    assert signed, events(doc)
    assert all("FRA" not in (e.source_actor or "") + (e.target_actor or "") for e in signed), (
        events(doc)
    )
    assert any((e.source_actor or "").startswith(country) for e in signed), events(doc)
    offsets_hold(doc)


# -- firms named by their trade: suppliers, vendors, contractors are business -----------------


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "US prosecutors have charged six meat suppliers with helping a Chicago grocery chain"
            " hide losses. The US Justice Department said the suppliers signed false letters for"
            " the chain's auditors. A federal judge in Chicago will hear the case in May.",
            "charged",
            "USABUS",
        ),
        (
            "Two defence contractors were charged by US prosecutors in Virginia on Friday with"
            " bribing Pentagon officials. The Justice Department said the contractors paid the"
            " officials for years.",
            "charged",
            "USABUS",
        ),
        (
            "Brazilian police arrested three software vendors in Sao Paulo on Thursday over a"
            " bribery scheme. Brazil's federal police said the vendors paid city officials.",
            "arrested",
            "BRABUS",
        ),
    ],
)
def test_suppliers_vendors_and_contractors_are_business(code_text, text, trigger, target):
    doc = code_text(text)
    found = [e for e in doc.events if e.trigger_text == trigger and e.code.startswith("17")]
    assert found and all(e.target_actor == target for e in found), events(doc)
    offsets_hold(doc)


# -- "turned to the IMF for a loan": whom one turns to for aid is asked for it -----------------


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "Ghana had to turn to the International Monetary Fund for financial assistance in"
            " 2015, accepting strict spending limits.",
            "0231",
            "GHA",
            "IGOBUSIMF",
        ),
        (
            "Sri Lanka turned to India for loans to pay for fuel imports.",
            "0231",
            "LKA",
            "IND",
        ),
        (
            "Nicaragua turned to Russia for help after Washington cut its aid.",
            "023",
            "NIC",
            "RUS",
        ),
    ],
)
def test_turning_to_a_country_for_aid_asks_it(code_text, text, code, source, target):
    doc = code_text(text)
    found = [e for e in doc.events if e.trigger_text.startswith("turn")]
    assert any(
        e.code == code and e.source_actor == source and e.target_actor == target for e in found
    ), events(doc)
    offsets_hold(doc)


# -- a firm pulling out of a contract cuts ties (16), it does not retreat militarily (0874) -------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "An Italian builder pulled out of a $200m contract with Kenya's roads agency on"
            " Tuesday.",
            "ITA",
            "KEN",
        ),
        (
            "A Chinese engineering firm has pulled out of a deal with Nepal's power authority to"
            " build a dam, officials in Kathmandu said.",
            "CHN",
            "NPL",
        ),
    ],
)
def test_a_firm_pulling_out_of_a_contract_reduces_relations(code_text, text, source, target):
    doc = code_text(text)
    pulled = [e for e in doc.events if e.trigger_text == "pulled"]
    assert pulled and all(e.code == "160" for e in pulled), events(doc)
    assert any(
        (e.source_actor or "").startswith(source) and (e.target_actor or "").startswith(target)
        for e in pulled
    ), events(doc)
    offsets_hold(doc)


def test_troops_pulling_out_still_retreat(code_text):
    doc = code_text("Russian troops pulled out of the Georgian town of Gori on Monday.")
    pulled = [e for e in doc.events if e.trigger_text == "pulled"]
    assert all(e.code != "160" for e in pulled), events(doc)
