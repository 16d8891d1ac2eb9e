"""Actors at country level, tenth round (issues #9/#10, actors10): the right event with the
wrong or missing actor. An investigation accuses no one, so a denial after it has no accuser;
U.S. federal agencies, a few companies and media are in the actor book; a company the wire names
with its stock ticker is of the exchange's country; an act noun is the maker's named before it
("the FCC action", "Twitter's move"); rights advocates and industry groups are roles; a
congressional delegation abroad is American; a surname the recogniser mistags is still the
person named in full. Sentences are our own, in wire phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger

pytestmark = pytest.mark.model


def test_a_denial_after_an_investigation_has_no_accuser(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Senate Intelligence Committee is investigating contacts "
        "between the campaign and Moscow. Russia has denied any meddling in the election.",
        published="2017-11-02",
    )
    [denial] = by_trigger(doc, "denied")
    assert denial.source_actor == "RUS", denial.rule
    assert not denial.target_actor, denial.rule


def test_a_denial_after_an_accusation_still_answers_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. intelligence agencies accused Russia of hacking the "
        "Democratic Party's emails. Moscow has denied the charge.",
        published="2017-11-02",
    )
    [denial] = by_trigger(doc, "denied")
    assert denial.target_actor == "USASPY", denial.rule


def test_federal_agencies_and_foreign_media_are_in_the_book(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Chairman Ajit Pai defended the FCC action on Thursday. RT, "
        "the Russian state broadcaster, accused Twitter of pressuring it to buy advertising. "
        "WikiLeaks said it turned down a request from Cambridge Analytica.",
        published="2017-11-02",
    )
    [defended] = by_trigger(doc, "defended")
    assert defended.target_actor == "USAGOV", defended.rule
    [accused] = by_trigger(doc, "accused")
    assert (accused.source_actor, accused.target_actor) == ("RUSMED", "USABUS"), accused.rule


def test_a_company_named_with_its_ticker_is_of_the_exchanges_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The consumer agency was preparing to sue Banco Castellar SA "
        "(CAST.MC) this week, two sources said. Castellar criticized the plan on Friday.",
        published="2017-11-02",
    )
    [sue] = by_trigger(doc, "sue")
    assert sue.target_actor == "ESPBUS", sue.rule
    assert "(CAST.MC)" in sue.rule  # firms51: Banco Santander is in the firm table now
    [criticized] = by_trigger(doc, "criticized")
    assert criticized.source_actor == "ESPBUS", criticized.rule


def test_an_act_noun_is_the_makers_named_before_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A Democratic lawmaker, Representative Adam Schiff, applauded "
        "Twitter's move on Thursday. Senator Lindsey Graham said Trump backed a Collins "
        "proposal to set aside money for insurers.",
        published="2017-11-02",
    )
    [applauded] = by_trigger(doc, "applauded")
    assert applauded.target_actor == "USABUS", applauded.rule
    [backed] = by_trigger(doc, "backed")
    assert backed.target_actor == "USA", backed.rule
    assert "whose proposal it is (named before it)" in backed.rule


def test_an_act_named_after_a_capital_is_not_the_capitals(code_all):
    doc = code_all(
        "JERUSALEM (Reuters) - The Palestinian president condemned the Trump decision on Thursday.",
        published="2017-12-07",
    )
    [condemned] = by_trigger(doc, "condemned")
    assert condemned.target_actor == "USAGOV", condemned.rule


def test_rights_advocates_and_industry_groups_are_roles(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Privacy advocates criticized the bill on Tuesday. An industry "
        "group for lobbyists on Tuesday called on Congress to overhaul the laws.",
        published="2018-01-09",
    )
    [criticized] = by_trigger(doc, "criticized")
    assert criticized.source_actor == "USAHRI", criticized.rule
    [called] = by_trigger(doc, "called")
    assert called.source_actor == "USABUS", called.rule


def test_a_congressional_delegation_abroad_is_american(code_all):
    doc = code_all(
        "YANGON (Reuters) - A congressional delegation visited Rakhine state this week, "
        "officials said.",
        published="2017-11-02",
    )
    [visited] = by_trigger(doc, "visited")
    assert visited.source_actor == "USALEG", visited.rule


def test_a_mistagged_surname_is_the_person_named_in_full(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republicans cut fund-raising ties on Friday with Roy Moore, "
        "the party's nominee. The 70-year-old Moore again denied any wrongdoing on Friday "
        "during an appearance on a radio show.",
        published="2017-11-10",
    )
    [denied] = by_trigger(doc, "denied")
    assert denied.source_actor == "USA", denied.rule


def test_a_regions_leaders_are_not_the_home_countrys(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Western diplomats criticized the Kremlin on Tuesday for its "
        "handling of the crisis.",
        published="2017-12-05",
    )
    [criticized] = by_trigger(doc, "criticized")
    assert not criticized.source_actor or criticized.source_actor.startswith("---"), criticized.rule
    assert "a region's" in criticized.rule


def test_a_visit_to_an_organisations_city_is_to_the_host_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Secretary of State Rex Tillerson is set to visit Brussels on "
        "Tuesday. Vice President Mike Pence visited NATO headquarters in February.",
        published="2017-12-01",
    )
    [visit] = by_trigger(doc, "visit")
    assert visit.target_actor == "BEL", visit.rule
    [visited] = by_trigger(doc, "visited")
    assert visited.target_actor == "IGOWSTNAT", visited.rule


def test_two_verbs_share_the_object_after_the_second(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Police shot and wounded the gunman before arresting him. He was "
        "taken to the prison that the mayor tried but failed to close.",
        published="2017-11-01",
    )
    [shot] = by_trigger(doc, "shot")
    assert shot.target_text == "the gunman", shot.rule
    assert "conj^dobj" in shot.rule


def test_you_in_a_quotation_is_whom_it_was_said_to(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - \u201cWe will support you,\u201d Russian President Vladimir Putin "
        "told Syrian President Bashar al-Assad in Sochi on Tuesday.",
        published="2017-11-21",
    )
    [support] = [e for e in by_trigger(doc, "support") if e.target_text == "you"]
    assert support.target_actor == "SYRGOV", support.rule


def test_she_in_what_a_judge_said_is_the_judge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A U.S. District Court judge on Friday said she would release "
        "the former campaign chairman from house arrest once he meets certain conditions.",
        published="2017-12-15",
    )
    [release] = by_trigger(doc, "release")
    assert release.source_actor == "USAJUD", release.rule


def test_the_decision_with_no_maker_named_is_the_last_acts(code_all):
    doc = code_all(
        "SAN FRANCISCO (Reuters) - Twitter Inc on Thursday banned two Russian state "
        "broadcasters from buying advertising on its network. Moscow condemned the decision "
        "on Friday.",
        published="2017-10-27",
    )
    [condemned] = by_trigger(doc, "condemned")
    assert condemned.target_actor == "USABUS", condemned.rule
    assert "the last act told" in condemned.rule


def test_a_denial_of_sexual_misconduct_answers_the_civilians_who_allege_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Al Franken apologized on Thursday. Representative "
        "Trent Franks, an Arizona Republican, has denied the sexual harassment allegations.",
        published="2017-12-08",
    )
    [denied] = by_trigger(doc, "denied")
    assert denied.target_actor == "USACVL", denied.rule
    assert "accusers of sexual misconduct" in denied.rule


def test_the_agency_is_the_agency_named_before(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Consumer Financial Protection Bureau fined the lender "
        "$100 million on Monday. Wall Street accuses the agency of imposing burdensome "
        "rules. Farm groups criticized the regulator.",
        published="2017-11-20",
    )
    [accuses] = by_trigger(doc, "accuses")
    assert accuses.target_actor == "USAGOV", accuses.rule
    assert "the agency named before" in accuses.rule
    [criticized] = by_trigger(doc, "criticized")
    assert criticized.source_actor == "USAAGR", criticized.rule
