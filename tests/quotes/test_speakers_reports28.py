"""issue #10 reports28: in a passage on a committee's or a body's report, "the report", "it",
"the committee", "members" and "the MPs" speak for the body named before as the report's author
(or the one "a report by ..." names), so its findings get a speaker and an actor code."""

from __future__ import annotations

import pytest
from quote_views import quote_with

PRISONS = (
    "Ministers have lost control of the cost of new prisons, a committee of MPs has said.\n\n"
    "The Commons public accounts committee said the Home Office had lost track of spending on "
    "three new jails. The report said officials had ignored warnings from contractors for two "
    "years. It said the department should publish a full account of the overspend. Members "
    "said they were alarmed by the scale of the waste. The Home Office said it would study the "
    "findings carefully."
)


@pytest.mark.parametrize("words", ["ignored warnings", "publish a full account", "alarmed"])
def test_report_it_and_members_are_the_committee(code_text, words):
    quote = quote_with(code_text, PRISONS, words)
    assert quote.speaker == "Commons public accounts committee"
    assert quote.actor == "GBRLEG"


def test_the_department_answering_keeps_its_own_name(code_text):
    assert quote_with(code_text, PRISONS, "study the findings").speaker == "Home Office"


PEERS = (
    "Peers have attacked the way the government changed the office of lord chancellor.\n\n"
    "A report by the Lords constitution committee found ministers had failed to consult the "
    "judges. The committee's report found the reforms had been rushed through. Members said "
    "the plans should be delayed."
)


@pytest.mark.parametrize("words", ["consult the judges", "rushed through", "delayed"])
def test_a_report_by_a_committee_and_what_follows(code_text, words):
    quote = quote_with(code_text, PEERS, words)
    assert quote.speaker == "Lords constitution committee"
    assert quote.actor == "GBRLEG"


def test_a_report_by_a_body_gives_criticism_its_source(code_text):
    doc = code_text(PEERS)
    sources = {e.source_actor for e in doc.events if e.root_code == "11"}
    assert sources == {"GBRLEG"}


def test_the_report_after_a_named_watchdog(code_text):
    text = (
        "Councils are doing too little to check pub licences, a watchdog has warned.\n\n"
        "The Audit Commission said councils were spending too little on licensing checks. "
        "The report said one council in five had no licensing officer at all."
    )
    assert quote_with(code_text, text, "one council in five").speaker == "Audit Commission"


@pytest.mark.parametrize(
    "text",
    [
        # no body named before: the report stays unplaced
        "Drivers face higher fuel bills this winter.\n\nThe report said prices would rise by a "
        "tenth.",
        # members of a union are not a committee named long before
        "The Commons transport committee said the rail plan was flawed.\n\n" + "Trains ran late "
        "again on Monday across the region and passengers waited for hours. " * 30 + "Members "
        "said they would strike next week.",
    ],
)
def test_no_author_before_or_too_far(code_text, text):
    quote = quote_with(code_text, text, "would")
    assert quote.speaker is None or "committee" not in quote.speaker


def test_a_body_owning_the_report_and_a_person_owning_one(code_text):
    text = (
        "Spending on defence computers is out of control.\n\n"
        "The National Audit Office's report said three systems were years late. Edward Hale, "
        "a former official, said ministers were to blame. Mr Hale's report said the army had "
        "not been consulted."
    )
    assert quote_with(code_text, text, "years late").speaker == "National Audit Office"
    assert quote_with(code_text, text, "not been consulted").speaker != "National Audit Office"


def test_the_mps_after_a_named_committee(code_text):
    text = (
        "The Commons health committee said hospital waiting lists were being fiddled. The MPs "
        "said managers had moved patients between lists to meet targets."
    )
    assert quote_with(code_text, text, "moved patients").speaker == "Commons health committee"
