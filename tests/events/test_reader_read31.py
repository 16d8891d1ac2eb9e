"""Wrong outputs read on twelve unseen BBC and Wikinews articles (issue #9 read31, session 25),
fixed for the phrasing: "had" with a clause the parser hangs on it obliges no one (only "needs
to" / "has to" do), an attack launched on a plan, a cost or a record is criticism, what someone
"should have done" (or is asked why they "should" do) is a reproach and no appeal, and the
subject of a reduced passive ("posters - recently withdrawn from the website -", "wants him
extradited") underwent the act and did not do it, and a harm foreseen in a judgement ("the plans
would put stability at risk") is no hypothetical, and an attack warned against ("warned the BBC
that attacking him had brought it trouble") is no threat of force, and a perfect participle
("..., having first detained the ministers") is the main clause subject's act, and two leaders
who "spoke by phone" spoke with each other; anyone of a kind in a condition ("if families turn up
asking for help") is no actor when the target is only found outside the condition, and a
statement before a dash is not asked by the question after it ("has failed to answer the question
- which taxes will he raise?"). The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "He supported schools, clinics, and small farms, and a few years into his presidency, "
        "Kenya had a strong currency and rising exports and, according to CNN, was called the "
        "engine of east Africa.",
        "She supported literacy, housing, and rural roads, and a decade into her tenure, Ghana "
        "had a growing economy and falling poverty and, according to the BBC, was called a model "
        "for the continent.",
    ],
)
def test_had_with_a_clause_obliges_no_one(code_all, text):
    doc = code_all(text)
    assert not by_trigger(doc, "had"), events(doc)


def test_needs_to_still_appeals(code_all):
    doc = code_all('"Germany needs to stand by Ukraine," Zelenskiy said.')
    assert [(e.code, e.source_actor, e.target_actor) for e in by_trigger(doc, "needs")] == [
        ("021", "UKRGOV", "DEU")
    ], events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "LONDON (Reuters) - Britain's opposition leader launched an attack on the cost of "
            "the prison system on Tuesday.",
            "launched",
        ),
        (
            "LONDON (Reuters) - The Tory leader mounted an attack on the cost of Britain's rail "
            "network.",
            "mounted",
        ),
    ],
)
def test_an_attack_launched_on_a_plan_is_criticism(code_all, text, trigger):
    doc = code_all(text)
    found = by_trigger(doc, trigger)
    assert found and all(e.code == "111" for e in found), events(doc)


def test_an_attack_launched_on_a_town_stays_armed(code_all):
    doc = code_all(
        "KABUL (Reuters) - Taliban fighters launched an attack on the northern town of Kunduz "
        "before dawn."
    )
    assert any(e.code.startswith("19") for e in by_trigger(doc, "launched")), events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "LONDON (Reuters) - The Home Office said immigration officers should have treated "
            "all passengers in the same way.",
            "treated",
        ),
        (
            "LONDON (Reuters) - Britain's foreign secretary said Russia should have consulted "
            "its neighbours before the exercise.",
            "consulted",
        ),
        (
            '"I cannot see why the BBC should be siding with the Tories on this," Britain\'s '
            "culture secretary said.",
            "siding",
        ),
    ],
)
def test_should_have_done_is_a_reproach(code_all, text, trigger):
    doc = code_all(text)
    found = by_trigger(doc, trigger)
    assert found and all(e.code == "111" for e in found), events(doc)


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        (
            "LONDON (Reuters) - Britain's foreign secretary said Russia should allow the "
            "inspectors in.",
            "allow",
            "020",
        ),
        (
            "LONDON (Reuters) - Britain's foreign secretary said Russia should withdraw its "
            "troops from the border.",
            "withdraw",
            "0256",
        ),
    ],
)
def test_should_still_appeals(code_all, text, trigger, code):
    doc = code_all(text)
    assert [e.code for e in by_trigger(doc, trigger)] == [code], events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "LONDON (Reuters) - The minister said Labour's posters attacking the Tory leader - "
            "recently withdrawn from the party's website - were a mistake.",
            "withdrawn",
        ),
        (
            "ANKARA (Reuters) - Turkish President Tayyip Erdogan blames the cleric for the coup "
            "and wants him extradited to Turkey to stand trial.",
            "extradited",
        ),
    ],
)
def test_the_subject_of_a_reduced_passive_did_not_act(code_all, text, trigger):
    doc = code_all(text)
    assert all(e.source_actor is None for e in by_trigger(doc, trigger)), events(doc)


def test_a_past_tense_read_as_a_participle_keeps_its_subject(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The senator said that when U.S. spy agencies alleged in "
        "January that Russia meddled in the election, the White House did nothing."
    )
    assert [(e.source_actor, e.target_actor) for e in by_trigger(doc, "alleged")] == [
        ("USASPY", "RUS")
    ], events(doc)


def test_a_harm_foreseen_in_a_judgement_is_no_hypothetical(code_all):
    doc = code_all(
        "LONDON (Reuters) - Britain's prime minister said the opposition's tax plans would put "
        "the country's economic stability at risk."
    )
    found = [(e.code, e.conditional) for e in by_trigger(doc, "put")]
    assert found == [("111", False)], events(doc)


def test_an_attack_warned_against_is_no_threat_of_force(code_all):
    doc = code_all(
        "LONDON (Reuters) - Britain's culture secretary warned the broadcaster that attacking "
        "the government's adviser had brought it trouble before."
    )
    assert [e.code for e in by_trigger(doc, "warned")] == ["130"], events(doc)


def test_a_perfect_participle_shares_the_main_clause_subject(code_all):
    doc = code_all(
        "HARARE (Reuters) - Zimbabwe's army seized the state broadcaster on Wednesday, having "
        "detained several ministers overnight."
    )
    assert [(e.code, e.source_actor) for e in by_trigger(doc, "detained")] == [("173", "ZWEMIL")], (
        events(doc)
    )


def test_two_leaders_who_spoke_by_phone_spoke_with_each_other(code_all):
    doc = code_all(
        "ANKARA (Reuters) - Turkey's president and Greece's prime minister spoke by phone on "
        "Friday night."
    )
    pairs = {(e.source_actor, e.target_actor) for e in by_trigger(doc, "spoke") if e.code == "041"}
    assert pairs == {("TURGOV", "GRCGOV"), ("GRCGOV", "TURGOV")}, events(doc)


def test_anyone_of_a_kind_in_a_condition_with_a_target_outside_it_is_no_actor(code_all):
    doc = code_all(
        "LONDON - Charities have criticised the Conservative plans for asylum quotas. "
        '"If families turn up in the UK asking for help they will be turned away," said a '
        "spokeswoman for the Refugee Council."
    )
    assert not by_trigger(doc, "asking"), events(doc)


def test_a_statement_before_a_dash_and_a_question_is_asserted(code_all):
    doc = code_all(
        "LONDON (Reuters) - Britain's shadow chancellor spoke on Monday. "
        '"The prime minister has failed to answer the question at the heart of this '
        'campaign - which taxes will he raise?" the shadow chancellor said.'
    )
    found = [(e.code, e.conditional) for e in by_trigger(doc, "failed")]
    assert found == [("111", False)], events(doc)


def test_a_question_before_a_dash_still_asks(code_all):
    doc = code_all(
        "LONDON (Reuters) - The foreign minister spoke on Monday. "
        '"Did Russia attack Ukraine\'s power grid - and will it stop?"'
    )
    assert all(e.conditional for e in by_trigger(doc, "attack")), events(doc)
