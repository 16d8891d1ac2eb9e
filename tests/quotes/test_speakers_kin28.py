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


FATHER_AND_SON = (
    "COLUMBUS, Ohio (AP) - Donald Trump held a rally in Columbus on Monday. His son, Donald "
    "Trump Jr., spoke first and thanked the volunteers."
)


def test_a_clause_owning_a_father_is_the_son(code_text):
    text = FATHER_AND_SON + " “He has never quit at anything,” Trump said of his father."
    assert speaker_of(code_text, text, "never quit") == "Donald Trump Jr."


def test_a_clause_owning_a_son_is_the_father(code_text):
    text = FATHER_AND_SON + " “I could not be prouder,” Trump said of his son."
    assert speaker_of(code_text, text, "prouder") == "Donald Trump"


def test_with_no_kin_in_the_clause_the_head_of_the_family_stays(code_text):
    # kin27 and before: the bare surname is the man the story is about
    text = FATHER_AND_SON + " “We are going to win Ohio,” Trump said."
    assert speaker_of(code_text, text, "win Ohio") == "Donald Trump"
