"""Coding on Spark when one machine is not enough: ``redline spark`` (needs ``pip install
'redline[spark]'`` and a Java runtime). See ``docs/spark.md``."""

from redline.spark.job import SparkResult, SparkSettings, code_on_spark

__all__ = ["SparkResult", "SparkSettings", "code_on_spark"]
