"""clean_document: the article comes out alone, everything around it is kept beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest import RawDocument, read_sources

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def clean_file(path: Path, **kwargs):
    (raw,) = [item for item in read_sources([str(path)]) if isinstance(item, RawDocument)]
    return clean_document(raw, **kwargs)


def test_article_forwarded_remarks_go_to_commentary_not_text():
    doc = clean_file(FIXTURES / "clean" / "forwarded.txt")
    assert doc.commentary == [
        "Ottawa does some serious hand-wringing over missile range, according to this story "
        "published in the Daily Planet:",
        "So much for a plan. Does anyone in Ottawa read a map?",
    ]
    for remark in doc.commentary:
        assert remark not in doc.text
    assert "hand-wringing" not in doc.text and "read a map" not in doc.text
    assert doc.outlet == "Daily Planet"
    assert doc.title == "Ottawa frets over missile range as allies press for answers"
    assert doc.authors == ["Jane Doe", "John Roe"]
    assert doc.dateline == "Ottawa, Ontario"
    assert doc.text.startswith("The federal government")
    assert "OTTAWA, Ontario —" in doc.removed
    assert doc.text.endswith("accused the government of stalling.")
    assert "BY JANE DOE" not in doc.text and doc.title not in doc.text
    assert "-----" not in doc.text


def test_article_scraped_repost_boilerplate_is_removed_and_recorded():
    path = FIXTURES / "clean" / "scraped_repost.txt"
    doc = clean_file(path)
    lines = [line.strip() for line in path.read_text().splitlines() if line.strip()]
    body = [line for line in lines if line.startswith(("MOSCOW —", "The Kremlin said"))]
    assert doc.text.splitlines() == [body[0].removeprefix("MOSCOW — "), *body[1:]]
    for line in lines:
        if line not in body:
            assert line not in doc.text.splitlines(), line
            assert line in doc.removed, line
    assert doc.published == "2024-09-13" and doc.published_source == "text"
    assert doc.title == "Putin warns NATO against allowing Ukraine long-range strikes"
    assert doc.dateline == "Moscow"
    assert len(doc.meta["removed_rules"]) == len(doc.removed)
    assert "Leave a Reply" not in doc.text and "About The Author" not in doc.text


def test_article_quoted_reply_keeps_quoted_article_and_sender_remark():
    doc = clean_file(FIXTURES / "clean" / "quoted_forward.txt")
    assert doc.commentary == [
        "Thought you would want to see this before the meeting. "
        "The numbers look worse than last month."
    ]
    assert doc.text.startswith("Russian drones and missiles struck energy facilities")
    assert ">" not in doc.text and "wrote:" not in doc.text
    assert doc.authors == ["Oleh Marchenko", "Anna Kovalenko"]
    assert (doc.dateline, doc.outlet) == ("Kyiv", "AP")
    # hard-wrapped lines are joined so a sentence is not cut by newlines
    assert "energy ministry said on Tuesday, forcing emergency power cuts" in doc.text


def test_article_wire_dateline_keeps_whole_body():
    path = FIXTURES / "clean" / "wire.txt"
    doc = clean_file(path)
    assert "WASHINGTON (Reuters) - " + doc.text == path.read_text().strip()
    assert (doc.dateline, doc.outlet, doc.title) == ("Washington", "Reuters", None)
    assert doc.removed == ["WASHINGTON (Reuters) -"] and doc.commentary == []
    assert doc.meta["field_rules"]["dateline"] == "text:wire-dateline"


def test_article_plain_headline_is_title_and_body_intact():
    path = FIXTURES / "clean" / "plain_headline.txt"
    doc = clean_file(path)
    headline, body = path.read_text().strip().split("\n\n", 1)
    assert doc.title == headline
    assert doc.text == body
    assert doc.commentary == []


def test_article_email_forward_uses_article_date_over_send_date():
    doc = clean_file(FIXTURES / "ingest" / "forward.eml")
    assert doc.commentary == [
        "Worth a look: the navy story everyone was talking about this morning. "
        "Note the minister's wording."
    ]
    assert doc.text.startswith("A navy frigate")
    assert "Worth a look" not in doc.text and "From:" not in doc.text
    assert doc.published == "2024-09-13" and doc.published_source == "text"
    assert doc.authors == ["Tomas Ekberg"]
    assert doc.title == "Navy shadows foreign warship off northern coast"


def test_article_email_date_is_fallback_when_text_has_none():
    docs = [
        clean_document(raw)
        for raw in read_sources([str(FIXTURES / "ingest" / "digest.mbox")])
        if isinstance(raw, RawDocument)
    ]
    assert [d.published for d in docs] == ["2024-09-16", "2024-09-17"]
    assert docs[0].title == "Embassy protest"


def test_article_html_page_drops_chrome_and_reads_metadata():
    doc = clean_file(FIXTURES / "ingest" / "page.html")
    assert doc.text.startswith("Foreign ministers from the two countries agreed")
    assert doc.text.rstrip().endswith("in nearby towns.")
    for chrome in ("Subscribe", "Facebook", "Post Comment", "Finally some sense", "Privacy"):
        assert chrome not in doc.text
    assert doc.title == "Ministers agree ceasefire talks in Geneva"
    assert doc.published == "2024-09-12" and doc.published_source == "html-metadata"
    assert doc.authors == ["Lena Fischer"]
    assert doc.outlet == "The Harbour Gazette"
    assert doc.dateline == "Geneva"
    assert doc.language == "en"


def test_article_container_title_and_date_win():
    raw = RawDocument(
        source="x.jsonl:1",
        text="Parliament votes\n\nSeptember 1, 2024\n\nLawmakers voted on Tuesday to extend it.",
        title="Parliament votes",
        published="2024-09-03",
        kind="jsonl",
    )
    doc = clean_document(raw, published="2020-01-01")
    assert doc.text == "Lawmakers voted on Tuesday to extend it."
    assert (doc.published, doc.published_source) == ("2024-09-03", "container")
    assert doc.meta["field_rules"]["title"] == "container"


def test_article_published_argument_is_last_resort():
    raw = RawDocument(source="a.txt", text="Police fired tear gas at protesters on Sunday.")
    doc = clean_document(raw, published="2024-05-02")
    assert (doc.published, doc.published_source) == ("2024-05-02", "argument")
    assert clean_document(raw).published is None


def test_article_feed_entry_fragment_is_cleaned():
    raws = [r for r in read_sources([str(FIXTURES / "ingest" / "feed.rss")])]
    doc = clean_document(raws[0])
    assert doc.text == (
        "Talks on the disputed border collapsed on Friday after one delegation walked out, "
        "accusing the other of bad faith."
    )
    assert doc.published == "2024-09-13" and doc.title == "Border talks collapse after walkout"


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
        "<<<>>><p",
    ],
)
def test_article_html_without_body_raises_input_error(html):
    with pytest.raises(InputError) as caught:
        clean_document(RawDocument(source="page.html", html=html, kind="html"))
    assert caught.value.code in ("E101", "E102")


def test_article_malformed_html_is_repaired_not_raised():
    html = (
        "<html><body><div><p>Rebel fighters seized the airport on Sunday after heavy fighting, "
        "officials said, and the government declared a state of emergency in the province"
        "<p>Flights were cancelled <b>until further notice<div></span></body>"
    )
    doc = clean_document(RawDocument(source="broken.html", html=html, kind="html"))
    assert "Rebel fighters seized the airport" in doc.text


def test_article_only_boilerplate_raises_input_error():
    raw = RawDocument(source="junk.txt", text="Share this:\nFacebook\nTwitter\n\n12 Comments\n")
    with pytest.raises(InputError) as caught:
        clean_document(raw)
    assert caught.value.code == "E101"
