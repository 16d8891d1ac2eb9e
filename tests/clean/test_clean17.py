"""Page chrome and lists in web text (issue #10 clean17): a page's meta list ("- 24 July 2015",
"- From the section ...", "- 941 comments") leaves the article text for the metadata, and each
list item is a sentence of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.clean import clean_document
from redline.clean.text import clean_text, unbulleted
from redline.ingest.raw import RawDocument
from redline.nlp.headings import list_item_starts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"
STORY = (
    "The harbour authority in Port Allen has defended its plan to deepen the main shipping "
    "channel, a week after hundreds of dead fish were found along the eastern quay."
)


@pytest.fixture(scope="module")
def page_doc():
    html = (FIXTURES / "html_meta_list.html").read_text(encoding="utf-8")
    return clean_document(RawDocument(source="page", html=html, kind="html"))


@pytest.fixture(scope="module")
def nlp():
    from redline.nlp.parse import load_model

    return load_model()


def test_meta_list_leaves_the_text_with_its_rules(page_doc):
    assert page_doc.text.startswith(STORY)
    assert "comments" not in page_doc.text and "From the section" not in page_doc.text
    rules = dict(zip(page_doc.removed, page_doc.meta["removed_rules"], strict=True))
    assert rules["- 12 March 2021"] == "date-line"
    assert rules["- From the section Coast & Harbours"] == "section-label"
    assert rules["- 318 comments"].startswith("boilerplate:")
    assert page_doc.meta["section"] == "Coast & Harbours"
    assert {"kind": "date", "text": "12 March 2021", "rule": "date-line"} in page_doc.meta["header"]
    assert page_doc.published == "2021-03-12"


def test_list_items_of_the_page_are_sentences_of_their_own(page_doc, nlp):
    sentences = [s.text.strip() for s in nlp(page_doc.text).sents]
    assert "- a halt to dredging during the spawning season" in sentences
    assert "- an independent study of the water in the eastern basin" in sentences
    assert sentences[0] == STORY
    after = [s for s in sentences if s.startswith("The committee's chairwoman")]
    assert after and after[0].endswith("by the end of the month.")


def test_date_of_a_bulleted_date_line_is_the_documents_when_it_has_none():
    text = (
        "- 3 May 2022\n\n- From the section Europe\n\n- 12 comments\n\n"
        f"{STORY}\n\nThe council will meet again on Friday to discuss the plan."
    )
    doc = clean_document(RawDocument(source="t", text=text, kind="text"))
    assert doc.text.startswith(STORY)
    assert doc.published == "2022-05-03" and doc.published_source == "text"
    assert doc.meta["section"] == "Europe"


def test_container_date_stays_first_over_the_bulleted_date_line():
    text = f"- 3 May 2022\n\n{STORY}\n\nThe council will meet again on Friday."
    doc = clean_document(RawDocument(source="t", text=text, published="2022-05-04", kind="text"))
    assert doc.published == "2022-05-04" and doc.text.startswith(STORY)


def test_reprint_links_reading_time_and_posted_on_are_boilerplate():
    for chrome in ("- Order Reprints", "- Print Article", "Estimated reading time: 6 minutes"):
        out = clean_text(f"{chrome}\n\n{STORY}", guess_title=False, text_mode=False)
        assert out.text == STORY, chrome
        assert out.removed_rules[0].startswith("boilerplate:"), chrome
    out = clean_text(f"Posted on\n\n{STORY}", guess_title=False, text_mode=False)
    assert out.text == STORY


def test_published_line_below_a_standfirst_is_taken_out_with_its_date():
    text = (
        "A rumour about the harbour spread online this week.\n\n- Published 18 November 2019\n\n"
        f"{STORY}"
    )
    out = clean_text(text, guess_title=False, text_mode=False)
    assert "Published" not in out.text and STORY in out.text
    assert out.date_text == "18 November 2019"


def test_a_bare_date_line_inside_the_body_stays():
    text = f"{STORY}\n\n12 March 2021\n\nThe council met again and agreed the plan."
    out = clean_text(text, guess_title=False, text_mode=False)
    assert "12 March 2021" in out.text


def test_title_with_site_name_and_section_label_above_the_date_leave_the_top():
    text = (
        "Harbour authority defends dredging plan\n\nEnvironment\n\nApril 26, 2022\n\n"
        f"Written by: Jane Doe\n\n{STORY}"
    )
    out = clean_text(
        text,
        known_title="Harbour authority defends dredging plan | Coastal Courier",
        guess_title=False,
        text_mode=False,
    )
    assert out.text == STORY
    assert out.section == "Environment" and out.authors == ["Jane Doe"]
    assert out.date_text == "April 26, 2022"


def test_short_line_in_html_text_without_a_date_below_is_kept():
    text = f"Environment\n\n{STORY}"
    out = clean_text(text, guess_title=False, text_mode=False)
    assert out.text.startswith("Environment")


def test_plain_text_list_is_not_joined_as_a_wrapped_paragraph():
    text = (
        f"{STORY}\n\n"
        "- The ministry will review the port's licence before the end of this year\n"
        "- The regional council will publish the water tests every single month\n"
        "- Fishermen who lost their catch can claim compensation from the authority"
    )
    out = clean_text(text)
    lines = out.text.split("\n")
    assert lines[-3].startswith("- The ministry") and lines[-1].startswith("- Fishermen")


def test_unbulleted_takes_only_a_marker_followed_by_a_space():
    assert unbulleted("- 941 comments") == "941 comments"
    assert unbulleted("• 24 July 2015") == "24 July 2015"
    assert unbulleted("-5 degrees overnight") == "-5 degrees overnight"


def test_list_item_starts_marks_items_and_the_line_after_them():
    text = "Police said:\n- two men were held\n  after a chase\n- a third fled\nThe inquiry ended."
    starts = list_item_starts(text)
    assert [text[s : s + 5] for s in starts] == ["- two", "- a t", "The i"]


def test_list_item_starts_ignores_dashes_inside_a_line():
    text = "The president met the prime minister - and they signed a deal - on Monday.\nThey left."
    assert list_item_starts(text) == []
    assert list_item_starts("Profits rose\n-5 per cent was the forecast.") == []


def test_plain_list_items_split_and_normal_paragraphs_keep_their_sentences(nlp):
    text = (
        "The ministry listed three steps:\n- raise the tariff on steel imports\n"
        "- ban exports of scrap metal\nThe minister said the plan would take effect in May."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "The ministry listed three steps:",
        "- raise the tariff on steel imports",
        "- ban exports of scrap metal",
        "The minister said the plan would take effect in May.",
    ]
    prose = (
        "The president met the prime minister - and the two men signed a deal - on Monday.\n"
        "They said the talks had gone well."
    )
    assert [s.text.strip() for s in nlp(prose).sents] == [
        "The president met the prime minister - and the two men signed a deal - on Monday.",
        "They said the talks had gone well.",
    ]
