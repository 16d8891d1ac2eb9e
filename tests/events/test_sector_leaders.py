"""Leaders of a sector are that sector, not the government (issue #9, lead, session 27):
"Business leaders criticised the plan" was coded from GBRGOV, because "leader" alone is a
government role and the longest role word in the phrase won."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_business_leaders_are_business(code_all):
    doc = code_all(
        "LONDON (Reuters) - Business leaders criticised the government's immigration plan on "
        "Monday, saying it would leave firms short of staff."
    )
    criticised = _at(doc, "criticised")
    assert criticised and criticised[0].source_actor == "GBRBUS", seen(doc)
    assert criticised[0].target_actor == "GBRGOV", seen(doc)


def test_religious_and_community_leaders(code_all):
    doc = code_all(
        "LONDON (Reuters) - Religious leaders condemned the government's asylum plan on Sunday. "
        "Community leaders in Birmingham criticised the police over the raids."
    )
    condemned, criticised = _at(doc, "condemned"), _at(doc, "criticised")
    assert condemned and condemned[0].source_actor == "GBRREL", seen(doc)
    assert criticised and criticised[0].source_actor == "GBRCVL", seen(doc)


def test_a_party_leader_is_still_not_business(code_all):
    doc = code_all(
        "LONDON (Reuters) - Opposition leader Jeremy Corbyn criticised the government's "
        "immigration plan on Monday."
    )
    criticised = _at(doc, "criticised")
    assert criticised and criticised[0].source_actor == "GBROPP", seen(doc)


def test_the_charge_after_an_accusation_is_not_the_accused(code_all):
    # the parse makes "betraying" a modifier of "workers": the workers are what the charge is
    # about, the government is the one accused
    doc = code_all("LONDON (Reuters) - Union leaders accused the government of betraying workers.")
    accused = _at(doc, "accused")
    assert accused and accused[0].target_actor == "GBRGOV", seen(doc)
