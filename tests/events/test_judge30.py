"""issue #9 judge30: judgements said about another actor with no judging word of their own:
what unnamed critics are reported to say ("critics say the bill tramples ..."), a name given
in an apposition ("called the plan a fiasco"), and concern voiced about what another does.
Sentences written for the tests in wire style."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _critics(doc):
    return [e for e in doc.events if "critics:" in (e.rule or "")]


def test_critics_say_is_criticism_of_the_clause_subject(code_all):
    doc = code_all(
        "Critics say the Chinese government's crackdown is meant to silence dissent in Hong Kong."
    )
    found = _critics(doc)
    assert [(e.code, e.source_actor, e.target_actor[:3]) for e in found] == [
        ("111", None, "CHN")
    ], [(e.code, e.rule) for e in doc.events]


def test_critics_say_an_act_named_after_a_clause_aims_at_its_subject(code_all):
    doc = code_all(
        "The Federal Communications Commission voted on Thursday to scrap the rules, a move "
        "critics say will let internet providers slow some websites."
    )
    found = _critics(doc)
    assert found and found[0].target_actor == "USAGOV", [(e.code, e.rule) for e in doc.events]
    assert found[0].source_actor is None


def test_critics_of_someone_say_aims_at_whom_they_criticise(code_all):
    doc = code_all("Critics of President Erdogan say he has hollowed out the country's courts.")
    found = _critics(doc)
    assert found and found[0].target_actor.startswith("TUR"), [(e.rule) for e in doc.events]


def test_one_critic_or_supporters_saying_is_not_read_as_critics(code_all):
    doc = code_all(
        "A critic of the plan, Senator Ben Cardin said the Russian government had not done "
        "enough. Supporters say the Russian government has done its part."
    )
    assert _critics(doc) == []


def test_critics_saying_nothing_about_anyone_named_is_not_coded(code_all):
    doc = code_all("Critics say there is no evidence that the scheme works.")
    assert _critics(doc) == []


BILL_STORY = (
    "WASHINGTON - The House of Representatives passed a farm bill on Thursday. The bill would "
    "end a subsidy for dairy farmers and cap crop insurance payments. Supporters of the bill "
    "said it would save $20 billion over ten years. {}"
)


def _bill_judged(doc):
    return [e for e in doc.events if "the bill's doing" in (e.rule or "")]


def test_a_bills_measure_judged_in_a_bill_story_is_about_the_legislature(code_all):
    doc = code_all(
        BILL_STORY.format("The dairy farmers' union said the proposed cuts were reckless.")
    )
    found = _bill_judged(doc)
    assert [(e.code, e.target_actor) for e in found] == [("111", "USALEG")], [
        (e.code, e.source_actor, e.target_actor, e.rule) for e in doc.events
    ]


def test_it_judged_in_a_bill_story_is_about_the_legislature(code_all):
    doc = code_all(BILL_STORY.format("“It is a disaster for rural America,” the union said."))
    found = _bill_judged(doc)
    assert found and found[0].target_actor == "USALEG", [(e.code, e.rule) for e in doc.events]


def test_praise_of_it_or_a_judgement_outside_a_bill_story_is_not_read_so(code_all):
    doc = code_all(BILL_STORY.format("“This is good news for us,” the union's president said."))
    assert _bill_judged(doc) == []
    doc = code_all("The union said the proposed cuts were reckless.")
    assert _bill_judged(doc) == []


def _evaluations(doc):
    return [e for e in doc.events if (e.rule or "").startswith("evaluative")]


def test_a_judgement_inside_a_denied_belief_is_not_coded(code_all):
    doc = code_all(
        "“I don't think the Chinese government would be very smart to raise tariffs now,” "
        "Senator Chuck Grassley said. “I am not confident Secretary Mnuchin is the ideal choice "
        "for the job,” Senator Elizabeth Warren said."
    )
    assert _evaluations(doc) == [], [(e.code, e.rule) for e in doc.events]


def test_a_judgement_inside_an_affirmed_belief_is_coded(code_all):
    doc = code_all(
        "“I think Secretary Mnuchin is the ideal choice for the job,” Senator Elizabeth "
        "Warren said."
    )
    assert [e.code for e in _evaluations(doc)] == ["051"], [(e.code, e.rule) for e in doc.events]
