"""One configuration for a run: the stages, every data file and every threshold.

The defaults ship as ``default.toml`` beside this module (commented; ``redline config`` prints
it). A user's TOML file overrides only the keys it sets, as trafilatura's ``settings.cfg`` does, and
relative data-file paths in it are read relative to that file. The same :class:`Config` reaches
every worker process, so a run coded with four workers or on Spark reads the same files.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from redline.errors import RedlineError

PACKAGE_PREFIX = "pkg:"


def default_text() -> str:
    """The packaged default configuration, with its comments."""
    return resources.files("redline.config").joinpath("default.toml").read_text("utf-8")


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: tables merge key by key, everything else is replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@dataclass
class Config:
    """Settings as nested tables (``[pipeline]``, ``[stage.NAME]``, ``[data]``).

    ``base_dir`` is where the user's file lives: relative data paths are read from there.
    """

    values: dict[str, Any] = field(default_factory=dict)
    base_dir: str = "."
    sources: tuple[str, ...] = ()

    @classmethod
    def load(
        cls, path: str | Path | None = None, overrides: Mapping[str, Any] | None = None
    ) -> Config:
        """The defaults, then ``path`` (a TOML file), then ``overrides`` (nested or dotted keys)."""
        values = tomllib.loads(default_text())
        sources = ["redline:config/default.toml"]
        base_dir = "."
        if path is not None:
            path = Path(path)
            try:
                user = tomllib.loads(path.read_text("utf-8"))
            except OSError as exc:
                raise RedlineError("E040", f"cannot read config {path}: {exc}") from exc
            except tomllib.TOMLDecodeError as exc:
                raise RedlineError("E041", f"config {path} is not valid TOML: {exc}") from exc
            _check_sections(user, str(path))
            values = _merge(values, user)
            base_dir = str(path.resolve().parent)
            sources.append(str(path))
        config = cls(values=values, base_dir=base_dir, sources=tuple(sources))
        if overrides:
            config = config.updated(overrides)
        return config

    @classmethod
    def coerce(cls, value: Config | str | Path | Mapping[str, Any] | None) -> Config:
        """A Config from whatever the API was given: a Config, a path, a mapping or nothing."""
        if isinstance(value, Config):
            return value
        if value is None:
            return cls.load()
        if isinstance(value, str | Path):
            return cls.load(value)
        return cls.load(overrides=value)

    def updated(self, overrides: Mapping[str, Any]) -> Config:
        """A copy with ``overrides`` applied; keys may be dotted (``"pipeline.workers"``)."""
        nested: dict[str, Any] = {}
        for key, value in overrides.items():
            if value is None:
                continue
            target = nested
            parts = key.split(".") if isinstance(key, str) and key != "data" else [key]
            if parts[0] == "data" and len(parts) > 1:
                parts = ["data", ".".join(parts[1:])]
            for part in parts[:-1]:
                target = target.setdefault(part, {})
            target[parts[-1]] = value
        return Config(_merge(self.values, nested), self.base_dir, self.sources)

    # -- reading -------------------------------------------------------------------------------

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.values
        for part in dotted.split("."):
            if not isinstance(node, Mapping) or part not in node:
                return default
            node = node[part]
        return node

    @property
    def pipeline(self) -> dict[str, Any]:
        return dict(self.values.get("pipeline", {}))

    def stage_settings(self, name: str) -> dict[str, Any]:
        """The ``[stage.NAME]`` table (without ``factory``), handed to the stage's factory."""
        settings = dict(self.values.get("stage", {}).get(name, {}))
        settings.pop("factory", None)
        return settings

    def stage_factory(self, name: str) -> str:
        """The registered factory or ``module:function`` a stage name is built from."""
        return str(self.values.get("stage", {}).get(name, {}).get("factory", name))

    def data_layers(self, key: str) -> list[str]:
        """The layers of data file ``key`` (``"quotes/reporting_verbs.txt"``), in order."""
        layers = self.values.get("data", {}).get(key)
        if layers is None:
            return [PACKAGE_PREFIX + key]
        if isinstance(layers, str):
            layers = [layers]
        out = []
        for layer in layers:
            if layer.startswith(PACKAGE_PREFIX) or Path(layer).is_absolute():
                out.append(layer)
            else:
                out.append(str(Path(self.base_dir) / layer))
        return out

    def cache_key(self) -> tuple:
        """What makes two configs read different data: the data layers, as a hashable value."""
        data = self.values.get("data", {})
        return tuple(sorted((k, tuple(self.data_layers(k))) for k in data))

    def to_toml(self) -> str:
        """The effective configuration as TOML, every data file listed."""
        import tomli_w

        from redline.datafiles import packaged_keys

        values = copy.deepcopy(self.values)
        data = values.setdefault("data", {})
        for key in packaged_keys():
            data[key] = self.data_layers(key)
        return tomli_w.dumps(values)


_SECTIONS = {"pipeline", "stage", "data"}


def _check_sections(values: Mapping[str, Any], where: str) -> None:
    unknown = set(values) - _SECTIONS
    if unknown:
        raise RedlineError(
            "E042", f"config {where}: unknown sections {sorted(unknown)}; use {sorted(_SECTIONS)}"
        )
    data = values.get("data", {})
    for key, layers in data.items():
        if not isinstance(layers, list | str):
            raise RedlineError("E042", f"config {where}: [data] {key!r} must be a list of files")
