"""Recall on whole articles, thirty-fifth round (issue #9 recall35): actors of right events lost
on the way. "The agency" points back at a department named before as at an agency; a Senate
leader's Twitter handle is the leader; an ambassador the parser hangs on "to" with the host
country ("Russia's ambassador to the United States Sergei Kislyak") is of the country that sent
him; and one who cooperates with an investigation into a country cooperates with who
investigates, not with that country. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads, first_triggered

pytestmark = pytest.mark.model


def test_the_agency_after_a_department(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Tillerson has backed the budget cut and frozen hiring while he "
        "reviews the State Department's operations. On Tuesday, two senators on the Foreign "
        "Relations Committee blasted the agency for the loss of senior diplomats.",
        published="2017-11-28",
    )
    blasted = first_triggered(doc, "blasted")
    assert (blasted.target_actor or "")[:3] == "USA", dyads(doc)
    assert "the agency named before" in blasted.rule


def test_an_agency_is_still_not_the_white_house(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The White House said on Monday it would send a budget to "
        "Congress. Environmental groups criticized the agency over the plan.",
        published="2017-11-28",
    )
    criticized = first_triggered(doc, "criticized")
    assert "the agency named before" not in criticized.rule, dyads(doc)


def test_the_majority_leaders_handle(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - President Donald Trump wrote on Twitter on Saturday: \u201cI "
        "would like to congratulate @SenateMajLdr on the confirmation of twelve judges.\u201d",
        published="2017-12-16",
    )
    congratulate = first_triggered(doc, "congratulate")
    assert congratulate.target_actor == "USALEG", dyads(doc)


def test_an_ambassador_named_after_the_host_is_of_his_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The former adviser misled the vice president about his talks "
        "with Russia's then-ambassador to the United States Sergei Kislyak. In what appeared to "
        "be moves against the outgoing president's policies, the pair discussed sanctions, and "
        "the adviser asked Kislyak to help delay a United Nations vote.",
        published="2017-12-01",
    )
    asked = first_triggered(doc, "asked")
    assert (asked.target_actor or "")[:3] == "RUS", dyads(doc)


def test_cooperating_with_an_investigation_is_not_with_its_subject(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former campaign aide, Tom Baker, said on Friday that he would "
        "cooperate with an investigation into possible ties between Russia and the campaign.",
        published="2017-12-01",
    )
    cooperate = first_triggered(doc, "cooperate")
    assert (cooperate.target_actor or "")[:3] != "RUS", dyads(doc)


def test_cooperating_with_an_investigation_led_by_the_counsel(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former campaign aide, Tom Baker, said on Friday that he would "
        "cooperate with an investigation led by Special Counsel Robert Mueller into Russia's "
        "role in the election.",
        published="2017-12-01",
    )
    cooperate = first_triggered(doc, "cooperate")
    assert cooperate.target_actor == "USAJUD", dyads(doc)
