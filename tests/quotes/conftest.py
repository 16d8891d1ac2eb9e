from __future__ import annotations

import pytest

from redline.model import Document, check_offsets
from redline.quotes import extract_quotes


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """Parse a text and run only the quotes stage on it; offsets are checked every time."""

    def run(text: str):
        doc = Document(text=text)
        doc.parsed = nlp(text)
        extract_quotes(doc)
        assert check_offsets(doc) == []
        return doc.quotes

    return run
