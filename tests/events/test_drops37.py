"""Drops, issue #9 drops37: a participle of a speaking verb set off by a comma, with no subject
of its own, is the subject's own statement told beside the main act; it and what it says are
kept like the main clause's events (sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _token(doc, word):
    return next(t for t in doc if t.lower_ == word)


def test_drops37_a_comma_speech_participle_is_the_subjects_own_act(nlp):
    from redline.events.coder import _kept_background, _own_act_clause

    own = nlp("Poland rejected the proposal on Monday, calling Germany's plan a dangerous mistake.")
    assert _own_act_clause(_token(own, "calling"))
    said = nlp("Kyiv declined to comment, saying Minsk had not contacted its embassy.")
    assert _own_act_clause(_token(said, "saying"))
    assert _kept_background(_token(said, "contacted"))


def test_drops37_not_a_participle_with_a_subject_or_no_comma_or_another_verb(nlp):
    from redline.events.coder import _own_act_clause

    subject = nlp("Poland rejected the proposal, with aides calling the plan a mistake.")
    assert not _own_act_clause(_token(subject, "calling"))
    bare = nlp("The minister came to the talks saying little about the plan.")
    assert not _own_act_clause(_token(bare, "saying"))
    offering = nlp("Japan held talks with Mali on Monday, offering further aid to the army.")
    assert not _own_act_clause(_token(offering, "offering"))  # not a speaking verb
    purpose = nlp("The envoy flew to Kyiv to meet Ukrainian officials.")
    assert not _own_act_clause(_token(purpose, "meet"))


def test_drops37_what_a_comma_saying_clause_says_is_coded(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Polish officials declined to comment on Tuesday, saying Germany "
        "had not yet contacted them about the pipeline."
    )
    contacted = [e for e in doc.events if e.trigger_text == "contacted"]
    assert [(e.source_actor[:3], e.code[:2]) for e in contacted] == [("DEU", "04")], seen(doc)
