"""Speech acts on whole articles (issue #9 item 4, speech9): appeals by "should" / "need to",
what someone named did welcomed, and more evaluative words. Sentences written for the tests in
wire style."""

from __future__ import annotations

import pytest

from redline.model import check_offsets

pytestmark = pytest.mark.model


def _appeals(doc):
    return [e for e in doc.events if "obligation: should" in (e.rule or "")]


def test_speech9_should_said_of_another_is_the_speakers_appeal(code_all):
    doc = code_all("The French president said Iran should stop enriching uranium.", "2019-06-01")
    assert check_offsets(doc) == []
    appeals = _appeals(doc)
    assert appeals, [(e.code, e.rule) for e in doc.events]
    assert (appeals[0].source_actor, appeals[0].code) == ("FRAGOV", "020")
    assert appeals[0].target_actor == "IRN"


def test_speech9_need_to_said_of_another_is_an_appeal(code_all):
    doc = code_all(
        "Senators from both parties said on Wednesday that the technology companies need to do "
        "more to stop Russian propaganda.",
        "2019-06-01",
    )
    appeals = _appeals(doc)
    assert appeals and appeals[0].code == "020", [(e.code, e.rule) for e in doc.events]
    assert (appeals[0].source_actor or "").endswith("LEG")
    assert (appeals[0].target_actor or "").endswith("BUS")


@pytest.mark.parametrize(
    "text",
    [
        "“We should talk to them,” the German chancellor said.",
        "“No one should live like this,” the ambassador said after touring the camp.",
        "“All foreign policy is a black box and it should be,” the judge said.",
        "The bill should be passed before the recess, the senator said.",
    ],
)
def test_speech9_should_of_the_speakers_side_or_of_no_one_is_no_appeal(code_all, text):
    doc = code_all(text, "2019-06-01")
    assert not _appeals(doc), [(e.code, e.rule) for e in doc.events]


def test_speech9_something_of_another_welcomed_is_praise_of_them(code_all):
    doc = code_all(
        "The teachers' union said it welcomed the governor's increases in school funding.",
        "2019-06-01",
    )
    praise = [e for e in doc.events if e.code == "051"]
    assert praise, [(e.code, e.rule) for e in doc.events]
    assert (praise[0].target_actor or "").endswith("GOV")
    assert "is theirs 043->051" in praise[0].rule
    assert not [e for e in doc.events if e.code in ("042", "043")]


def test_speech9_a_delegation_welcomed_is_still_hosted(code_all):
    doc = code_all("Putin welcomed Modi's delegation to the Kremlin.", "2019-06-01")
    assert [e for e in doc.events if e.code == "043"], [(e.code, e.rule) for e in doc.events]
    assert not [e for e in doc.events if e.code == "051"]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("“President Xi has been very helpful on North Korea,” Trump told reporters.",
         "051", "USAGOV", "CHNGOV"),
        ("“The Kremlin's decision is a slap in the face,” the Polish foreign minister said.",
         "111", "POL", "RUS"),
    ],
)  # fmt: skip
def test_speech9_new_evaluative_words(code_all, text, code, source, target):
    doc = code_all(text, "2019-06-01")
    found = [e for e in doc.events if "evaluative" in (e.rule or "") and e.code == code]
    assert found, [(e.code, e.rule) for e in doc.events]
    assert (found[0].source_actor or "")[:3] == source[:3]
    assert (found[0].target_actor or "")[:3] == target[:3]
