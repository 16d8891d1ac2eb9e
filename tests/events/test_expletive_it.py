"""An "it" that stands for a clause is no actor (issue #9, lead, session 26): the object "it" of a
small clause ("make it impossible to dismiss ...") and the subject of an adjective predicate
followed by a gerund ("It's no good exhorting ..."). On unseen BBC articles both were resolved to
the country named before and became an event's source."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_it_of_a_small_clause_is_no_source(code_all):
    doc = code_all(
        "France has raised its defence budget. These leaks make it impossible to dismiss Tony "
        "Blair's rift with Gordon Brown as gossip."
    )
    dismissed = _at(doc, "dismiss")
    assert dismissed and all(e.source_actor is None for e in dismissed), seen(doc)


def test_it_before_a_judgement_and_a_gerund_is_no_source(code_all):
    doc = code_all(
        "Britain has cut its aid budget. It's no good just exhorting voters to stop complaining, "
        "or to stop arguing."
    )
    coded = [e for e in doc.events if e.source_text and e.source_text.lower() == "it"]
    assert coded and all(e.source_actor is None for e in coded), seen(doc)


def test_it_standing_for_a_country_still_acts(code_all):
    doc = code_all(
        "Iran has rejected the deal. It urged the European Union to lift the sanctions on Monday."
    )
    urged = _at(doc, "urged")
    assert urged and urged[0].source_actor and urged[0].source_actor.startswith("IRN"), seen(doc)
