"""Recall, seventeenth round (issue #9 recall17): events coded at the right trigger whose actor
was left unresolved on whole articles, each on a sentence written for the test in the style of
wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _seen(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def _pairs(doc, root, rule_part):
    return [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
        for e in doc.events
        if e.code.startswith(root) and rule_part in (e.rule or "")
    ]


def test_recall17_an_appeal_in_a_letter_goes_to_its_recipient(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Canadian dairy farmers sent a letter to Prime Minister Justin "
        "Trudeau on Monday urging a review of the dairy quotas."
    )
    assert _pairs(doc, "02", "letter's recipient") == [("CAN", "CAN")], _seen(doc)


def test_recall17_concerns_raised_in_a_letter_to_someone(code_all):
    doc = code_all(
        "CANBERRA (Reuters) - Two Australian senators, in a letter to Japanese Prime Minister "
        "Fumio Kishida, raised concerns that the whaling programme would resume."
    )
    assert ("AUS", "JPN") in _pairs(doc, "11", "letter's recipient"), _seen(doc)


def test_recall17_wrote_to_lawmakers_urging_them_the_writer_appeals(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japan's biggest business lobby on Tuesday wrote to lawmakers urging "
        "them to pass the energy reform quickly."
    )
    found = [
        (e.source_actor, e.target_actor) for e in doc.events if "letter's writer" in (e.rule or "")
    ]
    assert found and all(s[:3] == "JPN" and t == "JPNLEG" for s, t in found), _seen(doc)


def test_recall17_a_letter_whose_clause_names_its_target_keeps_it(code_all):
    doc = code_all(
        "LONDON (Reuters) - In a letter to the court, the British lawyers criticized Russian "
        "prosecutors for withholding evidence."
    )
    assert not _pairs(doc, "11", "letter's recipient"), _seen(doc)


def test_recall17_an_appeal_for_legislation_goes_to_the_home_legislature(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Canadian grain farmers on Monday called for legislation to end the "
        "rail strike."
    )
    assert _pairs(doc, "02", "a bill with no maker named") == [("CAN", "CAN")], _seen(doc)
    assert any(e.target_actor == "CANLEG" for e in doc.events), _seen(doc)


def test_recall17_a_foreign_appeal_for_legislation_gets_no_legislature(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - The Chinese embassy on Monday called for legislation to protect "
        "Chinese students."
    )
    assert not _pairs(doc, "02", "a bill with no maker named"), _seen(doc)


def test_recall17_countries_counted_here_and_listed_later(code_all):
    doc = code_all(
        "CANBERRA (Reuters) - Australia paused refugee admissions from four countries on "
        "Friday. The countries named by the department are Fiji, Tonga, Samoa and Vanuatu, "
        "officials said."
    )
    targets = sorted(e.target_actor[:3] for e in doc.events if "the 4 listed" in (e.rule or ""))
    assert targets == ["FJI", "TON", "VUT", "WSM"], _seen(doc)


def test_recall17_a_list_of_another_length_is_not_the_counted_countries(code_all):
    doc = code_all(
        "CANBERRA (Reuters) - Australia paused refugee admissions from five countries on "
        "Friday. The countries named by the department include Fiji, Tonga and Samoa, "
        "officials said."
    )
    assert not [e for e in doc.events if "listed" in (e.rule or "")], _seen(doc)


def test_recall17_an_indictment_by_a_grand_jury_charges_who_pleads_to_it(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Former Nissan executive Greg Kelly pleaded not guilty on Tuesday "
        "to a five-count indictment by a federal grand jury."
    )
    charged = [e for e in doc.events if e.code == "173" and "charged:" in (e.rule or "")]
    assert charged and charged[0].source_actor == "USAJUD", _seen(doc)
    assert charged[0].target_text and "Kelly" in charged[0].target_text, _seen(doc)


def test_recall17_refusing_to_meet_with_someone_aims_at_them(code_all):
    doc = code_all(
        "ANKARA (Reuters) - Turkish President Tayyip Erdogan refused to meet with Greek Prime "
        "Minister Kyriakos Mitsotakis on Thursday."
    )
    assert _pairs(doc, "12", "meeting's partner") == [("TUR", "GRC")], _seen(doc)


def test_recall17_calling_off_a_meeting_with_someone_aims_at_them(code_all):
    doc = code_all(
        "SEOUL (Reuters) - South Korean President Yoon Suk Yeol canceled a planned meeting with "
        "Japanese Prime Minister Fumio Kishida after the dispute."
    )
    assert _pairs(doc, "16", "meeting's partner") == [("KOR", "JPN")], _seen(doc)


def test_recall17_yielding_to_pressure_from_someone(code_all):
    doc = code_all(
        "ROME (Reuters) - Italian Prime Minister Giorgia Meloni yielded to pressure from the "
        "European Commission on Friday and dropped the tax."
    )
    assert ("ITA", "IGO") in _pairs(doc, "08", "pressure from"), _seen(doc)
    assert ("IGO", "ITA") in _pairs(doc, "10", "pressure"), _seen(doc)


def test_recall17_who_met_during_a_meeting_with_someone(code_all):
    doc = code_all(
        "NEW DELHI (Reuters) - Modi said he raised the border dispute during a meeting with "
        "Chinese President Xi Jinping on Saturday."
    )
    assert ("IND", "CHN") in _pairs(doc, "04", "met at the meeting"), _seen(doc)


def test_recall17_a_meeting_with_ones_fellows_is_no_contact(code_all):
    doc = code_all(
        "LONDON (Reuters) - The British prime minister spoke to reporters after a closed-door "
        "meeting with fellow Conservative lawmakers."
    )
    assert not _pairs(doc, "04", "met at the meeting"), _seen(doc)


def test_recall17_an_investigation_of_another_country_told_in_passing(code_all):
    doc = code_all(
        "PARIS (Reuters) - The former aide pleaded guilty on Monday to lying to investigators "
        "in French prosecutors' probe into Russian interference in the 2022 election."
    )
    assert ("FRA", "RUS") in _pairs(doc, "09", "pobj(into)"), _seen(doc)


def test_recall17_an_investigation_at_home_told_in_passing_stays_background(code_all):
    doc = code_all(
        "PARIS (Reuters) - The former aide pleaded guilty on Monday to lying to investigators "
        "in French prosecutors' probe into the French campaign's finances."
    )
    assert not _pairs(doc, "09", "pobj(into)"), _seen(doc)
