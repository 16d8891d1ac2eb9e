"""Header parts read off single lines: dates, bylines, datelines, outlets."""

from __future__ import annotations

import pytest

from redline.clean.header import (
    date_in_line,
    find_dateline,
    iso_date,
    normal_case,
    outlet_in_remark,
    parse_byline,
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("September 13, 2024", "2024-09-13"),
        ("Sep 13, 2024 | 4:05 pm", "2024-09-13"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("Published: 13 September 2024", "2024-09-13"),
        ("Updated Sept. 13, 2024 4:05 p.m. ET", "2024-09-13"),
        ("2024-09-13", "2024-09-13"),
    ],
)
def test_header_date_lines_parse_to_iso(line, iso):
    assert iso_date(date_in_line(line)) == iso


@pytest.mark.parametrize(
    "line",
    ["The war began on September 13, 2024.", "Ceasefire talks", "13 Comments", "2024 budget vote"],
)
def test_header_sentences_are_not_date_lines(line):
    assert date_in_line(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("BY JANE DOE AND JOHN ROE, SENIOR POLITICAL CORRESPONDENTS", ("Jane Doe", "John Roe")),
        ("By MARIA LOPEZ, Staff Reporter", ("Maria Lopez",)),
        ("By Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
        ("By SEAN O'BRIEN in Kyiv", ("Sean O'Brien",)),
    ],
)
def test_header_byline_names_without_titles_in_normal_case(line, authors):
    assert parse_byline(line).authors == authors


def test_header_byline_with_date_and_sentence_starting_with_by():
    byline = parse_byline("By Jane Doe | September 13, 2024")
    assert byline.authors == ("Jane Doe",) and byline.date == "September 13, 2024"
    assert parse_byline("By the end of the week, Ottawa had changed its mind.") is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("OTTAWA, Ontario — The federal government said", "Ottawa, Ontario", None),
        ("KYIV (AP) — Russia launched", "Kyiv", "AP"),
        ("WASHINGTON (Reuters) - President Quinn said", "Washington", "Reuters"),
        ("LONDON, Sept 13 (Reuters) - Britain said", "London", "Reuters"),
        ("THE HAGUE, Netherlands — Judges ruled", "The Hague, Netherlands", None),
    ],
)
def test_header_datelines(paragraph, place, agency):
    dateline = find_dateline(paragraph)
    assert (dateline.place, dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    "paragraph", ["NATO said on Friday it would respond.", "The U.S. - China talks resumed."]
)
def test_header_ordinary_sentences_have_no_dateline(paragraph):
    assert find_dateline(paragraph) is None


def test_header_outlet_named_in_remark():
    remark = "Worth reading, according to this story published in the Daily Planet:"
    assert outlet_in_remark(remark) == "Daily Planet"
    assert outlet_in_remark("Have a look at this piece in The Globe and Mail.") == "Globe and Mail"
    assert outlet_in_remark("I think they are wrong about this.") is None


def test_header_normal_case():
    assert normal_case("NEW YORK") == "New York"
    assert normal_case("WASHINGTON, D.C.") == "Washington, D.C."
    assert normal_case("Jane MCDONALD") == "Jane McDonald"


def test_organisation_acronym_in_brackets_is_no_dateline():
    from redline.clean.header import find_dateline

    assert find_dateline("The Nigeria Labour Congress (NLC) on Tuesday called on leaders") is None
    assert find_dateline("Amnesty International (AI) has accused the army of abuses.") is None
    assert find_dateline("Geneva (AFP) The UN said on Monday ...").place == "Geneva"
