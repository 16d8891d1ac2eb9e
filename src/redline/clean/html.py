"""Article body and metadata from an HTML page, by trafilatura."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

HTML_LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    authors: list[str] | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    rule: str = "html:trafilatura"


def extract_html(html: str, *, url: str | None = None) -> HtmlArticle | None:
    """The main text and metadata of ``html``, or None when no article body can be found.

    trafilatura runs with comments excluded; when its default (balanced) pass finds nothing, a
    recall-oriented pass is tried before giving up. Malformed markup is repaired by lxml; any
    parser failure is treated as "nothing found" rather than raised.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    result = None
    rule = "html:trafilatura"
    for options, name in (
        ({}, "html:trafilatura"),
        ({"favor_recall": True}, "html:trafilatura-recall"),
    ):
        try:
            result = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, **options
            )
        except Exception:  # lxml or trafilatura failing on broken markup is "no article"
            result = None
        if result is not None and (result.text or "").strip():
            rule = name
            break
    if result is None or not (result.text or "").strip():
        fragment = fragment_text(html)
        if not fragment:
            return None
        return HtmlArticle(text=fragment, rule="html:fragment-text")
    authors = None
    if result.author:
        authors = [a.strip() for a in re.split(r";|\band\b|,", result.author) if a.strip()]
    match = HTML_LANG.search(html[:5000])
    return HtmlArticle(
        text=result.text,
        title=(result.title or "").strip() or None,
        authors=authors,
        published=result.date,
        outlet=(result.sitename or "").strip() or None,
        url=result.url or url,
        language=match.group(1).lower() if match else None,
        description=result.description,
        rule=rule,
    )


FRAGMENT_DROP = ("script", "style", "nav", "header", "footer", "form", "aside", "noscript")
FRAGMENT_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "td", "pre"}


def fragment_text(html: str) -> str | None:
    """Text of an HTML fragment (a feed entry's ``<p>...</p>``), one block per line.

    Too short for trafilatura's page heuristics but plainly article text. Whole pages never come
    here: a page where trafilatura finds no body has none worth coding."""
    if re.search(r"<(?:html|body)\b", html[:5000], re.I):
        return None
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return None
    for element in root.iter(*FRAGMENT_DROP):
        element.drop_tree()
    blocks: list[str] = []
    for element in root.iter():
        if element.tag in FRAGMENT_BLOCKS and not any(
            child.tag in FRAGMENT_BLOCKS for child in element.iterdescendants()
        ):
            text = " ".join(element.text_content().split())
            if text:
                blocks.append(text)
    if not blocks:
        text = " ".join(root.text_content().split())
        blocks = [text] if text else []
    return "\n".join(blocks) or None
