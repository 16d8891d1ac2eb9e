"""Wrong outputs read on twelve unseen BBC articles (issue #9 read24), fixed for the phrasing;
the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders want to see the legal advice which the minister gave to the cabinet "
        "before the vote.",
        "The Norwegian energy minister gave evidence to the committee on Tuesday.",
        "The French finance minister gave a briefing to German officials in Berlin.",
    ],
)
def test_what_is_given_to_someone_is_no_yielding(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "080"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government finally gave in to the striking doctors on Friday.",
        "The Chilean government gave way to the miners' union after a week of blockades.",
    ],
)
def test_giving_in_or_way_to_stays_a_yield(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code.startswith("08")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Gazneft chief financial officer Pavel Orlov, who moved to London in May, admitted "
        "the error.",
        "The Russian firm's chief operating officer criticised the Kremlin on Monday.",
    ],
)
def test_a_company_officer_is_business_not_police(code_all, text):
    doc = code_all(text)
    sources = [e.source_actor or "" for e in doc.events]
    assert sources and not [s for s in sources if s.endswith("COP")], events(doc)


def test_a_police_officer_stays_police(code_all):
    doc = code_all("A Russian police officer arrested two protesters in Moscow on Monday.")
    assert [e for e in doc.events if (e.source_actor or "").endswith("COP")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Labour MP Jane Hill said: \"I'm delighted I've been given the chance to take on the "
        'prime minister."',
        'The Kenyan opposition leader Raila Odinga said: "We are delighted we have defeated '
        'the ruling party in Nairobi."',
        "Italy's prime minister said he was glad he had beaten the French government in the vote.",
    ],
)
def test_glad_of_ones_own_deed_praises_no_one(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "051"], events(doc)


def test_pleased_at_another_actors_act_stays_praise(code_all):
    doc = code_all(
        "The Kenyan opposition leader said he was pleased that the court had freed the journalists."
    )
    assert [e for e in doc.events if e.code == "051"], events(doc)


@pytest.mark.parametrize("title", ["Ms", "Mr"])
@pytest.mark.parametrize("surname", ["King", "Bishop"])
def test_a_role_word_after_a_courtesy_title_is_a_surname(code_all, title, surname):
    doc = code_all(
        f"Pro-war Labour MP Alice {surname} will stand again in Bow. {title} {surname} "
        "criticised the Home Office on Monday."
    )
    criticised = [e for e in doc.events if e.trigger_text == "criticised"]
    assert criticised and not [e for e in criticised if (e.source_actor or "").endswith("GOV")]
    assert not [e for e in criticised if (e.source_actor or "").endswith("REL")], events(doc)


def test_mr_president_still_addresses_the_office(nlp):
    from redline.actors.book import FORMS_OF_ADDRESS

    assert "president" in FORMS_OF_ADDRESS and "speaker" in FORMS_OF_ADDRESS
