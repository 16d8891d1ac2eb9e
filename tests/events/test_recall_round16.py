"""Recall, sixteenth round (issue #9 recall16): frames that failed on whole articles, each on a
sentence written for the test in the style of wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _seen(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def _nominal(doc, code):
    return [
        (e.source_actor or "", e.target_actor or "")
        for e in doc.events
        if e.code == code and "(nominals.yml)" in (e.rule or "")
    ]


def test_recall16_a_request_answered_is_an_appeal_to_who_answers(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Poland's constitutional court on Tuesday rejected the Polish "
        "government's request to delay the ruling."
    )
    assert [(s[:3], t[:3]) for s, t in _nominal(doc, "020")] == [("POL", "POL")], _seen(doc)
    assert _nominal(doc, "020")[0][1].endswith("JUD"), _seen(doc)


def test_recall16_a_request_from_someone_granted_by_an_agency(code_all):
    doc = code_all(
        "BERLIN (Reuters) - The German economy ministry granted a request from Chancellor Olaf "
        "Scholz for more documents on Monday."
    )
    assert [(s[:3], t[:3]) for s, t in _nominal(doc, "020")] == [("DEU", "DEU")], _seen(doc)


def test_recall16_a_request_no_one_answers_is_not_this_entry(code_all):
    doc = code_all(
        "PARIS (Reuters) - French President Emmanuel Macron repeated his request that parliament "
        "pass the pension bill."
    )
    assert not [e for e in doc.events if "answered the request" in (e.rule or "")], _seen(doc)


def test_recall16_work_for_another_countrys_government_is_cooperation(code_all):
    doc = code_all(
        "BRUSSELS (Reuters) - The charges centre on the Belgian lobbyist's work for the Qatari "
        "government between 2019 and 2022."
    )
    assert [(s[:3], t[:3]) for s, t in _nominal(doc, "061")] == [("BEL", "QAT")], _seen(doc)


def test_recall16_work_for_ones_own_side_is_not_coded(code_all):
    doc = code_all(
        "LONDON (Reuters) - The British adviser's work for the British government ended in 2019."
    )
    assert not _nominal(doc, "061"), _seen(doc)


def test_recall16_agreeing_on_a_joint_statement_is_an_agreement_both_ways(code_all):
    doc = code_all(
        "ROME (Reuters) - Italian Prime Minister Giorgia Meloni and Greek Prime Minister Kyriakos "
        "Mitsotakis agreed on a joint statement on migration on Thursday."
    )
    agreed = sorted(
        (e.source_actor[:3], e.target_actor[:3])
        for e in doc.events
        if e.code == "057" and e.source_actor and e.target_actor
    )
    assert agreed == [("GRC", "ITA"), ("ITA", "GRC")], _seen(doc)
