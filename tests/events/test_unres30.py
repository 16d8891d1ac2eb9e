"""Actors, issue #9 unres30: a budget measure or a tax plan whose makers the text does not name
is a bill, and judging it is aimed at the legislature that writes it (guideline §16.9), as for
"the bill"; security measures and a company's plans stay no one's.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_legislation_takes_a_budget_measure_and_a_tax_plan(nlp):
    from redline.events.coder import _legislation

    doc = nlp(
        "Senators rejected the budget measure and the tax plan but welcomed the security "
        "measures and the company's expansion plan."
    )
    budget, tax, security, expansion = (t for t in doc if t.lemma_ in ("measure", "plan"))
    assert _legislation(budget)
    assert _legislation(tax)
    assert not _legislation(security)
    assert not _legislation(expansion)


def test_a_vote_against_a_spending_measure_aims_at_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A dozen Democratic lawmakers from coastal states voted against "
        "the spending measure on Friday to protest cuts to flood insurance.",
        published="2017-11-20",
    )
    voted = first_triggered(doc, "voted")
    assert voted.target_actor == "USALEG", dyads(doc)
    assert "a bill with no maker named" in voted.rule


def test_a_tax_plan_criticized_aims_at_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Democrats on Tuesday blasted the tax plan, saying it "
        "would add more than $1 trillion to the deficit.",
        published="2017-11-20",
    )
    blasted = first_triggered(doc, "blasted")
    assert blasted.target_actor == "USALEG", dyads(doc)


def test_security_measures_opposed_are_no_bill(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Civil liberties groups on Monday opposed the new airport "
        "security measures.",
        published="2017-11-20",
    )
    assert not any("a bill with no maker named" in (e.rule or "") for e in doc.events), dyads(doc)


def test_players_held_abroad_are_the_home_countrys_people(code_all):
    doc = code_all(
        "LOS ANGELES (Reuters) - Two college soccer players who were detained in Peru on "
        "suspicion of theft returned home on Sunday.",
        published="2017-11-20",
    )
    detained = first_triggered(doc, "detained")
    assert (detained.target_actor or "")[:3] == "USA", dyads(doc)
    assert "role player" in detained.rule


def test_couples_who_sue_are_the_home_countrys_people(code_all):
    doc = code_all(
        "NASHVILLE, Tenn. (Reuters) - Three couples sued the county clerk on Tuesday after she "
        "refused to issue them marriage licenses.",
        published="2017-11-20",
    )
    sued = first_triggered(doc, "sued")
    assert sued.source_actor == "USACVL", dyads(doc)


def test_industry_players_are_business(code_all):
    doc = code_all(
        "LONDON (Reuters) - Industry players criticized the energy regulator on Monday over the "
        "new price cap.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "GBRBUS", dyads(doc)


def test_a_couple_of_senators_are_senators(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A couple of Republican senators criticized the White House on "
        "Monday over the spending plan.",
        published="2017-11-20",
    )
    criticized = first_triggered(doc, "criticized")
    assert criticized.source_actor == "USALEG", dyads(doc)


def test_released_after_posting_bond_is_the_home_courts_act(code_all):
    doc = code_all(
        "LOUISVILLE, Ky. (Reuters) - John Carter, 61, was released on Sunday after posting a "
        "$5,000 bond, a jail spokesman said.",
        published="2017-11-20",
    )
    released = first_triggered(doc, "released")
    assert released.source_actor == "USAJUD", dyads(doc)
    assert "released on bail" in released.rule


def test_released_on_bail_is_the_home_courts_act(code_all):
    doc = code_all(
        "DENVER (Reuters) - Mark Ellison, a former county treasurer charged with fraud, was "
        "freed on bail on Tuesday.",
        published="2017-11-20",
    )
    freed = first_triggered(doc, "freed")
    assert freed.source_actor == "USAJUD", dyads(doc)


def test_a_report_released_has_no_court(code_all):
    doc = code_all(
        "DENVER (Reuters) - The audit of the county treasurer was released on Tuesday after "
        "months of delay.",
        published="2017-11-20",
    )
    assert not any("released on bail" in (e.rule or "") for e in doc.events), dyads(doc)


def test_a_release_by_a_named_court_keeps_its_agent(code_all):
    doc = code_all(
        "LAGOS (Reuters) - Two aid workers were freed on bail by a court in Lagos on Monday.",
        published="2017-11-20",
    )
    assert not any("released on bail" in (e.rule or "") for e in doc.events), dyads(doc)


def test_refusing_to_hand_over_records_aims_at_whom_they_go_to(code_all):
    doc = code_all(
        "ATLANTA (Reuters) - Several county election boards have declined to hand over voter "
        "records to the Justice Department.",
        published="2017-11-20",
    )
    declined = first_triggered(doc, "declined")
    assert declined.target_actor == "USAJUD", dyads(doc)
    assert "pobj(to) (given records)" in declined.rule


def test_promising_to_provide_a_list_aims_at_whom_it_goes_to(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The White House on Monday promised to provide a list of the "
        "witnesses to reporters.",
        published="2017-11-20",
    )
    promised = first_triggered(doc, "promised")
    assert "pobj(to) (given list)" in promised.rule, dyads(doc)
    assert (promised.target_actor or "")[3:] == "MED", dyads(doc)


def test_handing_over_a_person_keeps_the_person(nlp):
    from redline.events.coder import _handed_thing

    doc = nlp("Ankara asked Washington to hand over the cleric to Turkish prosecutors.")
    hand = next(t for t in doc if t.lemma_ == "hand")
    assert _handed_thing(hand) is None
    doc = nlp("The agency refused to hand over the documents to the committee.")
    hand = next(t for t in doc if t.lemma_ == "hand")
    assert _handed_thing(hand) is not None


def test_hosting_talks_between_two_sides_aims_at_each(code_all):
    doc = code_all(
        "OSLO (Reuters) - Norway offered on Monday to host talks between Colombia and the ELN "
        "rebels next month.",
        published="2017-11-20",
    )
    hosted = [e for e in doc.events if e.trigger_text == "host"]
    assert hosted and hosted[0].target_actor == "COL", dyads(doc)
    assert "pobj(between)" in hosted[0].rule


def test_talks_between_names_the_parties_of_a_meeting(nlp):
    from redline.events.coder import _talks_between

    doc = nlp("Qatar will host a meeting between Hamas and Fatah on Friday.")
    meeting = next(t for t in doc if t.lemma_ == "meeting")
    assert _talks_between(meeting).text == "Hamas"
    doc = nlp("Qatar will host a conference on water between Friday and Sunday.")
    conference = next(t for t in doc if t.lemma_ == "conference")
    assert _talks_between(conference) is None


def test_a_race_conceded_to_the_winner_aims_at_the_winner(code_all):
    doc = code_all(
        "SANTIAGO (Reuters) - The center-left candidate conceded the election to Sebastian "
        "Pinera on Sunday night.",
        published="2017-11-20",
    )
    conceded = first_triggered(doc, "conceded")
    assert conceded.code == "080" and conceded.target_actor == "CHL", dyads(doc)
    assert "pobj(to)" in conceded.rule
