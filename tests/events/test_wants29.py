"""Wants, plans and vows, issue #9 wants29 (issue #9 item 7): a vow to stand in someone's way
is a threat (130) to that one, as is an aim to do away with an agency; a promise's condition
clause ("if North Korea stopped ...") is not the act promised. Sentences written for the test in
the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads

pytestmark = pytest.mark.model


def _threats(doc) -> list[tuple[str | None, str | None]]:
    return [(e.source_actor, e.target_actor) for e in doc.events if e.code == "130"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "PARIS (Reuters) - France's president pledged on Monday to stop Russia from annexing "
            "more Ukrainian territory.",
            "FRA",
            "RUS",
        ),
        (
            "WASHINGTON (Reuters) - The senator vowed to vote against the White House's budget.",
            "USA",
            "USAGOV",
        ),
        (
            "JERUSALEM (Reuters) - The prime minister vowed on Sunday to prevent Hamas from "
            "rearming.",
            "",
            "PSE",
        ),
    ],
)
def test_a_vow_to_block_someone_is_a_threat_to_them(code_all, text, source, target):
    doc = code_all(text, published="2017-12-01")
    threats = _threats(doc)
    assert any((s or "").startswith(source) and (t or "").startswith(target) for s, t in threats), (
        dyads(doc)
    )


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The budget director has long sought to dismantle the Consumer "
        "Financial Protection Bureau.",
        "WASHINGTON (Reuters) - As a candidate, the president promised to gut the Environmental "
        "Protection Agency.",
    ],
)
def test_an_aim_to_do_away_with_an_agency_is_a_threat_to_it(code_all, text):
    doc = code_all(text, published="2017-12-01")
    assert any(t == "USAGOV" for _, t in _threats(doc)), dyads(doc)


def test_weakening_a_grip_is_no_threat(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japan wants to weaken China's grip on rare earth supplies.",
        published="2017-12-01",
    )
    assert not _threats(doc), dyads(doc)


def test_a_promise_on_a_condition_does_not_promise_the_condition(code_all):
    doc = code_all(
        "SEOUL (Reuters) - The president promised a better future if North Korea stopped "
        "its missile tests.",
        published="2017-12-01",
    )
    assert not [e for e in doc.events if e.code.startswith("13")], dyads(doc)


def test_a_pledge_to_oppose_a_bill_stays_its_opposition(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Two Republican senators pledged to oppose any bill that "
        "expands the deficit.",
        published="2017-12-01",
    )
    assert not _threats(doc), dyads(doc)
