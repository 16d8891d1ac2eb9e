"""An actor the text says an act is not aimed at is no party to it (issue #9, helper modal40,
session 30): "criticized Syria and Iran but not Turkey" criticizes Syria and Iran only; "not only X
but also Y" names both; a clause with "not" ("pledged not to allow cuts") is no list."""

from __future__ import annotations

from event_views import seen


def _targets(doc, trigger):
    return {e.target_actor for e in doc.events if e.trigger_text == trigger}


def test_but_not_members_are_not_condemned(code_all):
    doc = code_all(
        "PARIS (Reuters) - The French minister criticized Syria and Iran but not Turkey and "
        "Russia in a speech."
    )
    targets = _targets(doc, "criticized")
    assert {"SYR", "IRN"} <= targets, seen(doc)
    assert not targets & {"TUR", "RUS"}, seen(doc)


def test_not_only_but_also_names_both(code_all):
    doc = code_all("PARIS (Reuters) - France condemned not only Iran but also Belarus on Monday.")
    assert {"IRN", "BLR"} <= _targets(doc, "condemned"), seen(doc)


def test_plain_list_keeps_every_member(code_all):
    doc = code_all("PARIS (Reuters) - France condemned Iran, Belarus and Israel on Monday.")
    assert {"IRN", "BLR", "ISR"} <= _targets(doc, "condemned"), seen(doc)
