"""Wrong kinds of event, fourth round (issue #9, helper kinds44): an act the sentence classes as
an offence ("insulting the president is a criminal offence"), an ability told as praise ("the
army is capable of defending the country"), a bank's loan or a government's own budget read as
aid. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _at(doc, *triggers):
    return [e for e in doc.events if e.trigger_text in triggers]


# -- an act classed as an offence is a law told, no deed --------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Insulting the head of state is a criminal offence in Turkey.", "Insulting"),
        ("In Thailand it is a crime to criticise the king or the queen.", "criticise"),
        (
            "Ankara has prosecuted hundreds of people. It makes insulting the president a "
            "criminal offence punishable by four years in prison.",
            "insulting",
        ),
        ("The new law made it a crime to criticize the army.", "criticize"),
        ("Officials said it was illegal to attack a diplomatic mission.", "attack"),
    ],
)
def test_an_act_classed_as_an_offence_is_no_event(code_all, text, trigger):
    doc = code_all(text)
    assert not _at(doc, trigger), events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a deed told, with the one who did it
        ("Erdogan said the journalist had insulted the president in a column.", "insulted"),
        # a plan or an aim is no offence classed
        ("The aim of the raid was to attack the base.", "attack"),
    ],
)
def test_acts_not_classed_as_offences_stay(code_all, text, trigger):
    doc = code_all(text)
    assert _at(doc, trigger), events(doc)


# -- an ability is no praise --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Pakistani military said the Afghan army was capable of defending "
        "its border.",
        "The French defence minister said the Iraqi forces were capable of retaking Mosul.",
        "The ministry said the Malian army was competent to secure the north.",
    ],
)
def test_an_ability_is_no_praise(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "051"], events(doc)


def test_capable_as_a_judgement_stays(code_all):
    doc = code_all("The French defence minister said the Iraqi army was capable and disciplined.")
    assert [e for e in doc.events if e.code == "051"], events(doc)


# -- a bank's loan and a government's own budget are no aid -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Deutsche Bank lent the Trump Organization hundreds of millions of dollars.",
        "Citibank has financed the Chinese company's expansion into Europe.",
        "The Federal Reserve funds the Consumer Financial Protection Bureau.",
        "Lawmakers voted to fund the federal government through February.",
    ],
)
def test_a_bank_loan_or_a_budget_is_no_aid(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code and e.code.startswith("07")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank lent Ukraine $1.5 billion to shore up its budget.",
        "Japan funded the reconstruction of the port in Sri Lanka.",
        "Germany has funded the Afghan government's police training for a decade.",
    ],
)
def test_aid_loans_and_funding_stay(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "071"], events(doc)


# -- the court a suit is brought in is no plaintiff ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chevron was sued in an Ecuadorean court over pollution in the Amazon.", "sued"),
        ("The suit against Uber was filed in a French court on Monday.", "filed"),
    ],
)
def test_the_court_of_a_suit_is_no_plaintiff(code_all, text, trigger):
    doc = code_all(text)
    found = _at(doc, trigger)
    assert found and not any((e.source_actor or "").endswith("JUD") for e in found), events(doc)


def test_a_court_that_convicts_stays_the_source(code_all):
    doc = code_all("The dissident was convicted in a Russian court of extremism.")
    assert any(e.source_actor == "RUSJUD" for e in _at(doc, "convicted")), events(doc)
