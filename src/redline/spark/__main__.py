"""``python -m redline.spark`` / ``spark-submit .../redline/spark/__main__.py``: ``redline spark``.

spark-submit runs a Python file, not a console script, and sets the master itself; this file is
the ``redline spark`` command for it (same arguments; ``--master`` is then best left out).
"""

from __future__ import annotations

import sys

import typer

from redline.cli.spark_cmd import spark


def main() -> None:
    typer.run(spark)


if __name__ == "__main__":
    sys.exit(main())
