"""Headings and the rest of the page chrome in web text (issue #10 clean18): a heading line is a
sentence of its own, and dotted or Portuguese date lines, a time before the date, a byline after
a date or under a standfirst, a desk credit and photo credits leave the article text."""

from __future__ import annotations

import pytest

from redline.clean.header import date_and_section, date_in_line, iso_date, parse_byline
from redline.clean.text import clean_text
from redline.nlp.headings import heading_line_starts

STORY = (
    "The harbour authority in Port Allen has defended its plan to deepen the main shipping "
    "channel, a week after hundreds of dead fish were found along the eastern quay."
)
MORE = "The council will meet again on Friday to discuss the plan."


@pytest.fixture(scope="module")
def nlp():
    from redline.nlp.parse import load_model

    return load_model()


def _starts(text: str) -> list[str]:
    return [text[i : i + 12] for i in heading_line_starts(text)]


def test_heading_line_and_the_paragraph_under_it_start_sentences():
    text = f"Summary\n\nBackground of the Dispute\n\n{STORY}\n\n{MORE}"
    assert _starts(text) == ["Summary\n\nBac", "Background o", STORY[:12]]


def test_heading_after_a_finished_paragraph():
    text = f"{STORY}\n\nWhat Comes Next\n\n{MORE}"
    assert _starts(text) == ["What Comes N", MORE[:12]]


@pytest.mark.parametrize(
    "text",
    [
        "Pictures\n\nthat were shared online on Sunday show the flooded quay.",  # lower case after
        "The minister said the\n\nHarbour Board would decide.",  # ends in a word that carries on
        "In a statement,\n\nThe Harbour Board said it would decide.",  # ends in a comma
        f"{STORY}\nThe plan was agreed in Port Allen\nMonday night after a long debate.",  # wrapped
        "The board said:\n\n“We will publish the study.”",  # a colon introduces the quote
        "The chairwoman of the board told reporters\n\n“We will publish the study.”",
    ],
)
def test_lines_that_carry_on_are_not_headings(text):
    assert heading_line_starts(text) == []


def test_title_case_headline_over_a_quote_is_a_heading():
    text = "Mayor Says Port Will Stay Open\n\n“We will not close the quay,” the mayor said."
    assert _starts(text) == ["Mayor Says P", "“We will not"]


def test_heading_is_its_own_sentence_in_the_parse(nlp):
    text = f"Review\n\n{STORY}\n\n{MORE}"
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == "Review"
    assert sentences[1] == STORY


def test_date_line_shapes():
    assert date_in_line("08.04.2015 12:46") == "08.04.2015"
    assert iso_date("08.04.2015") == "2015-04-08"  # day first
    assert date_in_line("sexta-feira, 22 de outubro de 2010 às 20:13") is not None
    assert iso_date(date_in_line("lunes, 3 de mayo de 2021")) == "2021-05-03"
    assert date_in_line("5:45 AM PST 11/19/2019") == "11/19/2019"
    assert date_in_line("Sep 13, 2024 4:05 pm EDT") == "Sep 13, 2024"
    # a word after the date is not a time zone for being four letters long
    assert date_in_line("May 06, 2022 News") is None
    assert date_in_line("March 3, 2020 Tech") is None


def test_date_with_a_section_after_it():
    assert date_and_section("May 06, 2022 News") == ("May 06, 2022", "News")
    found = date_and_section("12 March 2021 | Coast & Harbours")
    assert found == ("12 March 2021", "Coast & Harbours")
    assert date_and_section("May 06, 2022 12:49 AM") is None
    assert date_and_section("May 06, 2022 Police arrest a man on the quay") is None


def test_bylines_with_a_date():
    byline = parse_byline("5:45 AM PST 11/19/2019 by Jane Harlow")
    assert byline is not None and byline.authors == ("Jane Harlow",)
    assert byline.date == "11/19/2019"
    byline = parse_byline("By Tom Reyes, August 14, 2020 2:30 pm")
    assert byline is not None and byline.authors == ("Tom Reyes",)
    assert byline.date == "August 14, 2020" and byline.organisation is None
    assert parse_byline("2:30 pm by the harbour wall") is None


def test_web_header_chrome_leaves_the_text():
    title = "Port Allen defends dredging plan"
    text = (
        f"{title}\n\n‘We have listened to the fishermen’\n\n"
        f"By Tom Reyes, August 14, 2020 2:30 pm\n\n{STORY}\n\n{MORE}"
    )
    out = clean_text(text, known_title=title, text_mode=False)
    assert out.text.startswith(STORY)
    assert out.subtitle == "‘We have listened to the fishermen’"
    assert out.authors == ["Tom Reyes"] and out.date_text == "August 14, 2020"


def test_a_standfirst_without_a_byline_under_it_stays_in_html_text():
    title = "Port Allen defends dredging plan"
    text = f"{title}\n\nWhat the Board Decided\n\n{STORY}\n\n{MORE}"
    out = clean_text(text, known_title=title, text_mode=False)
    assert out.text.startswith("What the Board Decided")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Staff Reports", "staff-byline"),
        ("From staff and wire reports", "staff-byline"),
        ("May 06, 2022 News", "dated-section"),
        ("08.04.2015 12:46", "date-line"),
        ("5:45 AM PST 11/19/2019 by Jane Harlow", "byline"),
        ("(All photos: Harbour Times staff)", "boilerplate:"),
    ],
)
def test_header_line_leaves_the_text_with_its_rule(line, rule):
    out = clean_text(f"{line}\n\n{STORY}\n\n{MORE}", text_mode=False)
    assert out.text.startswith(STORY)
    assert out.removed_rules[0].startswith(rule)


def test_dated_section_line_fills_date_and_section():
    out = clean_text(f"May 06, 2022 News\n\n{STORY}\n\n{MORE}", text_mode=False)
    assert out.section == "News" and out.date_text == "May 06, 2022"
    assert out.header == [{"kind": "date", "text": "May 06, 2022 News", "rule": "dated-section"}]


def test_photo_credit_in_the_body_is_dropped_but_a_sentence_is_not():
    out = clean_text(f"{STORY}\n\nPhoto courtesy of the Port Allen Harbour Board\n\n{MORE}")
    assert "courtesy" not in out.text
    sentence = "Photographs by the harbour master were shown to the board."
    out = clean_text(f"{STORY}\n\n{sentence}\n\n{MORE}")
    assert sentence in out.text


def test_mixed_case_city_line_above_the_story_is_a_dateline():
    out = clean_text(f"Pittsburgh\n\n{STORY}\n\n{MORE}", text_mode=False)
    assert out.text.startswith(STORY)
    assert out.dateline == "Pittsburgh" and out.removed_rules == ["dateline-line"]
    out = clean_text(f"Politics\n\n{STORY}\n\n{MORE}", known_title="Dredging", text_mode=False)
    assert out.text.startswith("Politics")  # not a town: kept


def test_a_link_prompt_is_chrome():
    out = clean_text(f"CLICK FOR FULL MEET RESULTS\n\n{STORY}\n\n{MORE}", text_mode=False)
    assert out.text.startswith(STORY)
    assert out.removed_rules[0].startswith("boilerplate:")
