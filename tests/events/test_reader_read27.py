"""Wrong outputs read on twelve unseen BBC articles (issue #9 read27, session 24), fixed for the
phrasing: recognising a ruling or a need is no diplomatic recognition, commissioning a study or a
report is no business with anyone (also told in a passive relative clause), and what one "can"
do is a possibility, not a deed. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "LONDON - A senior judge quit after ministers refused to recognise a Supreme Court "
        "ruling that the detentions were unlawful.",
        "LONDON - The cabinet has recognised the need to cut public spending, officials said.",
        "LONDON - The council recognised the decision of the tribunal last week.",
        "LONDON - A barrister resigned when ministers failed to recognise a Court of Appeal "
        "ruling that the searches were unlawful.",
    ],
)
def test_recognising_a_ruling_or_a_need_is_no_recognition(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "054"], events(doc)


def test_recognising_a_state_stays(code_all):
    doc = code_all("MADRID - Spain recognised Kosovo as an independent state on Monday.")
    assert [e for e in doc.events if e.code == "054" and e.target_actor == "KSV"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "EDINBURGH - A report, which was commissioned by the regional government and two "
        "councils, found the bridge was unsafe.",
        "LONDON - A survey commissioned by the Labour Party found support for the plan.",
        "LONDON - The ministry commissioned a study of the harbour last year.",
    ],
)
def test_commissioning_a_study_is_no_business(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "061"], events(doc)


def test_commissioning_a_firm_stays(code_all):
    doc = code_all(
        "TORONTO - The Canadian mining company commissioned a Washington consulting firm last year."
    )
    assert [e for e in doc.events if e.code == "061"], events(doc)


@pytest.mark.parametrize(
    ("clause", "done"),
    [
        # modal40 (session 30): what one can do is no event at all, not a flagged one (the
        # free docgold lists none: three such tuples, all wrong)
        ("But the ministry can appeal the ruling.", False),
        ("The union can challenge the decision in the High Court.", False),
        ("The ministry appealed the ruling on Tuesday.", True),
    ],
)
def test_what_one_can_do_is_no_deed(code_all, clause, done):
    doc = code_all(
        "BRASILIA - On Tuesday a court awarded the airline $700m in its dispute with the "
        f"state. {clause}"
    )
    appeals = [e for e in doc.events if e.code == "115" and e.start > 60]
    if done:
        assert appeals and not any(e.conditional for e in appeals), events(doc)
    else:
        assert not appeals, events(doc)


def test_a_refusal_told_with_cannot_is_not_made_hypothetical(code_all):
    doc = code_all("PARIS - The minister said France cannot accept the proposal.")
    refusals = [e for e in doc.events if e.code.startswith("12")]
    assert all(not e.conditional for e in refusals), events(doc)


@pytest.mark.parametrize(
    ("text", "trigger", "conditional"),
    [
        (
            "LONDON - Mr Keane used his radio interview to defend his party's plans to raise "
            "income tax.",
            "defend",
            False,
        ),
        (
            "WASHINGTON - The senator used her speech to attack the president over the tariffs.",
            "attack",
            False,
        ),
        ("CAIRO - The army used force to expel the protesters from the square.", "expel", True),
    ],
)
def test_an_occasion_used_to_act_is_where_it_was_done(code_all, text, trigger, conditional):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert found and all(e.conditional is conditional for e in found), events(doc)


def test_a_conjunct_with_its_own_subject_is_not_wanted(code_all):
    doc = code_all(
        "LONDON - The Conservatives also want more police on the streets but they accuse "
        "ministers of burying officers in paperwork."
    )
    accusations = [e for e in doc.events if e.code == "112"]
    assert accusations and not any(e.conditional for e in accusations), events(doc)


def test_a_wanted_act_stays_wanted(code_all):
    doc = code_all("MOSCOW - Russia wants to meet Ukraine and to sign a deal.")
    meetings = [e for e in doc.events if e.trigger_text == "meet"]
    assert meetings and all(e.conditional or e.code == "036" for e in meetings), events(doc)
