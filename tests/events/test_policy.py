"""Framing governors, events inside events, and argument rules, on sentences written for these
tests (news-like, not from any gold set). They run the full pipeline with the packaged actor
book, so the actor codes are the ones a user gets."""

from __future__ import annotations

import pytest

from redline.model import check_offsets

pytestmark = pytest.mark.model


def coded(code_text, text: str, published: str = "2019-05-14"):
    doc = code_text(text, published=published)
    assert check_offsets(doc) == []
    return doc.events


def triples(events):
    return {(e.code, e.source_actor, e.target_actor) for e in events}


# -- governors: threaten / demand / urge / refuse + the action in their complement ------------


def test_policy_threat_to_act_is_coded_as_threat_and_governor_dropped(code_text):
    events = coded(code_text, "Iran threatened on Sunday to arrest the British sailors.")
    assert [e.root_code for e in events] == ["13"]
    assert "threat: governed by 'threatened' 173->130" in events[0].rule
    assert (events[0].source_actor, events[0].target_actor[:3]) == ("IRN", "GBR")


def test_policy_threat_to_unlisted_action_is_generic_threat_with_target(code_text):
    events = coded(code_text, "The militia threatened to resume its campaign against Israel.")
    assert [(e.code, e.target_actor) for e in events] == [("130", "ISR")]


def test_policy_demand_that_other_acts_targets_the_one_who_must_act(code_text):
    events = coded(code_text, "Germany demanded that Turkey lift its sanctions on Greek ships.")
    assert triples(events) == {("1054", "DEU", "TUR")}
    assert "demand: governed by 'demanded'" in events[0].rule


def test_policy_demand_without_known_action_is_generic_demand(code_text):
    events = coded(code_text, "Japan demanded that China explain its naval build-up.")
    assert {(e.root_code, e.source_actor, e.target_actor) for e in events} == {("10", "JPN", "CHN")}


def test_policy_appeal_to_other_to_act_is_an_appeal_with_the_urged_as_target(code_text):
    events = coded(code_text, "France urged Iran to free the two French teachers.")
    assert triples(events) == {("0253", "FRA", "IRN")}
    events = coded(code_text, "Brazil called on Venezuela to hold talks with the opposition.")
    assert {(e.root_code, e.source_actor, e.target_actor) for e in events} == {("02", "BRA", "VEN")}


def test_policy_refusal_to_act_is_a_rejection_not_a_negated_action(code_text):
    events = coded(code_text, "Serbia refused to sign the border agreement with Croatia.")
    assert triples(events) == {("127", "SRB", "HRV")}
    assert not events[0].negated and "refusal" in events[0].rule


# -- events inside events -----------------------------------------------------------------------


def test_policy_participle_consequence_is_not_a_second_event(code_text):
    events = coded(
        code_text, "Rebels shelled the northern town of Kidal on Tuesday, killing five soldiers."
    )
    assert [e.trigger_text for e in events] == ["shelled"]


def test_policy_relative_and_temporal_clauses_are_background(code_text):
    # issue #9 recall11: a relative clause's event between two named actors ("men who had
    # attacked a police station") is kept beside the main one, as the document gold lists it;
    # the temporal clause ("a week after gunmen kidnapped ...") stays background
    events = coded(
        code_text,
        "Kenya deported two Somali men who had attacked a police station, a week after "
        "gunmen kidnapped three aid workers.",
    )
    assert [e.trigger_text for e in events][0] == "deported"
    assert "kidnapped" not in [e.trigger_text for e in events]
    events = coded(
        code_text, "Kenya deported two men, a week after gunmen kidnapped three aid workers."
    )
    assert [e.trigger_text for e in events] == ["deported"]


def test_policy_background_event_is_kept_when_main_clause_has_none(code_text):
    events = coded(code_text, "The talks came a day after Russia shelled Kharkiv.")
    assert [e.root_code for e in events] == ["19"]


def test_policy_claimed_action_is_the_claim_not_a_separate_event(code_text):
    events = coded(code_text, "Pakistan claimed that Indian troops had attacked its posts.")
    assert [e.root_code for e in events] == ["11"]
    assert events[0].target_actor.startswith("IND")


def test_policy_warning_keeps_the_conditional_action(code_text):
    events = coded(
        code_text, "North Korea warned that it would strike Japan if the drills went ahead."
    )
    assert "13" in {e.root_code for e in events}


# -- arguments -------------------------------------------------------------------------------


def test_policy_coordinated_nationalities_make_one_event_each(code_text):
    events = coded(code_text, "Dutch and Belgian farmers staged a protest in Brussels on Monday.")
    assert {e.source_actor[:3] for e in events} == {"NLD", "BEL"}
    assert all(e.source_text == "Dutch and Belgian farmers" for e in events)


def test_policy_undirected_protest_takes_the_country_where_it_happened(code_text):
    events = coded(code_text, "Students held a rally in Tehran on Friday.")
    assert [(e.root_code, e.target_actor) for e in events] == [("14", "IRN")]
    assert "location(in)" in events[0].rule


def test_policy_document_speaks_for_the_actor_named_under_it(code_text):
    events = coded(
        code_text, "A report published by the Kenyan government accused Uganda of smuggling."
    )
    assert {(e.root_code, e.source_actor[:3], e.target_actor) for e in events} == {
        ("11", "KEN", "UGA")
    }


def test_policy_meeting_object_headed_on_a_weekday_keeps_the_name(code_text):
    events = coded(code_text, "Egypt's foreign minister met with Jordanian King Abdullah Tuesday.")
    assert ("EGYGOV", "JOR") in {(e.source_actor, (e.target_actor or "")[:3]) for e in events}


def test_policy_passive_governor_lends_its_subject(code_text):
    events = coded(code_text, "Macron is scheduled to visit Algeria next month.")
    assert events and events[0].source_actor == "FRAGOV"
    assert events[0].target_actor == "DZA"


def test_policy_title_and_name_of_2000s_office_holder(code_text):
    events = coded(
        code_text, "President Michel Suleiman received the Syrian envoy.", published="2009-03-02"
    )
    assert events and events[0].source_actor == "LBNGOV"


def test_policy_reflexive_target_is_not_a_second_dyad(code_text):
    events = coded(code_text, "Two gunmen killed four guards and themselves at the embassy.")
    assert events and all(e.target_text != "themselves" for e in events)


def test_policy_statement_about_no_one_is_not_coded(code_text):
    assert coded(code_text, "The Indian prime minister made his remarks in Delhi on Friday.") == []


# issue #9: the coder ranked matches by a tree depth that compared tokens by identity, so every
# token was 50 deep and a sentence's events came in text order, the if-clause first
@pytest.mark.parametrize(
    ("text", "main", "condition"),
    [
        (
            "Unless Iran releases the tanker, Britain will impose sanctions on Tehran, the "
            "foreign minister said.",
            "impose",
            "releases",
        ),
        (
            "If Russia attacks Ukraine again, Germany will send more weapons to Kyiv, the "
            "chancellor said.",
            "send",
            "attacks",
        ),
    ],
)
def test_policy_main_clause_event_comes_before_the_condition(code_text, text, main, condition):
    events = coded(code_text, text)
    assert [e.trigger_text for e in events] == [main, condition]
    assert [e.conditional for e in events] == [False, True]
