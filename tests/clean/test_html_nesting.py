"""Deeply nested HTML keeps its body (issue #12, item 4)."""

from __future__ import annotations

import pytest

from redline.clean import clean_document
from redline.clean.html import MAX_DEPTH, flatten_deep_html, html_depth
from redline.ingest import RawDocument

LEAD = (
    "Rebels seized the northern port city of Hodeidah on Tuesday after three days of fighting "
    "with government forces, a military spokesman said."
)
SECOND = (
    "The government said it would retake the city within a week and called on residents to "
    "stay indoors while the army cleared the roads into the old town."
)


def nested_page(depth: int) -> str:
    """A page whose article sits under ``depth`` layout wrappers, as page builders make them."""
    article = f"<h1>Rebels seize Hodeidah port</h1><p>{LEAD}</p><p>{SECOND}</p>"
    wrappers = '<div class="w"><span>' * (depth // 2)
    closers = "</span></div>" * (depth // 2)
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Rebels seize Hodeidah port</title></head>"
        f"<body>{wrappers}{article}{closers}</body></html>"
    )


@pytest.mark.parametrize("depth", [300, 3_000, 40_000])
def test_html_deeply_nested_page_keeps_its_body(depth):
    html = nested_page(depth)
    assert html_depth(html) >= depth
    doc = clean_document(RawDocument(source="deep.html", html=html, kind="html"))
    assert LEAD in doc.text and SECOND in doc.text
    assert doc.title == "Rebels seize Hodeidah port"


def test_html_flatten_leaves_ordinary_pages_alone():
    html = nested_page(40)
    assert flatten_deep_html(html) is html


def test_html_flatten_keeps_text_and_balances_tags():
    html = "<div>" * 500 + "Troops<span> </span>crossed<b>the</b>river" + "</div>" * 500
    flat = flatten_deep_html(html)
    assert html_depth(flat) <= MAX_DEPTH
    assert flat.count("<div>") == flat.count("</div>")
    assert "Troops crossed" in flat and "the" in flat


def test_html_unclosed_paragraphs_are_not_taken_for_deep_nesting():
    # 300 paragraphs without </p> count 300 levels of tags, but lxml closes each one: the page
    # is three levels deep and must reach trafilatura untouched.
    html = "<html><body><article>" + f"<p>{LEAD}" * 300 + "</article></body></html>"
    assert html_depth(html) > MAX_DEPTH
    assert flatten_deep_html(html) is html
