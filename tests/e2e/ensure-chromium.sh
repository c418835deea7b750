#!/usr/bin/env bash
# The browser tests use a system Chromium: `npx playwright install` cannot download here.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$chromium" ]; then
  echo "Chromium: $chromium"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Chromium not found at $chromium: installing it with apt-get (chromium, fonts-liberation)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  if [ -x "$chromium" ]; then
    echo "Chromium installed: $chromium"
    exit 0
  fi
fi

cat >&2 <<MSG
Chromium was not found at $chromium, and it cannot be installed automatically.
Install it (Debian/Ubuntu as root: apt-get install chromium fonts-liberation),
or set CHROMIUM_PATH to an existing Chromium or Chrome executable.
MSG
exit 1
