"""What read56 saw reading ten unseen BBC business stories (issue #9). The sentences are our
own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            'The White House said it was "dismayed" at the ruling and wants Congress to '
            "overturn the legislation.",
            "overturn",
        ),
        ("The White House criticised the ruling and wants Congress to act.", "act"),
    ],
)
def test_a_joined_wants_shares_the_subject_of_its_first_verb(code_text, text, trigger):
    """ "X said ... and wants Congress to ...": the conjunct "wants" has no subject of its own;
    the appeal is X's (was no event: the governor needed a subject)."""
    doc = code_text(text)
    events = [e for e in by_trigger(doc, trigger) if e.code == "020"]
    assert events, seen(doc)
    assert events[0].source_actor == "USAGOV", seen(doc)
    assert (events[0].target_actor or "").endswith("LEG"), seen(doc)


def test_a_wants_with_no_subject_anywhere_is_no_appeal(code_text):
    doc = code_text("Wants Congress to act, the headline read.")
    assert not [e for e in doc.events if e.code == "020"], seen(doc)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A delegation from Microsoft met European Commission officials on Monday.", "USABUS"),
        (
            "A delegation from the Confederation of British Industry met SEC officials in "
            "Washington.",
            "GBRBUS",
        ),
    ],
)
def test_a_delegation_from_a_firm_or_business_body_is_business(code_text, text, source):
    """The role word "delegation" is GOV; the body that sends it decides (was USAGOV, GBRGOV)."""
    doc = code_text(text)
    events = [e for e in by_trigger(doc, "met") if e.code == "040"]
    assert events, seen(doc)
    assert events[0].source_actor == source, seen(doc)


def test_a_delegation_from_a_country_stays_its_government(code_text):
    doc = code_text("A delegation from China met Japanese officials on Monday.")
    events = [e for e in by_trigger(doc, "met") if e.code == "040"]
    assert events and events[0].source_actor == "CHNGOV", seen(doc)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Exporters in Seoul protested that the Chinese government had raised the levy "
            "without warning.",
            "KOR",
            "CHNGOV",
        ),
        ("Japan protested that China had violated its airspace.", "JPN", "CHN"),
    ],
)
def test_protesting_that_someone_did_something_is_criticism(code_text, text, source, target):
    doc = code_text(text)
    events = [e for e in by_trigger(doc, "protested") if e.code == "111"]
    assert events, seen(doc)
    assert (events[0].source_actor or "").startswith(source), seen(doc)
    assert events[0].target_actor == target, seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Students protested outside the American embassy on Monday.",
        "Farmers protested against the new law in Paris.",
    ],
)
def test_a_street_protest_is_no_criticism_in_words(code_text, text):
    doc = code_text(text)
    assert not [e for e in by_trigger(doc, "protested") if e.code == "111"], seen(doc)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "The paper reported that Vodafone has bid $9bn for Telecom Italia.",
            "bid",
            "GBRBUS",
            "ITABUS",
        ),
        ("Gazprom made a rival bid for Royal Dutch Shell on Monday.", "made", "RUSBUS", "GBRBUS"),
    ],
)
def test_a_bid_for_a_company_is_an_offer_to_buy_it(code_text, text, trigger, source, target):
    doc = code_text(text)
    events = [e for e in by_trigger(doc, trigger) if e.code == "030"]
    assert events, seen(doc)
    assert (events[0].source_actor, events[0].target_actor) == (source, target), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The senator made a bid for Republican votes in Ohio.",
        "Boeing bid for the Pentagon contract last year.",
        "Launching his bid for president in May, the governor promised lower taxes.",
    ],
)
def test_a_bid_for_votes_an_office_or_a_contract_is_no_offer_to_buy(code_text, text):
    doc = code_text(text)
    assert not [e for e in doc.events if e.code == "030"], seen(doc)
