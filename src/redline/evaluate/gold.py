"""Reading gold files: JSON Lines, one record a line, shared by every scorer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from redline.errors import InputError


def load_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` records of a JSON Lines gold file (all when ``limit`` is None)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("E301", f"gold file {str(path)!r} does not exist")
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError("E302", f"{path}:{number}: not JSON: {exc}") from exc
            if limit is not None and len(records) >= limit:
                break
    return records
