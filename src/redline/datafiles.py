"""One loader for every data file the stages read, with the user's files layered over the package's.

A data file is named by its path under ``redline/data/`` (``"quotes/reporting_verbs.txt"``,
``"events/lexicon.yml"``). The active :class:`~redline.config.Config` says which layers make it up:
the packaged file (``pkg:…``) and any files of the user's, in order. Readers return every layer, and
each stage merges them as its format wants: word lists and rules add up, tables append rows (a later
row with the same key wins where the stage keys by it), YAML layers are handed over in order.

Loaders that build something from data files decorate the builder with :func:`cached`; activating
another config clears those caches, so a stage never sees files of the previous run.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from redline.config import PACKAGE_PREFIX, Config
from redline.errors import RedlineError

F = TypeVar("F", bound=Callable[..., Any])

_active: Config | None = None
_caches: list[Any] = []


def active() -> Config:
    """The configuration the stages of this process read their data from."""
    global _active
    if _active is None:
        _active = Config.load()
    return _active


def activate(config: Config) -> None:
    """Make ``config`` the one this process reads data files from (clears cached tables)."""
    global _active
    if _active is not None and _active.cache_key() == config.cache_key():
        _active = config
        return
    _active = config
    clear_caches()


def clear_caches() -> None:
    """Drop every cached table (they are built again on next use)."""
    for cache in _caches:
        cache.cache_clear()


def cached(func: F | None = None, *, maxsize: int | None = None) -> Any:
    """Cache a builder of data-file tables (or a lookup into them, bounded by ``maxsize``) until
    another config with other files is activated: ``@cached`` or ``@cached(maxsize=4096)``."""

    def wrap(f: F) -> F:
        wrapped = functools.lru_cache(maxsize=maxsize)(f)
        _caches.append(wrapped)
        return wrapped  # type: ignore[return-value]

    return wrap(func) if func is not None else wrap


@dataclass(frozen=True, slots=True)
class Layer:
    """One file of a data file's layers: where it came from (for messages) and its text."""

    where: str
    text: str
    packaged: bool


def packaged_keys() -> list[str]:
    """Every data file the package ships, by key."""
    root = resources.files("redline") / "data"
    keys: list[str] = []

    def walk(node: Any, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.name.startswith((".", "__")):
                continue
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            else:
                keys.append(prefix + child.name)

    walk(root, "")
    return keys


def package_path(key: str) -> Path:
    """The path of the packaged file ``key`` (for tools that want a path, not the text)."""
    return Path(str(resources.files("redline") / "data" / key))


def layers(key: str) -> list[Layer]:
    """The text of each layer of data file ``key``, in order."""
    out = []
    for layer in active().data_layers(key):
        if layer.startswith(PACKAGE_PREFIX):
            name = layer[len(PACKAGE_PREFIX) :]
            resource = resources.files("redline") / "data" / name
            try:
                text = resource.read_text("utf-8")
            except (OSError, FileNotFoundError) as exc:
                raise RedlineError("E043", f"no packaged data file {name!r}") from exc
            out.append(Layer(f"redline:data/{name}", text, True))
        else:
            try:
                text = Path(layer).read_text("utf-8")
            except OSError as exc:
                raise RedlineError("E044", f"cannot read data file {layer} ({key}): {exc}") from exc
            out.append(Layer(layer, text, False))
    return out


def last_json(key: str) -> Any | None:
    """The last layer of JSON data file ``key``, parsed (a user's layer replaces the package's:
    learned weights are not merged), or None when no layer can be read (the model is then off)."""
    try:
        found = layers(key)
    except RedlineError:
        return None
    return json.loads(found[-1].text) if found else None


def lines(key: str, *, inline_comments: bool = False) -> list[str]:
    """Non-blank, non-comment lines of every layer (``#`` starts a comment line).

    With ``inline_comments``, anything after a ``#`` on a line is dropped too (word lists); rule
    files keep it, since a regular expression may hold a ``#``.
    """
    out = []
    for layer in layers(key):
        for line in layer.text.splitlines():
            if line.lstrip().startswith("#"):
                continue
            if inline_comments:
                line = line.split("#", 1)[0]
            line = line.strip()
            if line:
                out.append(line)
    return out


def rows(key: str) -> list[list[str]]:
    """Tab-separated rows of every layer, cells stripped, comments and blank lines skipped."""
    out = []
    for layer in layers(key):
        for line in layer.text.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append([cell.strip() for cell in line.rstrip("\n").split("\t")])
    return out


def records(key: str) -> list[dict[str, str]]:
    """Rows of a tab-separated table with a header line, every layer (each with its header)."""
    out: list[dict[str, str]] = []
    for layer in layers(key):
        text = [ln for ln in layer.text.splitlines() if ln.strip() and not ln.startswith("#")]
        out.extend(csv.DictReader(text, delimiter="\t"))
    return out


@functools.cache
def yaml_loader() -> type:
    """The safe YAML loader (the C one when PyYAML has it) with YAML 1.2's booleans: only
    true and false. YAML 1.1 also reads a bare on, off, yes, no, y, n as booleans, and the
    data files list words ("insisted on", "brushed off"): issue #9/#10 actors14, after
    readout13's "on" that was read as true."""
    import re

    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:bool"]
        for first, found in base.yaml_implicit_resolvers.items()
    }
    loader = type("WordsSafeLoader", (base,), {"yaml_implicit_resolvers": resolvers})
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return loader


def yaml_layers(key: str) -> list[tuple[str, Any]]:
    """Each layer of a YAML data file parsed (:func:`yaml_loader`), with where it came from."""
    import yaml

    loader = yaml_loader()
    out = []
    for layer in layers(key):
        try:
            out.append((layer.where, yaml.load(layer.text, Loader=loader)))
        except yaml.YAMLError as exc:
            raise RedlineError("E045", f"data file {layer.where} is not valid YAML: {exc}") from exc
    return out
