"""Load a script of ``scripts/`` as a module, for the tests of the trainers and the gold tools
(imported by name: the tests folder is on ``sys.path``, as the folder of the root conftest)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str) -> ModuleType:
    """A fresh module run from ``scripts/<name>.py`` on every call (not put in ``sys.modules``)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
