"""Acts the text does not assert (issue #9, helper modal40, session 30): an act in a
whether-clause its actor leaves unanswered ("has not said if they back the plan") and an act
that is only an ability ("they can work for a carmaker") are no events; the same acts said to
be done, or still intended ("will back"), or under a condition, stay."""

from __future__ import annotations

from event_views import by_trigger, seen


def test_not_said_whether_they_back_the_plan_is_no_event(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Two senior German lawmakers have not said whether they back the "
        "European Union plan."
    )
    assert not by_trigger(doc, "back"), seen(doc)


def test_declined_to_say_if_he_met_is_no_event(code_all):
    doc = code_all(
        "KYIV (Reuters) - The Ukrainian envoy declined to say if he had met Putin in Minsk."
    )
    assert not by_trigger(doc, "met"), seen(doc)


def test_unsure_whether_they_expelled_is_no_event(code_all):
    doc = code_all(
        "PARIS (Reuters) - Officials in France were unsure whether Mali had expelled the "
        "French journalists."
    )
    assert not by_trigger(doc, "expelled"), seen(doc)


def test_backing_said_outright_stays(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Two senior German lawmakers said they back the European Union plan."
    )
    assert by_trigger(doc, "back"), seen(doc)


def test_open_intent_under_not_said_stays(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Two senior German lawmakers have not said whether they will back "
        "the European Union plan."
    )
    assert by_trigger(doc, "back"), seen(doc)


def test_investigated_whether_he_met_stays(code_all):
    doc = code_all(
        "KYIV (Reuters) - Prosecutors are investigating whether the Ukrainian envoy met Putin "
        "in Minsk."
    )
    assert by_trigger(doc, "met"), seen(doc)


def test_can_force_is_an_ability_not_an_act(code_all):
    doc = code_all(
        "TEHRAN (Reuters) - A former diplomat said Iran believes it can force Israel to give up "
        "the talks."
    )
    assert not by_trigger(doc, "force"), seen(doc)


def test_can_work_for_is_an_ability_not_an_act(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Young workers from Ukraine can work for companies in Poland, the "
        "minister said."
    )
    assert not by_trigger(doc, "work"), seen(doc)


def test_forced_stays(code_all):
    doc = code_all(
        "TEHRAN (Reuters) - A former diplomat said Iran forced Israel to give up the talks."
    )
    assert by_trigger(doc, "forced"), seen(doc)


def test_can_inside_a_condition_stays(code_all):
    doc = code_all(
        "WARSAW (Reuters) - If Poland can work with Ukraine on grain, the minister said, the "
        "dispute will end."
    )
    assert by_trigger(doc, "work"), seen(doc)
