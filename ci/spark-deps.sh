#!/bin/sh
# Installs what `redline spark` and its tests (tests/spark/) need besides PySpark: a Java runtime,
# Debian's default-jre-headless (OpenJDK 17 on bookworm; PySpark 4 needs Java 17 or newer).
# Quiet, and a no-op when `java` is already on PATH. PySpark itself comes from pip
# (pip install -e '.[spark]'); this script installs no Python package.
set -eu

if ! command -v java >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi
