"""The name a naming verb gives, when the small parser reads it as X's apposition ("branded the
budget a publicity stunt"): still the name given (issue #9, lead, session 26); an apposition set
off by commas describes X and names nothing."""

from __future__ import annotations

from event_views import seen


def test_name_read_as_an_apposition_is_still_the_name_given(code_all):
    doc = code_all("Opposition MPs branded the chancellor's budget a publicity stunt.")
    named = [e for e in doc.events if (e.rule or "").startswith("evaluative:criticize named")]
    assert named and named[0].code == "111", seen(doc)


def test_an_apposition_set_off_by_commas_is_no_name(code_all):
    doc = code_all("The senator called Bill Smith, the mayor of Boston, on Tuesday.")
    assert not [e for e in doc.events if (e.rule or "").startswith("evaluative:")], seen(doc)
