#!/bin/sh
# Installs what the Spark test (tests/spark/test_spark_local.py) and `redline spark` need: a Java
# runtime from Debian's packages (default-jre-headless, Java 17 on bookworm; Spark 4 needs 17 or
# newer) and PySpark from PyPI (the project's [spark] extra). Quiet, and a no-op for whatever is
# already there; .ci/run calls it before the tests.
set -eu

if ! command -v java >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi

if ! python -c "import pyspark" 2>/dev/null; then
    python -m pip install --quiet --disable-pip-version-check "pyspark>=3.5"
fi
