"""Storing coded documents: an embedded DuckDB file and JSON Lines records."""

from redline.store.duck import Store
from redline.store.jsonl import JsonlWriter, document_record

__all__ = ["JsonlWriter", "Store", "document_record"]
