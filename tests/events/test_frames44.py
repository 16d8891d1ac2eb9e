"""Frames, issue #9 frames44: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def _coded(doc, rule: str) -> list[tuple[str, str, str]]:
    return [(e.code, *country_pair(e)) for e in doc.events if rule in (e.rule or "")]


# -- endorsements a candidate collects or shows are their makers' support (051) ----------------


def test_frames44_racked_up_endorsements_from_backs_the_candidate(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. Senator Tim Scott has racked up endorsements from German "
        "business leaders, his campaign said on Monday."
    )
    assert ("051", "DEU", "USA") in _coded(doc, "endorsement+from"), seen(doc)


def test_frames44_touted_endorsements_from_backs_the_candidate(code_all):
    doc = code_all(
        "PARIS (Reuters) - French presidential candidate Emmanuel Macron touted endorsements "
        "from German Chancellor Olaf Scholz and other European leaders on Tuesday."
    )
    assert ("051", "DEU", "FRA") in _coded(doc, "endorsement+from"), seen(doc)


def test_frames44_touting_a_record_is_no_endorsement(code_all):
    # the verb alone, with no endorsement as its object, is no one's support
    doc = code_all(
        "PARIS (Reuters) - French presidential candidate Emmanuel Macron touted his record "
        "on jobs in a speech in Lyon on Tuesday."
    )
    assert not _coded(doc, "endorsement+from"), seen(doc)


# -- the act promised or asked for under an aspect verb ("to continue supporting") ---------------


def test_frames44_promised_to_continue_supporting_is_support_promised(code_all):
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Olaf Scholz promised to continue supporting "
        "Ukraine, his spokesman said on Monday."
    )
    assert ("032", "DEU", "UKR") in _coded(doc, "to support"), seen(doc)


def test_frames44_vowed_to_keep_backing_is_support_promised(code_all):
    doc = code_all(
        "WARSAW (Reuters) - Polish President Andrzej Duda vowed to keep backing Ukraine in its "
        "war, he told reporters on Friday."
    )
    assert ("032", "POL", "UKR") in _coded(doc, "to support"), seen(doc)


def test_frames44_an_aspect_verb_alone_promises_no_support(code_all):
    # "continue" with an object of its own and no "to" verb: nothing promised to anyone
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Olaf Scholz promised to continue the reforms, "
        "his spokesman said on Monday."
    )
    assert not _coded(doc, "to support"), seen(doc)


# -- a "to" verb's conjunct is what is agreed, sought or ordered -------------------------------


def test_frames44_agreed_to_review_and_talk_is_talks_agreed(code_all):
    doc = code_all(
        "BERLIN (Reuters) - The German government agreed to review the plan and negotiate with "
        "Poland over it, a spokesman said on Monday."
    )
    assert ("036", "DEU", "POL") in _coded(doc, "to meet|talk|negotiate"), seen(doc)


def test_frames44_ordered_to_get_out_and_stop_is_an_order_to_stop(code_all):
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Olaf Scholz ordered Ukraine to sit down and halt "
        "the strikes, his spokesman said on Monday."
    )
    assert ("100", "DEU", "UKR") in _coded(doc, "to stop|halt|cease"), seen(doc)


def test_frames44_a_conjoined_main_verb_is_no_complement(code_all):
    # "and met Poland's leader" is the chancellor's own second act, not something agreed to
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Olaf Scholz agreed to review the plan on Monday "
        "and later flew to Warsaw."
    )
    assert not _coded(doc, "to meet|talk|negotiate"), seen(doc)
    assert not _coded(doc, "to talk|negotiate|hold"), seen(doc)
