"""A verdict given with "called X ADJ" where the parser reads the adjective as X's modifier
after the noun (issue #9, lead, session 27), and verdicts on a rival's plans that were not
listed ("unrealistic"). Both read on unseen BBC copy, where such criticism coded nothing."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_called_the_plans_unworkable(code_all):
    doc = code_all(
        "LONDON (Reuters) - Conservative leader Michael Howard called Labour's plans unworkable."
    )
    coded = [e for e in doc.events if e.code == "111"]
    assert coded and coded[0].source_actor.startswith("GBR"), seen(doc)
    assert coded[0].target_actor.startswith("GBR"), seen(doc)


def test_called_it_two_coordinated_adjectives(code_all):
    doc = code_all(
        "LONDON (Reuters) - The Liberal Democrats called the government's tax plan unworkable "
        "and unfair."
    )
    coded = [e for e in doc.events if e.code == "111"]
    assert coded and coded[0].target_actor == "GBRGOV", seen(doc)


def test_plans_said_to_be_unrealistic(code_all):
    doc = code_all(
        "LONDON (Reuters) - The Conservatives said on Monday that Labour's spending plans were "
        "wholly unrealistic."
    )
    assert [e for e in doc.events if e.code == "111"], seen(doc)


def test_an_adjective_that_judges_nothing_names_nothing(code_all):
    doc = code_all(
        "LONDON (Reuters) - The minister called the officials responsible for the railways "
        "to a meeting on Friday."
    )
    assert not [e for e in doc.events if e.root_code == "11"], seen(doc)
    assert _at(doc, "called") is not None
