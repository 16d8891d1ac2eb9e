"""Read the enrich stage's data files (``redline/data/enrich/*``) through the one data loader.

Every table is plain tab-separated text with ``#`` comments, so a user can read and extend it;
files of the user's layered over a table in the config (``[data] "enrich/units.tsv"``) add rows.
"""

from __future__ import annotations

from pathlib import Path

from redline import datafiles


def data_path(name: str) -> Path:
    """The path of a packaged enrich data file (its user layers are read by :func:`lines`)."""
    return datafiles.package_path("enrich/" + name)


def lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of an enrich word list, every layer."""
    return datafiles.lines("enrich/" + name)


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


@datafiles.cached
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A table's rows, every layer (read once per configuration)."""
    return tuple(tuple(row) for row in datafiles.rows("enrich/" + name))


@datafiles.cached
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
