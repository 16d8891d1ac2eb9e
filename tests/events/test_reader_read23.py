"""Wrong outputs read on twelve unseen BBC politics and business articles (issue #9 read23),
fixed for the phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        'Defence minister Ali Khan of Pakistan said: "Terrorism is a threat to us all. We are '
        'fighting it every day." Pakistan has arrested 600 suspects.',
        "Ukraine's President Viktor Orlov said his government would not reverse the sales. "
        '"We have trust in this business and want to defend it by law," he said.',
    ],
)
def test_the_it_a_speaker_acts_on_is_not_his_own_country(code_all, text):
    doc = code_all(text)
    own = {"PAK", "UKR"}
    assert not [e for e in doc.events if (e.target_actor or "")[:3] in own], events(doc)


def test_the_it_of_another_country_stays(code_all):
    doc = code_all(
        "Britain's foreign secretary, Jack Hale, said: \"Kenya is a close friend and we will "
        'help it rebuild after the floods."'
    )
    assert [e for e in doc.events if (e.target_actor or "").startswith("KEN")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Tory MP Jim Cole landed in trouble over remarks on Labour tax plans in Scotland.",
        "The Italian minister landed in hot water in Rome over his remarks about Germany.",
    ],
)
def test_landing_in_trouble_is_no_visit(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "042"], events(doc)


def test_landing_in_a_capital_stays_a_visit(code_all):
    doc = code_all("The German chancellor landed in Beijing on Thursday for a two-day visit.")
    assert [e for e in doc.events if e.code == "042"], events(doc)
