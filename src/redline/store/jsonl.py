"""JSON Lines output: one record per document, in the shape of ``schema/document.schema.json``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any

from redline.model import Document


def document_record(doc: Document) -> dict[str, Any]:
    """The JSON record of one coded document."""
    return doc.to_dict()


class JsonlWriter:
    """Writes one JSON line per document to a file, or to stdout for ``-``; flushes each line."""

    def __init__(self, target: str | Path) -> None:
        self.target = str(target)
        self._own = self.target != "-"
        self._fh: IO[str] = open(self.target, "w", encoding="utf-8") if self._own else sys.stdout  # noqa: SIM115 (closed in close())

    def write(self, doc: Document) -> None:
        self._fh.write(json.dumps(document_record(doc), ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._own:
            self._fh.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
