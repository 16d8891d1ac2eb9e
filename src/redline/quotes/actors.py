"""Give each quote's speaker an actor code from the actor knowledge base."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from redline.actors import ActorBook
from redline.model import Document

# "president of Climax's studio", "the firm's chief": a role in a body the book does not know,
# which need not be the article's country's government
OWNED_ROLE = re.compile(r"\bof\b|\w['’]s?\s")
FOCUS_SHARE = 2 / 3  # of the country-coded entities, for a role with no country to take theirs


def document_country(doc: Document, book: ActorBook) -> str | None:
    """The one country the article is about, when its coded entities say so clearly: at least
    two of them and two in three name the same country ("Gordon Brown", "Tony Blair" → GBR)."""
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        code = (entity.actor or "")[:3]
        if code in book.countries:
            counts[code] += 1
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 2 and n >= FOCUS_SHARE * sum(counts.values()) else None


def attribute_quote_actors(doc: Document, book: ActorBook) -> Document:
    """Set ``actor`` on quotes whose speaker (resolved name, else the mention) is a known actor.

    The mention is tried with its resolved name first ("he" → "Vladimir Putin" → RUSGOV), then
    the mention itself ("Ukrainian officials" → UKRGOV), with the document's date for roles. A
    role with no country ("the shadow chancellor" → ---OPP) takes the article's one country.
    """
    quotes = []
    country: str | None | bool = False  # not yet computed
    for quote in doc.quotes:
        match = None
        for phrase in (quote.speaker, quote.speaker_text):
            if phrase and match is None:
                match = book.lookup(phrase, date=doc.published)
        if match is not None and quote.actor != match.code:
            code, rule = match.code, quote.rule
            if code.startswith("---") and not OWNED_ROLE.search(quote.speaker_text or ""):
                if country is False:
                    country = document_country(doc, book)
                if country:
                    code = f"{country}{code[3:]}"
                    rule = f"{rule or ''}+actor:role-in-{country}-article"
            quote = replace(quote, actor=code, rule=rule)
        quotes.append(quote)
    doc.quotes = quotes
    return doc
