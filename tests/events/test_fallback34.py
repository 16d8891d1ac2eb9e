"""issue #9 fallback34: a commitment whose act an entry matched is coded when the act's own event
is dropped (a sense reads "fight the opioid epidemic" as no fight); the verbs of a question put in
an adverbial "asked if / whether" clause are asserted by no one (sentences written for the test
in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


def test_fallback34_a_promise_to_fight_a_problem_is_still_a_promise(code_all):
    doc = code_all(
        "BEIJING (Reuters) - China agreed on Friday to fight the opioid epidemic, U.S. officials "
        "said."
    )
    assert [(e.source_actor, e.code) for e in by_trigger(doc, "agreed")] == [("CHN", "030")], seen(
        doc
    )
    assert not by_trigger(doc, "fight"), seen(doc)


def test_fallback34_a_promise_whose_act_is_read_otherwise_is_coded(code_all):
    doc = code_all(
        "MEXICO CITY (Reuters) - Mexico's president promised on Monday to fight corruption in the "
        "police, his office said."
    )
    assert [e.code for e in by_trigger(doc, "promised")] == ["030"], seen(doc)


def test_fallback34_a_matched_act_still_tells_the_commitment(code_all):
    doc = code_all(
        "MEXICO CITY (Reuters) - Mexico promised on Monday to fight drug cartels with the United "
        "States, officials said."
    )
    assert not by_trigger(doc, "promised"), seen(doc)  # the act's own event says it
    assert [e.code for e in by_trigger(doc, "fight")] == ["1384"], seen(doc)


def test_fallback34_a_question_put_to_someone_is_no_event(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Asked on Tuesday if she wanted Pompeo to resign, the senator "
        "dodged the question."
    )
    assert not by_trigger(doc, "resign"), seen(doc)
    assert not [e for e in doc.events if e.code.startswith("02")], seen(doc)
    doc = code_all(
        "MOSCOW (Reuters) - When asked whether Russia would attack Ukraine, the Kremlin "
        "spokesman declined to answer."
    )
    assert not by_trigger(doc, "attack"), seen(doc)


def test_fallback34_what_is_done_beside_a_question_is_coded(nlp):
    from redline.events.coder import _question_content

    asked = nlp("Asked on Tuesday if she wanted Pompeo to resign, the senator dodged the question.")
    assert {asked[i].text for i in _question_content(asked[:])} == {"wanted", "resign"}
    answered = nlp("Asked if Russia would attack Ukraine, the minister said it would not.")
    assert not _question_content(answered[:])  # the answer may take the content up
    told = nlp("Asked to leave the country, the envoy flew to Moscow on Friday.")
    assert not _question_content(told[:])  # a request, no question
    plain = nlp("The envoy asked whether Russia would attack Ukraine.")
    assert not _question_content(plain[:])  # not an adverbial clause


def test_fallback34_the_main_clause_beside_a_question_is_coded(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Asked whether Warsaw would send more troops, Poland's defense "
        "minister met Ukraine's ambassador on Monday."
    )
    assert by_trigger(doc, "met"), seen(doc)
    assert not by_trigger(doc, "send"), seen(doc)
