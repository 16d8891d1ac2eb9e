"""Find the evaluation data of ``../shared`` for the CI gates (imported by name, as
``script_modules``): it is never shipped, and a checkout may sit beside it (CI, the main
checkout) or one folder deeper (a git worktree under ``/work/wt/``). ``REDLINE_SHARED`` names it
outright, so a run from anywhere can complete instead of skipping the gates."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_path(relative: str) -> Path:
    """``relative`` under the first shared folder that holds it: ``$REDLINE_SHARED``, then
    ``shared`` beside the checkout, then beside its parent. When none holds it, the path beside
    the checkout (so a skip message names where it was looked for)."""
    bases = []
    if os.environ.get("REDLINE_SHARED"):
        bases.append(Path(os.environ["REDLINE_SHARED"]))
    bases += [REPO.parent / "shared", REPO.parent.parent / "shared"]
    for base in bases:
        if (base / relative).exists():
            return base / relative
    return bases[0] / relative
