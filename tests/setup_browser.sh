#!/bin/sh
# Installs Debian's chromium for the browser tests (tests/test_html.py); a no-op when present.
# Playwright drives this binary directly: `playwright install` (a network download) is never used.
set -eu
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "setup_browser.sh: /usr/bin/chromium is missing; run as root: apt-get update && apt-get install -y chromium" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
