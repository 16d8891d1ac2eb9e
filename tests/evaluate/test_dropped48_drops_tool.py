"""The drop-check tool of issue #9 (dropped48): ``scripts/docgold_drops.py`` hooks the checks of
``_events_for`` where the coder split put it (``redline/events/coding/trigger_events.py``)."""

from __future__ import annotations

import ast
from pathlib import Path

from script_modules import load_script

SRC = Path(__file__).resolve().parents[2] / "src"


def test_dropped48_hooked_copy_finds_the_function_in_the_coding_package(tmp_path):
    drops = load_script("docgold_drops")
    assert Path("redline/events/coding/trigger_events.py") == drops.CODER
    hooked = drops.hooked_copy(SRC, tmp_path)
    assert hooked > 40  # every `return []` and pair-loop `continue` of the long function
    text = (tmp_path / drops.CODER).read_text(encoding="utf-8")
    ast.parse(text)  # the hooked copy still compiles
    original = (SRC / drops.CODER).read_text(encoding="utf-8")
    # the lines keep their numbers (the table names each check by its line)
    assert text.count("\n") == original.count("\n")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("def _events_for("))
    end = next(  # the next top-level statement
        i
        for i in range(start + 1, len(lines))
        if lines[i][:1].strip() and not lines[i].startswith((")", "#"))
    )
    inside = "\n".join(lines[start:end])
    assert inside.count("_drop(") == hooked
    assert text.count("_drop(") == hooked  # nothing outside the function


def test_dropped48_check_label_reads_the_comment_or_the_if_above():
    drops = load_script("docgold_drops")
    source = [
        "    if entry.code == '040' and not pairs:",
        "        return []  # no one met: nothing to code",
        "    if not sides:",
        "        return []",
    ]
    assert drops.check_label(source, 2) == "no one met: nothing to code"
    assert drops.check_label(source, 4) == "if not sides:"
