"""Read the enrich stage's data files (``redline/data/enrich/*.tsv``), once per process.

Every table is plain tab-separated text with ``#`` comments, so a user can read and extend it.
A user's own file can be appended with :func:`read_rows` on its path.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """The path of a packaged enrich data file."""
    return Path(str(resources.files("redline") / "data" / "enrich" / name))


def read_rows(path: Path | str) -> list[list[str]]:
    """Rows of a tab-separated file, skipping blank lines and ``#`` comments."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A packaged table's rows (cached: every table is read once per process)."""
    return tuple(tuple(row) for row in read_rows(data_path(name)))


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    """Spelled number → (value, kind) from ``number_words.tsv``."""
    return {row[0]: (float(row[1]), row[2]) for row in table("number_words.tsv")}


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words: "1,200", "2.5", "twenty-five", "a"."""
    cleaned = text.strip().lower().replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    words = number_words()
    total = 0.0
    for part in cleaned.replace("-", " ").split():
        entry = words.get(part)
        if entry is None or entry[1] not in ("unit", "article"):
            return None
        total += entry[0]
    return total if cleaned else None
