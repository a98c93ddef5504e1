#!/usr/bin/env bash
# Installs what Lede needs on a fresh Debian machine (as root), builds it, and opens Chromium with the
# extension on the bundled sample article. Without a display it says so and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null || ! command -v firefox-esr >/dev/null; then
  echo "Installing Chromium and Firefox ESR from Debian…"
  apt-get update -qq
  apt-get install -y -qq chromium firefox-esr >/dev/null
fi
echo "Installing Lede's packages…"
npm ci --no-audit --no-fund --loglevel=error
echo "Building Lede…"
npm run --silent build >/tmp/lede-build.log 2>&1 || { cat /tmp/lede-build.log; echo "Lede's build failed (log above)."; exit 1; }
exec node --import tsx scripts/start-browser.ts
