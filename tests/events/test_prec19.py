"""issue #9 prec19: precision on whole articles. Wrong kinds read in the coder's output on the
free document-gold splits and on the lead's unseen pages, fixed for the phrasing; the sentences
are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Officials are worried about the militants in the north, a State "
        "Department spokesman said.",
        "KABUL (Reuters) - Aid workers remain concerned about violence ahead of the vote.",
        "BAGHDAD (Reuters) - Residents were alarmed by the insurgents gathering near the bridge.",
    ],
)
def test_worry_about_armed_men_is_no_criticism(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "111"], events(doc)


def test_worry_about_a_plan_still_criticises(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Some Republican senators are worried about the Senate leader's "
        "plan to attach the healthcare bill to the spending measure."
    )
    assert [e for e in doc.events if e.code == "111"], events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "LONDON (Reuters) - Rights group Amnesty International called for an arms embargo "
            "against Myanmar on Wednesday.",
            "called",
        ),
        (
            "WASHINGTON (Reuters) - The administration has pushed for selling reactors abroad to "
            "compete with Russia and China.",
            "pushed",
        ),
        (
            "WASHINGTON (Reuters) - The senator called for public hearings on the ambush in Niger.",
            "called",
        ),
    ],
)
def test_a_country_inside_what_is_called_for_is_no_target(code_all, text, trigger):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert found, events(doc)
    assert all(e.target_actor is None for e in found), events(doc)


def test_calling_on_a_country_keeps_it(code_all):
    doc = code_all("LONDON (Reuters) - Britain called on Russia to withdraw its troops.")
    found = [e for e in doc.events if e.trigger_text == "called"]
    assert found and found[0].target_actor.startswith("RUS"), events(doc)


def test_what_is_called_for_keeps_its_own_actor(code_all):
    # the phrase's own maker ("a Justice Department investigation") is still read
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Warren called for a Justice Department investigation "
        "into the deal."
    )
    found = [e for e in doc.events if e.trigger_text == "called"]
    assert found and found[0].target_actor == "USAJUD", events(doc)


def test_threats_traded_are_threats_both_ways(code_all):
    doc = code_all(
        "SEOUL (Reuters) - North Korea and the United States have traded threats of war."
    )
    found = sorted((e.source_actor, e.target_actor) for e in doc.events if e.code == "130")
    assert found == [("PRK", "USA"), ("USA", "PRK")], events(doc)


def test_insults_and_threats_traded_keep_criticism(code_all):
    doc = code_all(
        "SEOUL (Reuters) - Trump has traded insults and threats with North Korean leader Kim "
        "Jong Un."
    )
    found = [e for e in doc.events if e.trigger_text == "traded"]
    # insults are criticism both ways; recall29 codes a second joined object by its own entry,
    # so the threats traded may stand beside them as 130, never in their place
    assert {e.code for e in found} <= {"111", "130"}, events(doc)
    assert sorted((e.source_actor, e.target_actor) for e in found if e.code == "111") == [
        ("PRKGOV", "USA"),
        ("USA", "PRKGOV"),
    ], events(doc)


def test_with_and_a_clause_of_its_own_is_no_partner(code_all):
    doc = code_all(
        "SEOUL (Reuters) - Washington and Pyongyang traded insults and threats last year, with "
        "Trump threatening to destroy the North."
    )
    pairs = sorted(
        (e.source_actor[:3], e.target_actor[:3])
        for e in doc.events
        if e.trigger_text == "traded" and e.target_actor
    )
    assert pairs == [("PRK", "USA"), ("USA", "PRK")], events(doc)


def test_with_a_named_partner_is_still_read(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The senators want to speak with FBI counsel Lisa Page beginning "
        "on Thursday."
    )
    found = [e for e in doc.events if e.trigger_text == "speak"]
    assert found and found[0].target_actor == "USACOP", events(doc)
