"""Coding on Spark when one machine is not enough: ``redline spark`` (needs ``pip install
'redline[spark]'`` and a Java runtime). See ``docs/spark.md``.

The job module is imported on first use, so the ``redline`` command starts without it."""

from __future__ import annotations

from typing import Any

DEFAULT_MASTER = "local[2]"

__all__ = ["DEFAULT_MASTER", "SparkResult", "SparkSettings", "code_on_spark"]


def __getattr__(name: str) -> Any:
    if name in ("SparkResult", "SparkSettings", "code_on_spark"):
        from redline.spark import job

        return getattr(job, name)
    raise AttributeError(f"module 'redline.spark' has no attribute {name!r}")
