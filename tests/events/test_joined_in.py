""" "Joined other senators in urging him to quit": the gerund after "join ... in" is the joiner's
own act, told at the depth of "join", not a background clause left to the lower-clause floor
(issue #9, lead, session 27, after policy27's finding: three gold records in three articles)."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen

from redline.events.coder import LOWER_CLAUSE_NOTE


def test_joined_in_urging_is_the_sentences_own_act(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator John McCain met Trump on Tuesday and joined Democrats "
        "in urging Roy Moore to quit the Alabama race."
    )
    urged = _at(doc, "urging")
    assert urged and LOWER_CLAUSE_NOTE not in (urged[0].rule or ""), seen(doc)


def test_a_gerund_after_another_verb_stays_a_lower_clause(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Jeff Flake praised the bill on Tuesday, before urging "
        "Roy Moore to quit the Alabama race."
    )
    urged = _at(doc, "urging")
    assert all(LOWER_CLAUSE_NOTE in (e.rule or "") for e in urged), seen(doc)
