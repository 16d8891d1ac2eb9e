"""Wrong outputs read on twelve unseen BBC articles (issue #9 read30, session 25), fixed for the
phrasing: a rule stated for anyone of a kind inside a condition or a question ("if a party rings
a person ...") is no act of anyone, a crackdown on those who commit a nuisance ("persistent
truants") is a policy and no repression, a denial denied ("does not mean they are not
calling") affirms the act, a court throwing out an appeal, a bid or a move rejects it, and
challenging someone to do what no entry codes ("challenged the Treasury to open up its books")
appeals to them. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "LONDON (Reuters) - The regulator said a firm may break the law if a company rings a "
            "customer who has opted out of sales calls.",
            "rings",
        ),
        (
            "LONDON (Reuters) - The commissioner said it counted as marketing if political "
            "parties telephoned people to win their votes.",
            "telephoned",
        ),
        (
            "LONDON (Reuters) - Officials said whether a council calling residents at home "
            "breaks the rules will depend on what is said.",
            "calling",
        ),
    ],
)
def test_anyone_of_a_kind_in_a_condition_is_no_actor(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in doc.events if e.trigger_text == trigger], events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "LONDON (Reuters) - The minister said the talks would go ahead if the senator "
            "meets the ambassador on Monday.",
            "meets",
        ),
        (
            "MOSCOW (Reuters) - The foreign ministry said Moscow would respond if Nato "
            "attacks Belarus.",
            "attacks",
        ),
        (
            "KABUL (Reuters) - The commander said the army would strike back if the rebels "
            "attack the base again.",
            "attack",
        ),
        (
            "KYIV (Reuters) - Officials said the grain deal would collapse if a Russian warship "
            "attacks the port.",
            "attacks",
        ),
    ],
)
def test_someone_named_in_a_condition_keeps_the_hypothetical(code_all, text, trigger):
    doc = code_all(text)
    acts = [e for e in doc.events if e.trigger_text == trigger]
    assert acts, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - A fresh crackdown on persistent truants was launched by the "
        "education secretary on Monday.",
        "LONDON (Reuters) - The transport minister announced a crackdown on speeding "
        "motorists on rural roads.",
    ],
)
def test_a_crackdown_on_nuisance_offenders_is_no_repression(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code.startswith("17")], events(doc)


def test_a_crackdown_on_journalists_stays_repression(code_all):
    doc = code_all(
        "CAIRO (Reuters) - The Egyptian government launched a crackdown on opposition "
        "journalists on Sunday."
    )
    assert [e for e in doc.events if e.code == "175"], events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "LONDON (Reuters) - That does not mean the two main parties are not phoning "
            "voters who asked to be left alone.",
            "phoning",
        ),
        (
            "LONDON (Reuters) - The ruling does not mean that police have not arrested the "
            "protesters.",
            "arrested",
        ),
    ],
)
def test_a_denial_denied_affirms_the_act(code_all, text, trigger):
    doc = code_all(text)
    acts = [e for e in doc.events if e.trigger_text == trigger]
    assert acts and not any(e.negated for e in acts), events(doc)


def test_a_denied_implication_alone_still_negates(code_all):
    doc = code_all(
        "LONDON (Reuters) - The vote does not mean that the police have arrested the protesters."
    )
    acts = [e for e in doc.events if e.trigger_text == "arrested"]
    assert acts and all(e.negated for e in acts), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - The Court of Appeal threw out the Home Office's appeal on Thursday.",
        "EDINBURGH (Reuters) - Judges threw out a bid by ministers to delay the hearing.",
        "LONDON (Reuters) - The High Court threw out a move by the council to close the school.",
    ],
)
def test_a_court_throwing_out_an_appeal_or_a_bid_rejects_it(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "120" and e.trigger_text == "threw"], events(doc)


@pytest.mark.parametrize(
    "text, target",
    [
        (
            "LONDON (Reuters) - The Liberal Democrat leader challenged the Treasury to open up "
            "its books to the auditors.",
            "GBRGOV",
        ),
        (
            "LONDON (Reuters) - The opposition leader dared ministers to come clean about the "
            "cost of the scheme.",
            "GBRGOV",
        ),
    ],
)
def test_challenging_someone_to_act_appeals_to_them(code_all, text, target):
    doc = code_all(text)
    appeals = [e for e in doc.events if e.code.startswith("02")]
    assert appeals and all(e.target_actor == target for e in appeals), events(doc)


def test_challenging_ones_critics_to_act_is_no_appeal(code_all):
    doc = code_all(
        "YANGON (Reuters) - A government spokesman challenged critics to come up with details of "
        "the camps."
    )
    assert not [e for e in doc.events if e.code.startswith("02")], events(doc)


def test_challenging_a_ruling_stays_a_court_action(code_all):
    doc = code_all("LONDON (Reuters) - The council will challenge the ruling in the High Court.")
    assert [e for e in doc.events if e.code == "115"], events(doc)
