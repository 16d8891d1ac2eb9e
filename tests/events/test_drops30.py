"""issue #9 drops30: candidates `_events_for` or the sentence policy dropped though the clause
names who acted.

- a trip told by a relative clause on the trip noun ("the trips he took to Russia"): the
  clause's own subject made the trip;
- a measure its possessor made, the object of another entry's frame ("a judge blocked Trump's
  ban on transgender troops"): the ban is its maker's own act too (a charge stays the one
  charged's, a request the answering rule's; a frame telling the same act, "issued his
  ban", is one act).

Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import by_trigger as _at
from event_views import seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The committee wants records of the trips Donald Trump Jr. took to Russia in 2013.",
            "USA",
            "RUS",
        ),
        (
            "Investigators are examining a trip that Paul Manafort took to Ukraine last year.",
            "USA",
            "UKR",
        ),
        ("Michael Flynn disclosed a trip he took to Saudi Arabia in 2015.", "USA", "SAU"),
    ],
)
def test_a_trip_told_by_its_relative_clause_is_the_subjects(code_all, text, source, target):
    doc = code_all(text)
    tuples = {(e.source_actor or "", e.code[:2], e.target_actor) for e in _at(doc, "took")}
    assert any(s.startswith(source) and r == "04" and t == target for s, r, t in tuples), seen(doc)


def test_a_trip_that_takes_someone_is_still_the_one_taken(code_all):
    doc = code_all("The tour took the delegation to Beijing and Seoul.")
    rules = [e.rule for e in _at(doc, "took")]
    assert rules and all("whom the tour took" in r for r in rules), seen(doc)


def test_a_risk_taken_is_no_trip(code_all):
    doc = code_all("The senator said the risks he took to win the race in Ohio paid off.")
    assert not [e for e in _at(doc, "took") if e.code[:2] == "04"], seen(doc)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "A federal judge on Friday blocked President Donald Trump's ban on transgender people "
            "serving in the military.",
            "USA",
            "",
        ),
        (
            "A court in Taipei suspended the Chinese government's ban on imports of American beef.",
            "CHN",
            "USA",
        ),
    ],
)
def test_a_measure_acted_on_is_its_makers_own_act(code_all, text, source, target):
    doc = code_all(text)
    tuples = {(e.source_actor or "", e.code[:2], e.target_actor or "") for e in _at(doc, "ban")}
    assert any(s.startswith(source) and r == "17" and t.startswith(target) for s, r, t in tuples), (
        seen(doc)
    )


def test_charges_rejected_are_not_their_holders_measure(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Representative Scott rejected Everton's charges and said he had "
        "never harassed anyone."
    )
    assert not _at(doc, "charges"), seen(doc)


def test_a_ban_issued_is_one_act(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Prime Minister Shinzo Abe issued his ban on ivory imports from Kenya "
        "in March."
    )
    assert [e.code[:2] for e in _at(doc, "issued")] == ["17"], seen(doc)
    assert not _at(doc, "ban"), seen(doc)


def test_a_demand_rejected_asks_the_one_who_rejects_it_not_a_party_inside_it(code_all):
    # a demand owned by its maker and taken in by the answering verb's frame asks whoever
    # answers it: no second event aimed at the country inside the demand
    doc = code_all(
        "Japan has rejected China's repeated demand to end its security treaty with Washington, "
        "officials said on Tuesday."
    )
    pairs = [
        (e.code[:2], (e.source_actor or "")[:3], (e.target_actor or "")[:3]) for e in doc.events
    ]
    assert ("10", "CHN", "USA") not in pairs, seen(doc)
    assert ("12", "JPN", "CHN") in pairs, seen(doc)
