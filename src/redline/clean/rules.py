"""Load the cleaner's rules (boilerplate lines, article-end markers, cue words) from data files.

The package's own files live in ``redline/data/clean/``. A user extends them without editing the
package by layering files of their own over them in the config (``[data] "clean/boilerplate.txt" =
["pkg:clean/boilerplate.txt", "mine.txt"]``); their lines are added to the package's. The older
``$REDLINE_CLEAN_RULES`` (a folder holding files of the same names) still adds a last layer.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from redline import datafiles


def rule_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of data file ``name`` (package first, then the user's)."""
    lines = datafiles.lines("clean/" + name)
    extra = os.environ.get("REDLINE_CLEAN_RULES")
    if extra and (Path(extra) / name).is_file():
        for line in (Path(extra) / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


@datafiles.cached
def line_patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each rule of ``name`` as (rule text, compiled pattern matching a whole line)."""
    return tuple((line, re.compile(line, re.I)) for line in rule_lines(name))


@datafiles.cached
def word_set(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in rule_lines(name))


def _refers_to_groups(rule: str) -> bool:
    """Whether ``rule`` refers to a group of its own (a numbered back-reference, a named one or
    a group condition), which would read differently inside one alternation of all the rules
    (a group's number moves): escaped characters are passed over."""
    i = 0
    while i < len(rule):
        if rule[i] == "\\":
            if rule[i + 1 : i + 2] in tuple("123456789"):
                return True
            i += 2
            continue
        if rule.startswith(("(?P=", "(?("), i):
            return True
        i += 1
    return False


_GATES: dict[str, tuple[tuple, re.Pattern[str] | None]] = {}  # name -> (its rules, their gate)


def _line_gate(name: str) -> re.Pattern[str] | None:
    """The rules of ``name`` joined into one pattern that matches a whole line when some rule
    does (an alternation is tried in order, backtracking into the next alternative), so that a
    line no rule matches is told by one match instead of one per rule; None when the rules
    cannot be joined exactly (see ``_refers_to_groups``). Made again whenever
    ``line_patterns`` reads the rules again (a user's layer, a cleared cache)."""
    patterns = line_patterns(name)
    cached = _GATES.get(name)
    if cached is not None and cached[0] is patterns:
        return cached[1]
    rules = [rule for rule, _ in patterns]
    gate = None
    if rules and not any(_refers_to_groups(rule) for rule in rules):
        try:
            gate = re.compile("|".join(f"(?:{rule})" for rule in rules), re.I)
        except re.error:
            gate = None
    _GATES[name] = (patterns, gate)
    return gate


def matching_rule(line: str, name: str) -> str | None:
    """The first rule in ``name`` that matches the whole of ``line``, or None."""
    stripped = line.strip()
    gate = _line_gate(name)
    if gate is not None and gate.fullmatch(stripped) is None:
        return None  # no rule matches (most lines)
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


@datafiles.cached
def stopwords() -> dict[str, frozenset[str]]:
    table = {}
    for line in rule_lines("stopwords.txt"):
        code, _, words = line.partition(":")
        table[code.strip()] = frozenset(words.split())
    return table
