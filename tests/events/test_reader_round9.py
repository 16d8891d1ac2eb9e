"""Ninth round of whole articles read (issue #9, helper "precision8"): wrong events a user saw on
unseen BBC and Wikinews articles and on the bundled examples, each fixed by a general rule; the
sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def codes(doc, trigger: str) -> list[str]:
    return [e.code for e in doc.events if e.trigger_text == trigger]


def test_a_claim_about_oneself_or_a_state_of_affairs_is_no_accusation(code_all):
    for text in (
        "The singer claimed to be in daily contact with President Vladimir Putin.",
        "The minister claimed the economy was growing faster than forecast.",
        "Minutes before the committee voted to refer the case, the president claimed the papers "
        "were privileged.",
    ):
        doc = code_all(text)
        assert not [c for c in codes(doc, "claimed") if c.startswith("11")], events(doc)


def test_a_claim_about_another_actor_stays_an_accusation_of_the_clause_subject(code_all):
    doc = code_all("China claimed that the United States was trying to contain its rise.")
    claims = [e for e in doc.events if e.code == "110"]
    assert [(e.source_actor, e.target_actor) for e in claims] == [("CHN", "USA")], events(doc)
    assert "claimed:nsubj" in claims[0].rule
    # "X alleged, ..., Y had ... by doing Z": the accused is Y, not someone deeper in the clause
    doc = code_all(
        "Britain alleged, in a letter to the council, Iran had armed the rebels by shipping "
        "weapons through Yemen."
    )
    claims = [e for e in doc.events if e.code == "110"]
    assert [e.target_actor for e in claims] == ["IRN"], events(doc)


def test_a_show_hosted_is_no_visit(code_all):
    doc = code_all("She went on to host the breakfast show Good Morning Britain for six years.")
    assert not [e for e in doc.events if e.code in ("042", "043")], events(doc)
    doc = code_all("The prime minister hosted President Emmanuel Macron at Downing Street.")
    assert "043" in codes(doc, "hosted"), events(doc)


def test_a_decision_welcomed_is_praise_not_a_visit(code_all):
    doc = code_all(
        "The senator welcomed the president's announcement that he would reverse the policy."
    )
    assert codes(doc, "welcomed") == ["051"], events(doc)


def test_they_who_said_it_are_the_sayers_not_a_body_named_nearby(code_all):
    doc = code_all(
        "Some of the marchers said they had come to defend their right to work in the EU. "
        "Several said they wanted the politicians to stop ignoring them."
    )
    assert not [e for e in doc.events if e.source_actor == "IGOEUREEC"], events(doc)


def test_they_is_not_a_body_last_seen_sentences_back(code_all):
    text = (
        "The bill would let suspects be sent to the mainland, a system Amnesty International "
        'describes as "marred by abuse". The bill was suspended last week. Student groups '
        "gave the government until Thursday to scrap it. The deadline passed. Demonstrators' "
        "demands include an inquiry into the police. They had asked the chief executive, Carrie "
        "Lam, to resign."
    )
    doc = code_all(text)
    asked = [e for e in doc.events if e.trigger_text == "asked"]
    assert not [e for e in asked if (e.source_actor or "").startswith("NGO")], events(doc)


def test_they_after_a_plural_common_noun_subject_is_that_group(code_all):
    doc = code_all(
        "Scientists studying the seas off Scotland's west coast have forecast more storms. "
        "They predicted that damaging storms will become more frequent."
    )
    predicted = [q for q in doc.quotes if q.cue and q.cue.startswith("predict")]
    assert predicted and predicted[0].actor != "GBR", [(q.speaker, q.actor) for q in doc.quotes]


def test_an_undefined_acronym_of_a_body_named_before_is_that_body(code_all):
    doc = code_all(
        "The Scottish Environment Protection Agency told MSPs on Tuesday that flooding would "
        "get worse. Sepa predict that river levels will rise this winter."
    )
    expects = [q for q in doc.quotes if q.cue and q.cue.startswith("predict")]
    assert expects, [(q.speaker, q.cue) for q in doc.quotes]
    assert expects[0].speaker == "Scottish Environment Protection Agency", expects[0]
    assert "acronym-of-name-before" in expects[0].rule


def test_challenge_is_legal_action_only_against_a_legal_thing(code_all):
    doc = code_all("The ministers have challenged the virus by eating chicken in public.")
    assert "115" not in codes(doc, "challenged"), events(doc)
    doc = code_all("The mayor said she would challenge the governor's oath of office in court.")
    assert "115" in codes(doc, "challenge"), events(doc)


def test_denying_someone_a_thing_is_no_denial(code_all):
    doc = code_all("Officials denied the refugees entry at the border.")
    assert "016" not in codes(doc, "denied"), events(doc)
    doc = code_all("The ministry denied the report.")
    assert "016" in codes(doc, "denied"), events(doc)


def test_held_in_contempt_is_a_legal_step_not_an_arrest(code_all):
    doc = code_all("The committee voted to hold the former adviser in contempt of Congress.")
    assert codes(doc, "hold") == ["115"], events(doc)
    # "Cabinet officers" are ministers, not police officers
    doc = code_all(
        "WASHINGTON - The House voted to hold two Cabinet officers in contempt of Congress."
    )
    held = [e for e in doc.events if e.trigger_text == "hold"]
    assert held and held[0].target_actor == "USAGOV", events(doc)


def test_who_needs_to_be_protected_is_asked_nothing(code_all):
    doc = code_all(
        '"Adults can make their own choices, but children need to be protected," the culture '
        "secretary said."
    )
    assert not [e for e in doc.events if e.root_code == "02"], events(doc)
    doc = code_all('"Germany needs to stand by Ukraine," Zelenskiy said.')
    assert [e.code for e in doc.events if e.root_code == "02"] == ["021"], events(doc)


def test_an_award_that_went_to_someone_is_no_trip(code_all):
    doc = code_all("The best newcomer award went to a singer from Sydney.")
    assert "042" not in codes(doc, "went"), events(doc)
    doc = code_all("The foreign minister went to Beijing for talks on Monday.")
    assert "042" in codes(doc, "went"), events(doc)


def test_a_place_evacuated_from_is_no_source(code_all):
    doc = code_all(
        "The prime minister of Tonga was evacuated from the capital to a hospital in Auckland."
    )
    evacuated = [e for e in doc.events if e.trigger_text == "evacuated"]
    assert not [e for e in evacuated if e.source_text], events(doc)


def test_foreign_banks_are_not_from_the_article_country(code_all):
    doc = code_all(
        "MOSCOW - Rosneft already faces a repayment demand from foreign banks, Russian "
        "officials said. Russia's economy ministry declined to comment."
    )
    demand = [e for e in doc.events if e.code == "100"]
    assert demand and demand[0].source_actor == "---BUS", events(doc)
    assert "foreign: not the home country" in demand[0].rule


def test_a_singular_pronoun_is_not_a_plural_claimant_own_act(code_all):
    doc = code_all("Associates of the opposition leader alleged he drank tea laced with poison.")
    assert "015" not in codes(doc, "alleged"), events(doc)
    doc = code_all("The rebels claimed that they had attacked the base.")
    assert codes(doc, "claimed") == ["015"], events(doc)


def test_expletive_it_before_an_extraposed_clause_is_no_body(code_all):
    doc = code_all(
        "BRUSSELS - The former finance minister said the EU talks had stalled. He commented: "
        '"It would be a constitutional outrage if Parliament were prevented from sitting."'
    )
    assert not [e for e in doc.events if e.target_actor == "IGOEUREEC"], events(doc)


def test_a_rocket_a_space_company_tests_is_no_show_of_force(code_all):
    doc = code_all("Last year, SpaceX tested its new heavy rocket by launching a car into space.")
    assert "150" not in [e.code for e in doc.events], events(doc)
    doc = code_all("North Korea test-fired a ballistic missile on Friday.")
    assert "150" in [e.code for e in doc.events], events(doc)


def test_a_claim_that_this_is_someones_move_accuses_them(code_all):
    doc = code_all(
        "Critics across the political spectrum have claimed this is a move by Prime Minister "
        "Keir Starmer to silence his opponents."
    )
    claims = [e for e in doc.events if e.code == "110"]
    assert claims and claims[0].target_actor == "GBRGOV", events(doc)


def test_their_is_the_plural_subject_of_its_own_sentence(code_all):
    doc = code_all(
        "WASHINGTON - Russia denied meddling. At the hearing, Republicans on the committee "
        "increased their criticism of Special Counsel Robert Mueller."
    )
    criticism = [e for e in doc.events if e.code == "111"]
    assert criticism and criticism[0].source_actor == "USALEG", events(doc)
    assert "plural subject" in criticism[0].rule


def test_an_expletive_it_told_to_someone_is_aimed_at_them(code_all):
    doc = code_all(
        "Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Rex Tillerson by "
        "phone on Thursday it was unacceptable to politicize the work of inspectors."
    )
    judged = [e for e in doc.events if e.code == "111"]
    assert judged and judged[0].target_actor[:3] == "USA", events(doc)
    assert "expletive, the one told" in judged[0].rule
