"""Header lines out of the text (issue #10 item 1): bylines, datelines, credits, each with a rule,
and the first sentence starts with the story."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.clean import clean_document
from redline.clean.header import split_lead, titled_byline
from redline.ingest import RawDocument, read_sources

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def clean_file(name: str):
    (raw,) = [
        item for item in read_sources([str(FIXTURES / name)]) if isinstance(item, RawDocument)
    ]
    return clean_document(raw)


def test_header_forwarded_mail_two_titled_bylines_and_dateline_line():
    doc = clean_file("forwarded_titled_bylines.txt")
    assert doc.authors == ["Mark MacKinnon", "Adrian Morrow"]
    assert doc.dateline == "Kyiv"
    assert doc.text.startswith("The Prime Minister said on Tuesday")
    for line in ("MARK MACKINNON", "ADRIAN MORROW", "KYIV", "With a report from Reuters"):
        assert line not in doc.text
    assert doc.meta["credits"] == ["With a report from Reuters"]
    rules = doc.meta["field_rules"]
    assert rules["authors"] == "text:titled-byline"
    assert rules["dateline"] == "text:dateline-line"
    assert rules["credits"] == "text:credit-line"
    assert [h["kind"] for h in doc.meta["header"]] == ["byline", "byline", "dateline"]
    assert doc.text.endswith("over the past week.")


def test_header_wire_correction_inline_byline_dateline_and_credit():
    doc = clean_file("wire_correction.txt")
    assert doc.text.startswith("The Senate on Thursday passed a stopgap spending bill")
    assert doc.text.endswith("The House approved the measure earlier in the day.")
    assert doc.authors == ["Sharon Miles", "Peter Cole"]
    assert (doc.dateline, doc.outlet) == ("Washington", "Reuters")
    assert doc.meta["correction"].startswith("Corrects spelling")
    assert doc.meta["credits"] == ["Reporting by Sharon Miles; Editing by Peter Cole"]
    assert [h["rule"] for h in doc.meta["header"]] == [
        "correction-note",
        "inline-byline",
        "wire-dateline",
    ]


def test_header_scraped_repost_with_titled_byline_and_dash_dateline():
    doc = clean_file("scraped_titled.txt")
    assert doc.authors == ["Anna Koval"]
    assert doc.dateline == "London"
    assert doc.text.startswith("European leaders agreed on Sunday")
    assert "Share this" not in doc.text and "STAFF WRITER" not in doc.text


def test_header_html_page_dateline_leaves_the_text():
    doc = clean_file("../ingest/page.html")
    assert doc.dateline == "Geneva"
    assert not doc.text.startswith("GENEVA")


@pytest.mark.parametrize(
    ("lead", "story", "place", "agency"),
    [
        ("SEATTLE/WASHINGTON (Reuters) - ", "President Donald Trump called", "Seattle", "Reuters"),
        (
            "WEST PALM BEACH, Fla. (Reuters) - ",
            "The White House said",
            "West Palm Beach, Fla.",
            "Reuters",
        ),
        ("WASHINGTON () - ", "The top Democrat on the Senate", "Washington", None),
        ("WASHINGTON (Reuters on Friday ) - ", "U.S. Special Counsel", "Washington", "Reuters"),
        ("LONDON, (Reuters) - ", "Two influential U.S. Congressmen", "London", "Reuters"),
        (
            "KITCHANGA, Democratic Republic of Congo (Reuters) - ",
            "U.S. Ambassador Nikki Haley",
            "Kitchanga, Democratic Republic of Congo",
            "Reuters",
        ),
        ("(Reuters) - ", "Michael Flynn's plea", None, "Reuters"),
        ("LONDON - ", "Some key senators", "London", None),
        ("LONDON, Sept 13 (Reuters) - ", "Britain's finance minister", "London", "Reuters"),
    ],
)
def test_header_split_lead_wire_forms(lead, story, place, agency):
    found = split_lead(lead + story + " said on Monday.")
    assert (lead + story)[found.end :] == story
    assert (found.dateline.place or None, found.dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the week, the ministers had agreed on a text.",
        "LONDON is expensive, officials said on Monday.",
        "(Reuters is not responsible for the content of this page.) The rest.",
    ],
)
def test_header_split_lead_leaves_ordinary_openings(text):
    assert split_lead(text).end == 0


def test_header_titled_byline_needs_a_job_title():
    assert titled_byline("MARK MACKINNON SENIOR INTERNATIONAL CORRESPONDENT") == "Mark MacKinnon"
    assert titled_byline("ADRIAN MORROW U.S. CORRESPONDENT") == "Adrian Morrow"
    assert titled_byline("Jane Doe, Political Reporter") == "Jane Doe"
    assert titled_byline("PROTESTERS MARCH ON PARLIAMENT") is None
    assert titled_byline("The minister met the correspondent") is None


def test_header_acronym_in_brackets_is_not_an_agency():
    text = "British Virgin Islands (BVI) Governor John Rankin on Thursday called for calm."
    assert split_lead(text).end == 0
    assert split_lead("Kyiv (AP) Officials said on Monday.").dateline.agency == "AP"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Indianapolis – Several thousand nurses rallied outside the Indiana Statehouse on "
         "Tuesday to call for better pay.", "Indianapolis"),
        ("Lansing, Mich. — Governor Gretchen Whitmer signed the state budget on Tuesday.",
         "Lansing"),
    ],
)  # fmt: skip
def test_header_mixed_case_town_dateline_with_a_spaced_dash(text, place):
    doc = clean_document(RawDocument(source="<test>", text=text))
    assert doc.dateline == place
    assert not doc.text.startswith(place)


@pytest.mark.parametrize(
    "text",
    [
        "Smith – The senator from Ohio said no to the plan on Tuesday.",  # a name, no town
        "Indianapolis - Several thousand nurses rallied outside the Statehouse.",  # a hyphen
        "Jordan – Who would have thought the league would end this way?",  # not a town
    ],
)
def test_header_mixed_case_opening_that_is_no_dateline(text):
    doc = clean_document(RawDocument(source="<test>", text=text))
    assert doc.dateline is None and doc.text == text


def test_header_capitals_and_a_colon_dateline():
    # the South Asian press's form (lead's reading of an unseen PTI story, session 38): the
    # dateline was read as a transcript speaker, and the lead paragraph as its "quote"
    text = (
        "NEW DELHI: Nearly 200 Indian nationals returned home on Friday after being deported "
        "from the United States, officials said.\n\n"
        '"We were caught at the border and sent back," said one deportee from Punjab.'
    )
    doc = clean_document(RawDocument(source="<test>", text=text))
    assert doc.dateline == "New Delhi"
    assert doc.text.startswith("Nearly 200 Indian nationals")


@pytest.mark.parametrize(
    "text",
    [
        "OBAMA: We will not back down from this fight, and we will win it.",  # a transcript
        "JORDAN: The kingdom said on Monday it would reopen the crossing.",  # a country
        "Q: What did the minister tell you about the talks on Monday?",
    ],
)
def test_header_capitals_and_a_colon_that_is_no_dateline(text):
    doc = clean_document(RawDocument(source="<test>", text=text))
    assert doc.dateline is None and doc.text == text
