"""Framing: an action announced, refused or demanded is coded as the statement it is.

CAMEO codes "X will visit Y" as an intent to meet (036), "X would not provide support" as a
rejection (12x) and "X said Y must return the helicopter" as a demand (10x). The table that maps
an action's code to those statement codes is data: ``data/events/framing.tsv``.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

KINDS = ("intent", "refusal", "demand")


@lru_cache(maxsize=1)
def load_framing() -> dict[str, dict[str, str]]:
    """``{code prefix: {"intent": code, "refusal": code, "demand": code}}`` (empty = none)."""
    path = resources.files("redline") / "data/events/framing.tsv"
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    table = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table[row["prefix"]] = {k: (row.get(k) or "").strip() for k in KINDS}
    return table


def reframe(code: str, kind: str) -> str | None:
    """The code of ``kind`` (intent, refusal, demand) for action ``code``; None when none."""
    table = load_framing()
    for size in range(len(code), 1, -1):
        row = table.get(code[:size])
        if row is not None:
            return row[kind] or None
    return None
