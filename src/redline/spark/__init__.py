"""Coding on Spark when one machine is not enough (``pip install 'redline[spark]'``).

:func:`code_on_spark` writes one Parquet dataset per store table; :func:`load_parquet` loads them
into a DuckDB store. PySpark is imported only when a Spark run starts.
"""

from redline.spark.job import SparkSummary, code_on_spark, require_spark, session
from redline.spark.load import load_parquet

__all__ = ["SparkSummary", "code_on_spark", "load_parquet", "require_spark", "session"]
