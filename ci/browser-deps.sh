#!/bin/sh
# Installs what the browser tests (tests/web/test_browser.py) need: Debian's Chromium, driven by
# the playwright Python package (pip install playwright; never `playwright install`, which would
# download a browser at run time). Quiet, and a no-op when /usr/bin/chromium is already there.
set -eu

if [ ! -x /usr/bin/chromium ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

if ! python -c "import playwright" 2>/dev/null; then
    python -m pip install --quiet "playwright>=1.45"
fi
