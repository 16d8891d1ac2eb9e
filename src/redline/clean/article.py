"""Turn a RawDocument into a Document: the article text, and everything else kept beside it."""

from __future__ import annotations

import re

from redline.clean.header import iso_date
from redline.clean.html import extract_html
from redline.clean.language import guess_language
from redline.clean.text import clean_text
from redline.errors import InputError
from redline.ingest.raw import RawDocument
from redline.model import Document


def clean_document(raw: RawDocument, *, published: str | None = None) -> Document:
    """The article of ``raw`` as a :class:`Document`; raises ``InputError`` (E101/E102) when no
    article text is left.

    HTML goes through trafilatura first; the text then goes through the same rules as plain text
    (forwarder's remarks to ``commentary``, boilerplate to ``removed``, header read off the top).

    Field precedence, strongest first (the rule that won is in ``meta["field_rules"]``):

    - ``published``: the container's date (JSONL ``date``, feed entry, "container") > HTML
      metadata ("html-metadata") > a date line or dated byline in the text ("text") > the e-mail
      ``Date`` header ("container": when the message was sent, so only a bound on the article's
      date) > the ``published`` argument, the user's ``--published`` ("argument").
    - ``title``: container > HTML metadata > headline line in the text > e-mail subject.
    - ``outlet``: HTML site name > outlet named in the remarks ("published in the Daily Planet")
      > wire agency in the dateline ("(Reuters)") > organisation in the byline.
    - ``authors``: byline in the text > HTML metadata > container (feed author).
    - ``dateline``: a dateline line in the header or the dateline opening the body; either way
      it is taken out of ``text`` so the first sentence starts with the story.
    - ``meta["credits"]``: agency and reporting credits ("With a report from Reuters");
      ``meta["header"]``: every header piece taken out, with its rule.
    - ``commentary`` and ``meta["reader_comments"]``: a run of readers' signed comments after
      the report ("..., Ashley, Swindon"), each with its signer's name and place and, for plain
      text, its ``start`` and ``end`` in the input text (:mod:`redline.clean.comments`).
    """
    field_rules: dict[str, str] = {}
    html_article = None
    if raw.text is not None and raw.text.strip():
        body = raw.text
    elif raw.html is not None and raw.html.strip():
        html_article = extract_html(raw.html, url=raw.url)
        if html_article is None:
            raise InputError("E102", f"{raw.source}: no article body could be extracted from HTML")
        # trafilatura puts one block per line; a blank line keeps blocks apart as paragraphs
        body = html_article.text.replace("\n", "\n\n")
        field_rules["text"] = html_article.rule
    else:
        raise InputError("E101", f"{raw.source}: no article text left after cleaning")

    known_title = raw.title or (html_article.title if html_article else None)
    from_text = html_article is None
    cleaned = clean_text(body, known_title=known_title, guess_title=from_text, text_mode=from_text)
    if not re.search(r"[^\W\d_]", cleaned.text):  # nothing left, or only digits and symbols
        raise InputError("E101", f"{raw.source}: no article text left after cleaning")
    field_rules.update(cleaned.rules)

    title = cleaned.title
    if raw.title:
        title, field_rules["title"] = raw.title, "container"
    elif html_article and html_article.title:
        title, field_rules["title"] = html_article.title, "html-metadata"
    elif not title and raw.meta.get("subject_title"):
        title, field_rules["title"] = raw.meta["subject_title"], "email-subject"

    date, date_source = choose_published(raw, html_article, cleaned.date_text, published)
    if date_source:
        field_rules["published"] = date_source

    outlet = cleaned.outlet if field_rules.get("outlet") == "commentary:named-outlet" else None
    if html_article and html_article.outlet:
        outlet, field_rules["outlet"] = html_article.outlet, "html-metadata"
    elif not outlet and cleaned.agency:
        outlet, field_rules["outlet"] = cleaned.agency, "text:dateline-agency"
    elif not outlet and cleaned.byline_organisation:
        outlet, field_rules["outlet"] = cleaned.byline_organisation, "text:byline-organisation"

    authors = list(cleaned.authors)
    if not authors and html_article and html_article.authors:
        authors, field_rules["authors"] = list(html_article.authors), "html-metadata"
    elif not authors and raw.meta.get("author"):
        authors, field_rules["authors"] = [str(raw.meta["author"])], "container"

    meta = dict(raw.meta)
    meta.update(
        {
            "input_kind": raw.kind,
            "field_rules": field_rules,
            "removed_rules": list(cleaned.removed_rules),
        }
    )
    if raw.id:
        meta["source_id"] = raw.id
    if raw.encoding:
        meta["encoding"] = raw.encoding
    if cleaned.subtitle:
        meta["subtitle"] = cleaned.subtitle
    if cleaned.agency:
        meta["agency"] = cleaned.agency
    if cleaned.credits:
        meta["credits"] = list(cleaned.credits)
    if cleaned.section:
        meta["section"] = cleaned.section
    if cleaned.correction:
        meta["correction"] = cleaned.correction
    if cleaned.header:
        meta["header"] = list(cleaned.header)
    if cleaned.reader_comments:
        meta["reader_comments"] = list(cleaned.reader_comments)
    if html_article and html_article.description:
        meta["description"] = html_article.description

    language = (html_article.language if html_article else None) or guess_language(cleaned.text)
    return Document(
        text=cleaned.text,
        source=raw.source,
        title=title,
        authors=authors,
        outlet=outlet,
        dateline=cleaned.dateline,
        published=date,
        published_source=date_source,
        language=language or "en",
        url=raw.url or (html_article.url if html_article else None),
        commentary=list(cleaned.commentary),
        removed=list(cleaned.removed),
        meta=meta,
        warnings=list(raw.warnings),
    )


def choose_published(
    raw: RawDocument, html_article, date_text: str | None, argument: str | None
) -> tuple[str | None, str | None]:
    """The publication date (ISO) and where it came from, by the precedence in
    :func:`clean_document`."""
    candidates = [
        (raw.published, "container"),
        (html_article.published if html_article else None, "html-metadata"),
        (date_text, "text"),
        (raw.meta.get("email_date"), "container"),
        (argument, "argument"),
    ]
    for value, source in candidates:
        date = iso_date(value) if value else None
        if date:
            return date, source
    return None, None
