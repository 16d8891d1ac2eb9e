"""Load the cleaner's rules (boilerplate lines, article-end markers, cue words) from data files.

The package's own files live in ``redline/data/clean/``. A user extends them without editing the
package by pointing ``$REDLINE_CLEAN_RULES`` at a folder holding files of the same names; their
lines are added to the package's.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources
from pathlib import Path


def rule_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of data file ``name`` (package first, then the user's)."""
    texts = [resources.files("redline").joinpath("data", "clean", name).read_text(encoding="utf-8")]
    extra = os.environ.get("REDLINE_CLEAN_RULES")
    if extra and (Path(extra) / name).is_file():
        texts.append((Path(extra) / name).read_text(encoding="utf-8"))
    lines = []
    for text in texts:
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


@cache
def line_patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each rule of ``name`` as (rule text, compiled pattern matching a whole line)."""
    return tuple((line, re.compile(line, re.I)) for line in rule_lines(name))


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in rule_lines(name))


def matching_rule(line: str, name: str) -> str | None:
    """The first rule in ``name`` that matches the whole of ``line``, or None."""
    stripped = line.strip()
    for rule, pattern in line_patterns(name):
        if pattern.fullmatch(stripped):
            return rule
    return None


def searching_rule(text: str, name: str) -> str | None:
    """The first rule in ``name`` found anywhere in ``text``, or None."""
    for rule, pattern in line_patterns(name):
        if pattern.search(text):
            return rule
    return None


@cache
def stopwords() -> dict[str, frozenset[str]]:
    table = {}
    for line in rule_lines("stopwords.txt"):
        code, _, words = line.partition(":")
        table[code.strip()] = frozenset(words.split())
    return table
