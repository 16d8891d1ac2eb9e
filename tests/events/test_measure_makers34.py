"""Measure makers, session 26 (issue #9, helper makers34): a plan, scheme, target, tax or ban
judged or answered is aimed at its maker, named by a participle or relative clause on the
measure ("set by the government", "which the Treasury launched") or by the verb that made the
same measure noun in the two sentences before. Sentences are our own, in wire phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


def test_a_participle_names_the_targets_maker(code_all):
    doc = code_all(
        "LONDON (Reuters) - French President Emmanuel Macron welcomed the new emissions targets "
        "set by the British government on Tuesday.",
        published="2017-09-13",
    )
    [welcomed] = by_trigger(doc, "welcomed")
    assert welcomed.target_actor == "GBRGOV", seen(doc)
    assert "its clause names it" in welcomed.rule


def test_a_relative_clause_names_the_taxs_maker(code_all):
    doc = code_all(
        "PARIS (Reuters) - German farmers opposed the fuel tax, which the French government "
        "announced in March.",
        published="2017-09-13",
    )
    [opposed] = by_trigger(doc, "opposed")
    assert opposed.target_actor == "FRAGOV", seen(doc)


def test_a_scheme_unveiled_just_before_is_its_unveilers(code_all):
    doc = code_all(
        "LONDON (Reuters) - The British government unveiled a savings scheme for first-time "
        "buyers on Monday. Economists were divided. The scheme was a gimmick, French "
        "President Emmanuel Macron said.",
        published="2017-09-13",
    )
    [gimmick] = by_trigger(doc, "gimmick")
    assert gimmick.target_actor == "GBRGOV", seen(doc)
    assert "the scheme made by" in gimmick.rule


def test_a_ban_announced_just_before_is_its_announcers(code_all):
    doc = code_all(
        "PARIS (Reuters) - The French government announced a ban on mobile phones in schools. "
        "German teachers rejected the ban on Wednesday.",
        published="2017-09-13",
    )
    [rejected] = by_trigger(doc, "rejected")
    assert rejected.target_actor == "FRAGOV", seen(doc)


def test_a_scheme_made_far_before_is_no_ones(code_all):
    # four sentences back is past the measure's reach: no maker is carried that far
    doc = code_all(
        "LONDON (Reuters) - The British government unveiled a savings scheme on Monday. "
        "Markets rose. Traders were cautious. Banks were shut. French President Emmanuel "
        "Macron criticised the scheme.",
        published="2017-09-13",
    )
    [criticised] = by_trigger(doc, "criticised")
    assert criticised.target_actor is None, seen(doc)


def test_a_target_not_set_has_no_maker(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senate Republicans have not set a target for the talks. China "
        "criticised the target on Tuesday.",
        published="2017-09-13",
    )
    [criticised] = by_trigger(doc, "criticised")
    assert criticised.target_actor is None, seen(doc)


def test_a_plan_its_judges_relative_clause_tells_is_its_unveilers(code_all):
    doc = code_all(
        "BERLIN (Reuters) - The German government unveiled a climate plan that Chinese "
        "officials criticised.",
        published="2017-09-13",
    )
    [criticised] = by_trigger(doc, "criticised")
    assert criticised.target_actor == "DEUGOV", seen(doc)


def test_a_bill_acting_in_its_own_clause_takes_no_maker(code_all):
    # the bill does the act its clause tells: whoever passed it is not the one giving
    doc = code_all(
        "WASHINGTON (Reuters) - Republicans passed a bill that gives tax relief to farmers.",
        published="2017-09-13",
    )
    assert not any("its clause names it" in e.rule for e in doc.events), seen(doc)
