"""Outputs read on eight unseen BBC and Wikinews articles (issue #9 read36, session 27), fixed
for the phrasing: co-subjects that sign a pact or meet for a summit with no partner named do it
with each other; a thing that "goes to" someone (a bill, a case, credit, money) travels nowhere;
a meeting with one side, "then with" another, is a meeting with both. The sentences are our own,
in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

pytestmark = pytest.mark.model


def _pairs(doc, trigger: str, code: str) -> set[tuple]:
    return {(e.source_actor, e.target_actor) for e in by_trigger(doc, trigger) if e.code == code}


@pytest.mark.parametrize(
    "text, trigger, code, sides",
    [
        (
            "ANKARA (Reuters) - Turkey and Libya signed a maritime border agreement on "
            "Wednesday, angering Athens.",
            "signed",
            "057",
            ("TUR", "LBY"),
        ),
        (
            "CAIRO (Reuters) - Cyprus and Egypt had signed a deal in 2018 to pipe gas to the "
            "coast.",
            "signed",
            "057",
            ("CYP", "EGY"),
        ),
        (
            "JERUSALEM (Reuters) - Delegations of Cyprus, Greece and Israel met for a trilateral "
            "summit in Athens on Thursday.",
            "met",
            "040",
            ("CYP", "GRC"),
        ),
    ],
)
def test_co_subjects_sign_or_meet_with_each_other(code_all, text, trigger, code, sides):
    doc = code_all(text)
    a, b = sides
    assert {(a, b), (b, a)} <= _pairs(doc, trigger, code), events(doc)


def test_a_pact_signed_with_a_partner_named_keeps_its_partner(code_all):
    doc = code_all("ANKARA (Reuters) - Turkey and Libya signed an agreement with Qatar on Monday.")
    assert ("TUR", "LBY") not in _pairs(doc, "signed", "057"), events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("LONDON (Reuters) - Britain and France pledged $1 billion in aid on Monday.", "pledged"),
        ("LONDON (Reuters) - Britain and France offered help after the floods.", "offered"),
    ],
)
def test_co_subjects_who_pledge_aid_give_it_to_no_one_named(code_all, text, trigger):
    doc = code_all(text)
    assert all(e.target_actor is None for e in by_trigger(doc, trigger)), events(doc)


def test_one_signer_alone_has_no_partner(code_all):
    doc = code_all("ANKARA (Reuters) - Turkey signed a maritime border agreement on Wednesday.")
    assert all(e.target_actor is None for e in by_trigger(doc, "signed")), events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "WASHINGTON (Reuters) - The bill passed by House Republicans now goes to the "
            "Senate, where its fate is unclear.",
            "goes",
        ),
        (
            "LONDON (Reuters) - Much of the credit for the Conservatives' revival must go to "
            "the Australian strategist Lynton Crosby.",
            "go",
        ),
        (
            "WASHINGTON (Reuters) - The case brought by the Justice Department will go to the "
            "Supreme Court next year.",
            "go",
        ),
    ],
)
def test_a_thing_that_goes_to_someone_visits_no_one(code_all, text, trigger):
    doc = code_all(text)
    assert not any(e.code in ("042", "043") for e in by_trigger(doc, trigger)), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Bill Clinton went to Beijing in 1998.",
        "BEIJING (Reuters) - A trade delegation from Washington went to Beijing on Monday.",
    ],
)
def test_people_who_go_somewhere_still_visit(code_all, text):
    doc = code_all(text)
    assert any(e.code == "042" and e.target_actor == "CHN" for e in doc.events), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Later on Tuesday the Greek prime minister met with the "
        "International Monetary Fund, then with President Donald Trump.",
        "WASHINGTON (Reuters) - The Greek prime minister met with the IMF and then with "
        "President Donald Trump at the White House.",
    ],
)
def test_a_meeting_then_with_another_meets_both(code_all, text):
    doc = code_all(text)
    assert {"IGOBUSIMF", "USAGOV"} <= {e.target_actor for e in by_trigger(doc, "met")}, events(doc)


def test_a_second_for_that_narrows_the_first_is_no_target(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Trump has called for an end to the subsidy, at least for the "
        "National Football League."
    )
    assert not any(e.target_actor == "USA" for e in by_trigger(doc, "called")), events(doc)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "LONDON (Reuters) - A spokesman for UKIP called on the assembly member to quit his "
            "seat.",
            "GBROPP",
        ),
        (
            "WASHINGTON (Reuters) - A spokeswoman for Exxon Mobil criticised the senator's "
            "remarks on Monday.",
            "USABUS",
        ),
        (
            "LONDON (Reuters) - A spokeswoman for the company criticised the minister on Monday.",
            "GBRBUS",
        ),
    ],
)
def test_a_spokesperson_for_a_body_speaks_for_it(code_all, text, source):
    doc = code_all(text)
    assert {e.source_actor for e in doc.events} == {source}, events(doc)


def test_a_spokesman_for_a_country_is_its_government(code_all):
    doc = code_all("ATHENS (Reuters) - A spokesman for Greece criticised Turkey on Monday.")
    assert {e.source_actor for e in by_trigger(doc, "criticised")} == {"GRCGOV"}, events(doc)
