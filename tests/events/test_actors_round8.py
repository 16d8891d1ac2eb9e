"""Actors at country level, eighth round (issues #9/#10): the right root with a missing actor.
A definite act told before is its maker's ("slammed the decision" after "a judge ruled"), an
agentless passive of a court or police act is that authority's, who works for someone is on
their side ("Clovis' attorney", "his panel"), "called on X to resign" and "asked to meet with X"
aim at X, and "the department" is the department named before. Sentences are our own, in wire
phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger

pytestmark = pytest.mark.model


def test_definite_decision_is_the_court_that_ruled_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A federal judge in Seattle ruled on Friday that the "
        "administration must resume processing the applications. Democrats praised the "
        "decision on Saturday.",
        published="2017-12-23",
    )
    [praise] = by_trigger(doc, "praised")
    assert praise.target_actor == "USAJUD", praise.rule
    assert "the decision made by" in praise.rule


def test_definite_bill_is_its_sponsor_s(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Sherrod Brown of Ohio introduced a bill on Tuesday to "
        "expand the child tax credit. Republicans opposed the bill, calling it too costly.",
        published="2017-11-14",
    )
    [oppose] = by_trigger(doc, "opposed")
    assert oppose.target_actor[:3] == "USA", oppose.rule
    assert "the bill made by" in oppose.rule


def test_an_indefinite_act_is_not_one_told_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A federal judge in Seattle ruled on Friday that the "
        "administration must resume processing the applications. Democrats praised a decision "
        "by the city council on Saturday.",
        published="2017-12-23",
    )
    assert all("made by" not in (e.rule or "") for e in by_trigger(doc, "praised"))


def test_agentless_conviction_is_by_a_court_of_the_home_country(code_all):
    doc = code_all(
        "LONDON (Reuters) - The deputy leader of a far-right group was convicted of "
        "religiously aggravated harassment on Tuesday.",
        published="2017-11-29",
    )
    [convict] = by_trigger(doc, "convicted")
    assert convict.source_actor == "GBRJUD", convict.rule
    assert "agentless passive" in convict.rule


def test_agentless_indictment_in_a_named_country_is_by_its_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former Trump campaign aide was indicted in Russia on Monday "
        "on charges of espionage.",
        published="2017-10-30",
    )
    [indict] = by_trigger(doc, "indicted")
    assert indict.source_actor == "RUSJUD", indict.rule


def test_an_attorney_speaks_for_whose_attorney_he_is(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Sam Clovis withdrew his nomination on Thursday. Clovis’ "
        "attorney denied those reports.",
        published="2017-11-02",
    )
    [deny] = by_trigger(doc, "denied")
    assert deny.source_actor == "USA", deny.rule
    assert "whose attorney it is" in deny.rule


def test_his_panel_is_the_senator_s(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican Senator Richard Burr said his panel planned to "
        "interview the president's son in December.",
        published="2017-11-09",
    )
    [interview] = by_trigger(doc, "interview")
    assert interview.source_actor[:3] == "USA", interview.rule
    assert "whose panel it is" in interview.rule


def test_called_on_someone_to_resign_aims_at_him(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Two senior Democrats in the U.S. Senate called on Senator Al "
        "Franken on Wednesday to resign.",
        published="2017-12-06",
    )
    [call] = by_trigger(doc, "called")
    assert call.target_actor[:3] == "USA", call.rule
    assert "pobj(on)" in call.rule


def test_asked_to_meet_with_someone_aims_at_him(code_all):
    doc = code_all(
        "HAVANA (Reuters) - A group of Cuban farmers has asked to meet with Republican Senator "
        "Marco Rubio to discuss the new trade rules.",
        published="2017-11-02",
    )
    [ask] = by_trigger(doc, "asked")
    assert ask.source_actor[:3] == "CUB" and ask.target_actor[:3] == "USA", ask.rule


def test_investigators_and_the_emperor_are_roles():
    from redline.actors import load_actors

    book = load_actors()
    assert book.lookup("federal investigators").code == "---JUD"
    assert book.lookup("the emperor").code == "---GOV"
    assert book.lookup("the royal couple").code == "---GOV"


def test_new_jersey_and_new_mexico_are_not_jersey_and_mexico():
    from redline.actors import load_actors

    book = load_actors()
    assert book.lookup("Senator Bob Menendez of New Jersey").code == "---LEG"
    assert book.lookup("the New Mexico governor").code == "---GOV"
    assert book.lookup("New Zealand").code == "NZL"
    assert book.lookup("Papua New Guinea").code == "PNG"
    assert book.lookup("Mexico").code == "MEX"


def test_the_department_is_the_one_named_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The State Department has lost dozens of senior diplomats this "
        "year. Tillerson defended the department on Tuesday.",
        published="2017-11-28",
    )
    [defend] = by_trigger(doc, "defended")
    assert defend.target_actor[:3] == "USA", defend.rule


def test_denied_allegations_aim_at_who_came_forward_to_make_them(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Several women came forward last month to accuse the Senate "
        "candidate of sexual misconduct decades ago. The candidate denied the allegations on "
        "Friday.",
        published="2017-12-08",
    )
    [deny] = by_trigger(doc, "denied")
    assert deny.target_actor == "USACVL", deny.rule
    assert "the allegations made by" in deny.rule


def test_a_generic_passive_has_no_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Only two Americans have ever been indicted under the 1799 law.",
        published="2017-12-05",
    )
    assert all("agentless passive" not in (e.rule or "") for e in doc.events)
