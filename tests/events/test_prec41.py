"""Precision on text the coder was not written on (issue #9 prec41): the wrong events a user
sees on unseen campaign news, by kind. Only someone is held or captured: a thing held (a
conference call, a sign, a proposal held up as an example) or captured (the support of voters)
is no detention (173), and pages of emails or a batch of ads released are published, no
release of persons (0841), while people, a nationality's people and a pronoun are
(coder._someone, the ``needs_someone`` sense rule). A media interview's question is no appeal
(the document gold's §26.1): a question put by a name the article introduced as an interviewer
or a host ("in an interview with X ... X asked Trump how"), by a passive's "by" agent who is a
moderator or host, or a question asked as an object ("asked Clinton a question") by a reporter;
a question put by anyone else stays an appeal (020), as the document gold codes it. Hoping
that oneself will act ("officials are hoping they will win the appeal") is a wish, no appeal to
anyone; hoping another will act, or "we" after "I", stays an appeal. A news outlet speaking
with someone, or someone speaking with a show's anchor or host, is an interview, no
consultation (041). An act denied only inside an if-clause ("if the senators do not support the
bill, it will fail") is told neither as done nor as not done: no event; a plain "did not" and an
if-clause without the negation keep theirs. What one should do, asked in a whether-clause ("the
vote on whether Britain should quit the bloc"), is urged by no one.
Sentences written for the test in the style of campaign and wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _detentions(doc) -> list:
    return [e for e in doc.events if e.code == "173"]


# (text, whether a detention is coded)
HELD = {
    "a conference call held is no detention": (
        "DES MOINES, Iowa - The senator's campaign held a conference call on Monday "
        "questioning the governor's record on taxes.",
        False,
    ),
    "a proposal held up as an example": (
        "WASHINGTON - The congressman has held up the president's budget plan as proof that "
        "the party has lost its way.",
        False,
    ),
    "a sign held up at a rally": (
        "CLEVELAND - A retired teacher held up a sign saying the senator had forgotten the "
        "workers of Ohio.",
        False,
    ),
    "the support of voters captured": (
        "MANCHESTER, N.H. - The former governor has captured the support of older voters in "
        "the state's rural counties.",
        False,
    ),
    "protesters held by police": (
        "WASHINGTON (Reuters) - Police held the protesters for six hours before releasing "
        "them without charge.",
        True,
    ),
    "a nationality's people held": (
        "TRIPOLI (Reuters) - Gunmen are holding three Turkish engineers at a camp south of the "
        "capital, officials said.",
        True,
    ),
    "someone held in the passive": (
        "WASHINGTON (Reuters) - The journalist was held for three days by police in the "
        "capital, his newspaper said.",
        True,
    ),
}


@pytest.mark.parametrize("case", list(HELD))
def test_only_someone_is_held_or_captured(code_all, case):
    text, detained = HELD[case]
    doc = code_all(text, published="2016-03-01")
    assert bool(_detentions(doc)) == detained, seen(doc)


def _appeals(doc) -> list:
    return [e for e in doc.events if e.root_code == "02" and e.trigger_text == "asked"]


# (text, whether an appeal by "asked" is coded)
ASKED = {
    "a question by the interviewer the article introduced": (
        "NEW YORK - In an interview with Greg Walton that aired on Wednesday, Donald Trump "
        "defended his plan for the border. Walton asked Trump how high the wall would be.",
        False,
    ),
    "a question by a moderator in the passive": (
        "WASHINGTON - Marco Rubio was asked by moderator Ann Clark whether the new tax credit "
        "would add to the deficit.",
        False,
    ),
    "a question asked as an object by a reporter": (
        "CHARLESTON, S.C. - Hillary Clinton took questions for an hour at the rally. Ledger "
        "reporter Tim Ross asked Clinton a question about her emails.",
        False,
    ),
    "a question by an aide in the passive stays": (
        "WASHINGTON - Marco Rubio was asked by his chief of staff whether the new tax credit "
        "would add to the deficit.",
        True,
    ),
    "a question by a name not introduced as an interviewer stays": (
        "NEW YORK - Greg Walton met Donald Trump on Tuesday. Walton asked Trump whether the "
        "wall would be built.",
        True,
    ),
}


@pytest.mark.parametrize("case", list(ASKED))
def test_an_interviewers_question_is_no_appeal(code_all, case):
    text, appeal = ASKED[case]
    doc = code_all(text, published="2016-03-01")
    assert bool(_appeals(doc)) == appeal, seen(doc)


# (text, whether a release of persons is coded)
RELEASED = {
    "pages of someone's emails released are published": (
        "WASHINGTON - The State Department released more than 500 pages of Hillary "
        "Clinton's emails on Friday night.",
        False,
    ),
    "a batch of ads released": (
        "WASHINGTON (Reuters) - Congressional investigators released a batch of the ads "
        "bought by Russian agents during the campaign.",
        False,
    ),
    "sailors released": (
        "TEHRAN (Reuters) - Iran released two British sailors on Friday after holding them "
        "for a week.",
        True,
    ),
    "a ship released is property returned": (
        "BREST, France (Reuters) - Port officials released a fishing boat operated by an "
        "environmental group on Monday.",
        True,
    ),
    "the release of a named prisoner": (
        "MOSCOW (Reuters) - A court ordered the release of the jailed businessman Mikhail "
        "Khodorkovsky on Friday.",
        True,
    ),
}


@pytest.mark.parametrize("case", list(RELEASED))
def test_only_someone_is_released(code_all, case):
    text, released = RELEASED[case]
    doc = code_all(text, published="2016-03-01")
    assert any(e.code == "0841" for e in doc.events) == released, seen(doc)


# (text, whether the hope is coded as an appeal)
HOPED = {
    "officials hoping they will win": (
        "TRENTON, N.J. - State officials are hoping they will win the appeal next year, which "
        "would let the casinos take bets on games.",
        False,
    ),
    "a party hoping it will win back the majority": (
        "WASHINGTON - Senate Democrats hope they will win back the majority in November.",
        False,
    ),
    "hoping another government will act": (
        "WARSAW (Reuters) - The minister said she hoped the Polish government would reconsider.",
        True,
    ),
    "hoping we will act, said by one": (
        'WASHINGTON (Reuters) - "I would hope that we would not change the corporate rate," '
        "Senator John Cornyn said.",
        True,
    ),
}


@pytest.mark.parametrize("case", list(HOPED))
def test_a_wish_for_ones_own_deed_is_no_appeal(code_all, case):
    text, appeal = HOPED[case]
    doc = code_all(text, published="2016-03-01")
    hopes = [e for e in doc.events if e.root_code == "02" and e.trigger_text.startswith("hop")]
    assert bool(hopes) == appeal, seen(doc)


# (text, whether a consultation by "spoke" is coded)
SPOKE = {
    "an outlet speaking with a senator": (
        "NEW YORK - The Huffington Post spoke with Elizabeth Warren on Monday about her new book.",
        False,
    ),
    "speaking with an anchor": (
        "WASHINGTON - Donald Trump spoke with the anchor about the wall on Tuesday.",
        False,
    ),
    "two senators speaking": (
        "WASHINGTON (Reuters) - Senator Ted Cruz spoke with Senator Marco Rubio on Friday about "
        "the bill.",
        True,
    ),
}


@pytest.mark.parametrize("case", list(SPOKE))
def test_speaking_with_the_press_is_an_interview(code_all, case):
    text, consulted = SPOKE[case]
    doc = code_all(text, published="2016-03-01")
    spoke = [e for e in doc.events if e.root_code == "04" and e.trigger_text == "spoke"]
    assert bool(spoke) == consulted, seen(doc)


# (text, whether an endorsement or support is coded)
DENIED_IF = {
    "not supporting, as a condition": (
        "WASHINGTON (Reuters) - If the senators do not support the bill, it will fail, the aide "
        "said.",
        False,
    ),
    "not endorsing, as a condition, in a quotation": (
        'WASHINGTON - "If he does not endorse me as the nominee, he will pay for it at the '
        'polls," Donald Trump said of Jeb Bush.',
        False,
    ),
    "did not endorse stays": (
        "WASHINGTON (Reuters) - Senator Ted Cruz did not endorse Donald Trump at the convention.",
        True,
    ),
    "an endorsement as a condition stays": (
        "WASHINGTON (Reuters) - If Senator Ted Cruz endorses Donald Trump, the party will unite.",
        True,
    ),
}


@pytest.mark.parametrize("case", list(DENIED_IF))
def test_an_act_denied_as_a_condition_is_no_event(code_all, case):
    text, coded = DENIED_IF[case]
    doc = code_all(text, published="2016-03-01")
    assert any(e.root_code == "05" for e in doc.events) == coded, seen(doc)


# (text, whether the obligation is coded as an appeal)
SHOULD = {
    "whether a country should quit": (
        "LONDON (Reuters) - The party's leader, Paul Nuttall, says the local elections are a "
        "test before the vote on whether Britain should quit the bloc.",
        False,
    ),
    "unclear whether a country should leave": (
        "BERLIN (Reuters) - The German finance minister said it was unclear whether Greece "
        "should leave the euro zone.",
        False,
    ),
    "a country should leave, said": (
        "BERLIN (Reuters) - The German finance minister said Greece should leave the euro zone "
        "for five years.",
        True,
    ),
}


@pytest.mark.parametrize("case", list(SHOULD))
def test_an_obligation_asked_is_urged_by_no_one(code_all, case):
    text, urged = SHOULD[case]
    doc = code_all(text, published="2016-03-01")
    appeals = [e for e in doc.events if e.code == "020" and "should|need to" in (e.rule or "")]
    assert bool(appeals) == urged, seen(doc)
