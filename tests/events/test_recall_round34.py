"""Recall, thirty-fourth round (issue #9 recall34): wordings from the "entries for the lemma, no
frame matched" misses of the free document-gold splits, each on sentences written for the test
in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _all(doc, code):
    return [e for e in doc.events if e.code == code]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The Federal Trade Commission voted on Tuesday to repeal the "
        "Obama-era rules on data brokers' disclosures.",
        "WASHINGTON (Reuters) - The Senate revoked the labor rule in March, a spokesman said.",
        "WASHINGTON (Reuters) - The Interior Department has rolled back the offshore drilling "
        "regulations issued in 2016.",
        "WASHINGTON (Reuters) - The agency suspended implementation of the reporting rule for "
        "two years, its director said on Friday.",
    ],
)
def test_recall34_rolling_back_regulations_eases_the_countrys_businesses(code_all, text):
    doc = code_all(text)
    found = _all(doc, "081")
    assert found, seen(doc)
    assert found[0].target_actor == "USABUS", seen(doc)
    assert "whom they bound" in found[0].rule


def test_recall34_rules_on_a_named_party_aim_at_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Treasury Department reversed restrictions on Cuba "
        "imposed under the previous administration, officials said."
    )
    found = _all(doc, "081")
    assert found and found[0].target_actor.startswith("CUB"), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        # rules of procedure are no regulation of business
        "WASHINGTON (Reuters) - Republicans voted to scrap the Senate rules on nominations.",
        # a rollback only pushed for or proposed is no act yet
        "WASHINGTON (Reuters) - The governor has pushed to roll back the state's gun regulations.",
        "WASHINGTON (Reuters) - The chairman proposed reversing the broadband rules on Tuesday.",
        # the delayed thing is no rule
        "WASHINGTON (Reuters) - The ministry delayed implementation of the tariffs until May.",
    ],
)
def test_recall34_no_rollback_of_procedure_or_of_what_is_only_sought(code_all, text):
    doc = code_all(text)
    assert not [e for e in _all(doc, "081") if e.target_actor == "USABUS"], seen(doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "WASHINGTON (Reuters) - The Homeland Security Department extended the program for "
            "Salvadoran immigrants until September 2019.",
            "SLV",
        ),
        (
            "WASHINGTON (Reuters) - The secretary ended the status for Guatemalans but extended "
            "it for citizens of Yemen through March.",
            "YEM",
        ),
        (
            "WASHINGTON (Reuters) - The United States offered Temporary Protected Status to "
            "Nepalis after the 2015 earthquake.",
            "NPL",
        ),
    ],
)
def test_recall34_protected_status_extended_or_offered_to_a_people(code_all, text, target):
    doc = code_all(text)
    found = [e for e in _all(doc, "075") if e.target_actor.startswith(target)]
    assert found, seen(doc)


def test_recall34_a_program_extended_for_no_people_is_no_protection(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Agriculture Department extended the loan program for "
        "two more years."
    )
    assert not _all(doc, "075"), seen(doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "WASHINGTON (Reuters) - U.S. Senator Tom Harmon faces questions over his work as an "
            "adviser for the Saudi government.",
            "SAU",
        ),
        (
            "WASHINGTON (Reuters) - The lobbying firm said it did work in 2014 for the same "
            "pro-government Georgian party.",
            "GEO",
        ),
        (
            "WASHINGTON (Reuters) - A U.S. lobbyist had worked for a Ukrainian political party "
            "before joining the campaign.",
            "UKR",
        ),
    ],
)
def test_recall34_work_for_another_countrys_side(code_all, text, target):
    doc = code_all(text)
    found = [e for e in _all(doc, "061") if e.target_actor.startswith(target)]
    assert found, seen(doc)


def test_recall34_work_for_ones_own_side_is_no_cooperation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The strategist worked for the Republican senator's campaign "
        "in 2016."
    )
    assert not _all(doc, "061"), seen(doc)


def test_recall34_working_with_someone_keeps_its_entry(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The company said it will continue to work with the Commerce "
        "Department for any documents it needs."
    )
    assert not [e for e in _all(doc, "061")], seen(doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "WASHINGTON (Reuters) - The bank has turned over thousands of emails and financial "
            "records to the Senate Banking Committee, a spokesman said.",
            "USALEG",
        ),
        (
            "WASHINGTON (Reuters) - The former campaign aide delivered the subpoenaed documents "
            "to the House Intelligence Committee on Monday.",
            "USALEG",
        ),
        (
            "WASHINGTON (Reuters) - The White House said the Trump campaign had provided the "
            "special counsel with emails from its former chairman.",
            "USAJUD",
        ),
    ],
)
def test_recall34_documents_handed_over_are_information_shared(code_all, text, target):
    doc = code_all(text)
    found = [e for e in _all(doc, "064") if e.target_actor == target]
    assert found, seen(doc)


def test_recall34_provided_with_something_else_is_no_information(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The United States provided Ukraine with anti-tank weapons last "
        "year."
    )
    assert not _all(doc, "064"), seen(doc)
    assert _all(doc, "070"), seen(doc)  # the aid entry keeps it
