"""A court that rules a government's act unlawful rejects it (issue #9, lead, session 27;
guideline §5: 120 from the court to the government whose act it is). Read on an unseen Wikinews
report of a supreme court ruling, where the ruling itself coded nothing."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_ruled_unlawful_is_a_rejection_of_the_government(code_all):
    doc = code_all(
        "LONDON (Reuters) - Britain's Supreme Court ruled on Tuesday that Prime Minister Boris "
        "Johnson's suspension of parliament was unlawful."
    )
    ruled = _at(doc, "ruled")
    assert ruled and ruled[0].code == "120", seen(doc)
    assert ruled[0].source_actor.startswith("GBR") and ruled[0].target_actor == "GBRGOV", seen(doc)


def test_declared_unconstitutional_is_a_rejection(code_all):
    doc = code_all(
        "NAIROBI (Reuters) - Kenya's High Court declared the government's emergency decree "
        "unconstitutional and void on Friday."
    )
    declared = _at(doc, "declared")
    assert declared and declared[0].code == "120", seen(doc)


def test_a_ruling_still_to_come_on_whether_is_no_event(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The U.S. Supreme Court is due to rule next year on whether the "
        "new tribunal is an unconstitutional intrusion of the executive branch."
    )
    assert not _at(doc, "rule"), seen(doc)


def test_a_claim_of_illegality_by_activists_is_no_ruling(code_all):
    doc = code_all(
        "CAIRO (Reuters) - Rights groups said on Sunday that the arrests of the protesters "
        "were illegal."
    )
    assert not [e for e in doc.events if e.code == "120"], seen(doc)
