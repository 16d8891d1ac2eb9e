"""A government saying what its own country must do states a policy; it demands nothing of
anyone (issue #9, lead, session 27). Read on an unseen Wikinews article: "Johnson has
repeatedly stated that Britain must leave" was coded as a demand from GBRGOV on GBR."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_a_government_on_its_own_country_is_no_demand(code_all):
    doc = code_all(
        "LONDON (Reuters) - Prime Minister Boris Johnson said on Monday that Britain must leave "
        "the European Union on Oct. 31, deal or no deal."
    )
    assert not [e for e in _at(doc, "leave") if e.root_code == "10"], seen(doc)


def test_a_government_on_another_country_still_demands(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Friday that Ukraine "
        "must withdraw its troops from the border."
    )
    demanded = [e for e in _at(doc, "withdraw") if e.root_code == "10"]
    assert demanded and demanded[0].source_actor == "RUSGOV", seen(doc)
    assert demanded[0].target_actor.startswith("UKR"), seen(doc)


def test_a_government_on_a_person_of_its_country_still_appeals(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The White House said on Friday that Senate candidate Roy Moore "
        "should step aside if the allegations against him are true."
    )
    assert [e for e in _at(doc, "step") if e.root_code == "02"], seen(doc)
