"""Whom a call is for when the parser leaves "for" without an object (issue #9, the lead's
reading of the thirty-first round): "called for X to make a statement" is parsed with a bare
"for" and the infinitive hung on the verb as a clause of its own; X, that clause's subject, is
the target. Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import first_triggered, seen

pytestmark = pytest.mark.model


def test_the_clause_subject_after_a_bare_for_is_whom_the_call_is_for(code_all):
    doc = code_all(
        "LONDON (Reuters) - Opposition parties said the budget had been leaked. The Lib Dems "
        "called for Commons leader Peter Hain to make a statement.",
        published="2005-03-17",
    )
    call = first_triggered(doc, "called")
    assert call.root_code == "02", seen(doc)
    assert call.source_actor == "GBROPP", seen(doc)
    assert call.target_actor == "GBRGOV", seen(doc)
    assert doc.text[call.target_start : call.target_end] == "Commons leader Peter Hain"


def test_a_for_with_its_own_object_keeps_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senators called for sanctions against Venezuela on Tuesday.",
        published="2017-11-20",
    )
    call = first_triggered(doc, "called")
    assert "target:pobj(for) 'sanctions'" in call.rule, seen(doc)
