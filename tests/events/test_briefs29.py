"""Short items, twenty-ninth round (issue #9 briefs29): the phrasings of wire briefs that the
newer free briefs miss most: someone's guilty plea admits the charge (015, as "pleaded
guilty"); whoever faces or is beset by allegations is accused (112); accusers called credible are
praised (051). Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads

pytestmark = pytest.mark.model


def _coded(doc, code: str) -> list:
    return [e for e in doc.events if e.code == code]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Former campaign aide Rick Gates's guilty plea was entered in "
        "federal court in Washington on Friday.",
        "WASHINGTON (Reuters) - The guilty plea entered by former national security adviser "
        "Michael Flynn on Friday concerns only him, the White House said.",
    ],
)
def test_a_guilty_plea_admits_the_charge(code_all, text):
    doc = code_all(text, published="2017-12-01")
    admitted = _coded(doc, "015")
    assert admitted and (admitted[0].source_actor or "").startswith("USA"), dyads(doc)


def test_a_plea_to_someone_is_no_guilty_plea(code_all):
    doc = code_all(
        "KIEV (Reuters) - Ukraine's president made an urgent plea to NATO on Monday.",
        published="2017-12-01",
    )
    assert not _coded(doc, "015"), dyads(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Jackson, a Republican who had faced allegations of bribery "
        "during his time as mayor, won the party's nomination on Tuesday.",
        "WASHINGTON (Reuters) - Jackson, whose campaign was dogged by accusations of bribery, "
        "won the party's nomination on Tuesday.",
        "WASHINGTON (Reuters) - Senator Jackson has been plagued by allegations that he took "
        "bribes, and on Tuesday he said he would not run again.",
    ],
)
def test_whoever_faces_or_is_beset_by_allegations_is_accused(code_all, text):
    doc = code_all(text, published="2017-12-13")
    accused = [e for e in _coded(doc, "112") if "allegation" in (e.rule or "")]
    assert accused, dyads(doc)
    assert "Jackson" in (accused[0].rule or ""), accused[0].rule


def test_allegations_that_beset_nobody_named_accuse_no_one(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The hearing was dogged by allegations of bias on Tuesday.",
        published="2017-12-13",
    )
    assert not [e for e in _coded(doc, "112") if e.target_actor], dyads(doc)


def test_accusers_called_credible_are_praised(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - “The three women who have spoken out are entirely credible,” "
        "Senator Susan Collins told reporters on Tuesday.",
        published="2017-11-14",
    )
    praised = [e for e in _coded(doc, "051") if "credible" in (e.rule or "")]
    assert praised and (praised[0].source_actor or "").startswith("USA"), dyads(doc)


def test_allegations_called_grave_and_credible_still_judge_the_accused(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Susan Collins said the allegations against Senator Roy "
        "Moore were “troubling and credible.”",
        published="2017-11-14",
    )
    assert [e for e in _coded(doc, "111") if "Moore" in (e.rule or "")], dyads(doc)
    assert not [e for e in _coded(doc, "051") if "credible" in (e.rule or "")], dyads(doc)


def test_a_witness_called_not_credible_is_not_praised(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - “The witness is not credible,” the defense lawyer told the "
        "jury on Tuesday.",
        published="2017-11-14",
    )
    assert not [e for e in _coded(doc, "051") if "credible" in (e.rule or "")], dyads(doc)
