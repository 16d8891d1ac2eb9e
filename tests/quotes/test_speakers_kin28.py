"""issue #10 names28: a bare surname after two relatives of that surname are named goes to the
one its own clause points at ("Clinton said as he introduced his wife"; "Trump said of his
father"); with nothing in the clause, the older rules stand. Our own news-style sentences."""

from __future__ import annotations

import pytest
from quote_views import speaker_of

pytestmark = pytest.mark.model

COUPLE = (
    "CONCORD, N.H. (AP) - Hillary Clinton campaigned across New Hampshire on Saturday. Clinton's "
    "husband, Bill, spoke to union members in Nashua."
)


def test_the_clauses_he_is_the_husband_named_as_kin(code_text):
    text = COUPLE + " That evening Clinton said as he introduced his wife, “She has fought for "
    text += "working families all her life.”"
    assert speaker_of(code_text, text, "working families") == "Bill Clinton"


def test_the_clauses_she_keeps_the_candidate(code_text):
    text = COUPLE + " That evening Clinton said as she thanked the crowd, “We are going to win "
    text += "this state.”"
    assert speaker_of(code_text, text, "win this state") == "Hillary Clinton"


def test_with_no_pronoun_in_the_clause_the_candidate_stays(code_text):
    text = COUPLE + " That evening Clinton said, “We are going to win this state.”"
    assert speaker_of(code_text, text, "win this state") == "Hillary Clinton"
