"""Give each quote's speaker an actor code from the actor knowledge base."""

from __future__ import annotations

from dataclasses import replace

from redline.actors import ActorBook
from redline.model import Document


def attribute_quote_actors(doc: Document, book: ActorBook) -> Document:
    """Set ``actor`` on quotes whose speaker (resolved name, else the mention) is a known actor.

    The mention is tried with its resolved name first ("he" → "Vladimir Putin" → RUSGOV), then
    the mention itself ("Ukrainian officials" → UKRGOV), with the document's date for roles.
    """
    quotes = []
    for quote in doc.quotes:
        match = None
        for phrase in (quote.speaker, quote.speaker_text):
            if phrase and match is None:
                match = book.lookup(phrase, date=doc.published)
        if match is not None and quote.actor != match.code:
            quote = replace(quote, actor=match.code)
        quotes.append(quote)
    doc.quotes = quotes
    return doc
