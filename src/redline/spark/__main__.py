"""The driver for ``spark-submit``, which sets the master itself:

    DRIVER=$(python -c 'import redline.spark.__main__ as m; print(m.__file__)')
    spark-submit --master yarn ... "$DRIVER" hdfs:///news/2024-09-13 --out hdfs:///redline/day

Same arguments as ``redline spark`` without ``--master`` (see docs/spark.md)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from pyspark.sql import SparkSession

    from redline.spark.job import SparkSettings, code_on_spark

    parser = argparse.ArgumentParser(prog="redline.spark", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--model")
    parser.add_argument("--actors", action="append", default=[])
    parser.add_argument("--published")
    parser.add_argument("--max-mb", type=float, default=50.0)
    parser.add_argument("--partitions", type=int)
    args = parser.parse_args(argv)
    spark = SparkSession.builder.appName("redline").getOrCreate()
    settings = SparkSettings(
        model=args.model,
        actors=tuple(args.actors),
        published=args.published,
        max_bytes=int(args.max_mb * 1_000_000),
    )
    try:
        result = code_on_spark(
            args.paths, args.out, settings=settings, partitions=args.partitions, spark=spark
        )
    finally:
        spark.stop()
    for source, status, reason in result.outcomes:
        print(f"{source}: {status}: {reason}", file=sys.stderr)
    print(result.line())
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
