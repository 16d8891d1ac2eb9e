"""issue #9 drops26: candidates `_events_for` dropped for want of an actor the clause names.

- talks left through a preposition ("stepping away from negotiations with X", "walked away from
  talks with X"): the verb's subject was in the talks;
- a hearing or discussion "with X" in a fronted phrase: the main clause's subject held it;
- sanctions whose party hangs on them by a preposition ("a firm currently under U.S.
  sanctions"), a sanctions list someone is put on, entities targeted for sanctions.

Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import by_trigger as _at
from event_views import seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Canada's trade minister said on Friday that Ottawa was stepping away from negotiations "
        "with Mexico over dairy quotas.",
        "Canada walked away from negotiations with Mexico on Friday after a dispute over dairy.",
    ],
)
def test_talks_left_or_joined_keep_the_subject(code_all, text):
    doc = code_all(text)
    tuples = {(e.source_actor, e.code[:2], e.target_actor) for e in _at(doc, "negotiations")}
    assert ("CAN", "04", "MEX") in tuples, seen(doc)


def test_talks_named_after_about_are_not_the_subjects(code_all):
    doc = code_all("Canada complained on Friday about negotiations with Mexico over dairy quotas.")
    rules = [e.rule for e in _at(doc, "negotiations")]
    assert not any("met at the meeting" in r for r in rules), seen(doc)


def test_a_fronted_hearing_is_the_speakers(code_all):
    doc = code_all(
        "In a closed-door hearing with Mexican officials, Canada's foreign minister said the "
        "border plan would go ahead."
    )
    tuples = {(e.source_actor, e.code[:2], e.target_actor) for e in _at(doc, "hearing")}
    assert any(s and s.startswith("CAN") and t and t.startswith("MEX") for s, _, t in tuples), seen(
        doc
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Investors worried about the role of a Chinese shipping firm currently under U.S. "
            "sanctions.",
            "CHN",
        ),
        ("Iran's central bank was put on a U.S. sanctions list in 2019.", "IRN"),
        ("The senator urged more action against Iranian banks targeted for U.S. sanctions.", "IRN"),
    ],
)
def test_the_party_under_sanctions_is_their_target(code_all, text, target):
    doc = code_all(text)
    targets = [e.target_actor for e in _at(doc, "sanctions") if e.source_actor == "USA"]
    assert any(t and t.startswith(target) for t in targets), seen(doc)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran says it did not interfere in the Iraqi election.", "IRN"),
        ("Trump has repeatedly said his campaign did not collude with Moscow.", "USA"),
    ],
)
def test_a_speaker_saying_its_side_did_not_act_denies(code_all, text, source):
    doc = code_all(text)
    denials = [e for e in doc.events if e.code == "016"]
    assert any(e.source_actor and e.source_actor.startswith(source) for e in denials), seen(doc)


def test_a_side_that_will_not_act_denies_nothing(code_all):
    doc = code_all("Iran says it will not interfere in the Iraqi election.")
    assert not [e for e in doc.events if e.code == "016"], seen(doc)


def test_a_speaker_saying_another_did_not_act_still_speaks_of_it(code_all):
    doc = code_all("Trump said Russia did not interfere in the election.")
    assert not [e for e in doc.events if e.code == "016"], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Security dominated Macron's trip to the region, which included stops in Senegal and "
        "Ghana.",
        "Security dominated Macron's trip to the region, which has a stop in Senegal and Ghana.",
    ],
)
def test_a_tour_of_a_region_visits_the_countries_of_its_stops(code_all, text):
    doc = code_all(text)
    targets = {e.target_actor for e in _at(doc, "trip") if e.source_actor}
    assert {"SEN", "GHA"} <= {t[:3] for t in targets if t}, seen(doc)


def test_a_tour_of_a_place_with_no_stops_named_is_no_visit(code_all):
    doc = code_all("Security dominated Macron's trip to the region last week.")
    assert not [e for e in _at(doc, "trip") if e.target_actor], seen(doc)


def test_a_thing_acts_for_the_one_who_made_it(code_all):
    doc = code_all(
        "Mexico recalled its ambassador over a tweet that Trump posted on Sunday attacking "
        "Mexico as a haven for gangs."
    )
    tuples = {(e.source_actor, e.code[:2], e.target_actor) for e in _at(doc, "attacking")}
    assert any(s and s.startswith("USA") and t == "MEX" for s, _, t in tuples), seen(doc)


def test_a_campaign_announced_acts_for_its_announcer(code_all):
    doc = code_all(
        "Amnesty International released on Monday a video attacking the Saudi government."
    )
    tuples = {(e.source_actor, e.target_actor) for e in _at(doc, "attacking")}
    assert any(s and s.startswith("NGO") and t == "SAUGOV" for s, t in tuples), seen(doc)


def test_a_law_with_no_maker_named_still_acts_on_no_one(code_all):
    doc = code_all("The 1917 Espionage Act bars officials from sharing secrets with China.")
    assert not [e for e in _at(doc, "bars") if e.source_actor], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Macron on Tuesday renewed his request that Germany release the frozen funds.",
        "Macron repeated his request that Germany send more troops to Mali.",
    ],
)
def test_a_request_asks_the_subject_of_its_that_clause(code_all, text):
    doc = code_all(text)
    tuples = {(e.source_actor, e.code[:2], e.target_actor) for e in _at(doc, "request")}
    assert any(s and s.startswith("FRA") and t and t.startswith("DEU") for s, _, t in tuples), seen(
        doc
    )


def test_their_talks_are_between_the_verbs_subject_and_object(code_all):
    doc = code_all("Macron pressed Merkel during their talks in Berlin on Monday to back the plan.")
    tuples = {(e.source_actor[:3], e.target_actor[:3]) for e in _at(doc, "talks")}
    assert ("FRA", "DEU") in tuples, seen(doc)
    assert ("DEU", "FRA") in tuples, seen(doc)


def test_talks_of_no_named_pair_stay_dropped(code_all):
    doc = code_all("Talks on the budget dragged on for months.")
    assert not _at(doc, "Talks"), seen(doc)
