"""The code base stays ruff clean: the README's test command checks it too."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_lint_ruff_check_is_clean():
    result = subprocess.run(
        ["ruff", "check", "src", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_lint_ruff_format_is_clean():
    """One layout for every file, so merges show changes, not reformatting."""
    result = subprocess.run(
        ["ruff", "format", "--check", "src", "tests", "benchmarks", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# spaCy builds a new Token or Span on every access (``token.head``, ``doc[i]``, ``.children``),
# so ``a is b`` between two of them is almost never true: compare ``.i`` (issue #9, where
# ``token.head is not token`` made every token 50 deep)
TOKEN_ATTRIBUTES = frozenset({"head", "root", "left_edge", "right_edge", "trigger", "holder"})
TOKEN_NAMES = frozenset(
    {"token", "tok", "trigger", "holder", "obj", "prep_obj", "verb", "noun", "cur", "head", "t"}
)


def _token_like(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in TOKEN_ATTRIBUTES
    if isinstance(node, ast.Name):
        return node.id in TOKEN_NAMES
    return False


def test_lint_no_identity_tests_between_spacy_tokens():
    found = []
    for path in sorted((ROOT / "src" / "redline").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "spacy" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            for op, left, right in zip(node.ops, sides[:-1], sides[1:], strict=True):
                if isinstance(op, ast.Is | ast.IsNot) and _token_like(left) and _token_like(right):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], found


def _top_level_names(node: ast.stmt) -> list[str]:
    """The names a module-level statement binds: assigned (also in tuples), annotated, defined."""
    if isinstance(node, ast.Assign):
        names = (n for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name))
        return [n.id for n in names if isinstance(n.ctx, ast.Store)]  # not "TABLE[key] = ..."
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    return []


def test_no_module_constant_is_bound_twice():
    """Session 27: two merged branches each wrote a constant under a name the module already
    had ("CONDITION_MARKS", "CALL_NOUNS"), silently changing the other rule's words; a module's
    top-level names are bound once. Session 28 (consts28): also annotated constants, functions
    and classes (a second ``def`` of a name the module's rules already call replaces the first
    just as silently); imports are left to ruff (``import email`` and ``import email.policy``
    bind one package)."""
    rebound = {}
    for path in sorted((ROOT / "src" / "redline").rglob("*.py")):
        seen, twice = set(), set()
        for node in ast.parse(path.read_text("utf-8")).body:
            for name in _top_level_names(node):
                (twice if name in seen else seen).add(name)
        rel = path.relative_to(ROOT).as_posix()
        if twice:
            rebound[rel] = sorted(twice)
    assert not rebound, rebound
