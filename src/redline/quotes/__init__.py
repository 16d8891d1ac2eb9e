"""Quotes stage: every quotation, direct, mixed or reported, tied to the person who said it."""

from redline.quotes.extract import extract_quotes, reporting_verbs
from redline.quotes.marks import MarkedSpan, find_marked_spans

__all__ = ["MarkedSpan", "extract_quotes", "find_marked_spans", "reporting_verbs"]
