#!/usr/bin/env bash
# Makes sure what the browser tests need is here: Debian's Chromium and its ChromeDriver
# (/usr/bin/chromium, /usr/bin/chromedriver), installed with apt-get when missing, and axe-core, the
# version pinned in scripts/browser/package-lock.json, installed with `npm ci` into
# scripts/browser/node_modules. Nothing downloads a browser at run time. Maven runs this before the
# service's tests; .ci/run runs it too.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests"
  sudo_=""
  if [ "$(id -u)" -ne 0 ]; then sudo_="sudo"; fi
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium chromium-driver >/dev/null
fi

browser_dir="$here/browser"
marker="$browser_dir/node_modules/.package-lock.json"
if [ ! -f "$browser_dir/node_modules/axe-core/axe.min.js" ] || [ "$browser_dir/package-lock.json" -nt "$marker" ]; then
  echo "Installing axe-core for the browser tests (npm ci)"
  (cd "$browser_dir" && NPM_CONFIG_UPDATE_NOTIFIER=false npm ci --no-audit --no-fund --loglevel=error)
fi
