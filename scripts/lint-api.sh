#!/usr/bin/env bash
# Lints an OpenAPI document with Redocly CLI's recommended rules.
#
#   scripts/lint-api.sh DOCUMENT
#
# The linter is the exact version pinned in scripts/api-lint/package-lock.json,
# installed with `npm ci` into scripts/api-lint/node_modules the first time and
# again only when the lock file is newer than that install. Rules are set in
# scripts/api-lint/redocly.yaml. Prints one line per problem and a one-line
# summary. Exit status: 0 without errors (warnings allowed), 1 on any lint
# error, 2 on bad usage or when the linter cannot run.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lint_dir="$script_dir/api-lint"
config="$lint_dir/redocly.yaml"
redocly="$lint_dir/node_modules/.bin/redocly"
installed_marker="$lint_dir/node_modules/.package-lock.json"

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DOCUMENT" >&2
  exit 2
fi
document="$1"
if [[ ! -f "$document" ]]; then
  echo "API lint: no such file: $document" >&2
  exit 2
fi

# Nothing but the npm registry is to be contacted: no telemetry, no update or
# announcement checks (Redocly CLI 2.x reads these variables).
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true
export REDOCLY_SUPPRESS_NOTIFICATIONS=true
export DO_NOT_TRACK=1
export NPM_CONFIG_UPDATE_NOTIFIER=false

install_needed() {
  [[ ! -x "$redocly" || ! -f "$installed_marker" || "$lint_dir/package-lock.json" -nt "$installed_marker" ]]
}

if install_needed; then
  # One install at a time when several builds start together.
  exec 9<"$lint_dir/package-lock.json"
  if command -v flock >/dev/null 2>&1; then flock 9; fi
  if install_needed; then
    echo "API lint: installing the linter pinned in scripts/api-lint/package-lock.json" >&2
    (cd "$lint_dir" && npm ci --no-audit --no-fund --prefer-offline) >&2
  fi
  exec 9<&-
fi

report="$(mktemp)"
messages="$(mktemp)"
trap 'rm -f "$report" "$messages"' EXIT

status=0
"$redocly" lint --config "$config" --lint-config error --format json --max-problems 100000 \
  "$document" >"$report" 2>"$messages" || status=$?

report_status=0
node "$lint_dir/report.mjs" "$report" "$document" || report_status=$?

if [[ $report_status -eq 3 || $status -gt 1 ]]; then
  # No report, or the linter itself failed (bad configuration, unreadable
  # document): show what it said, without its banners.
  grep -v -e '^ *[╔║╚]' "$messages" >&2 || true
  echo "API lint FAILED: $document: the linter did not run to completion (exit $status)" >&2
  exit 2
fi
if [[ $status -ne 0 || $report_status -ne 0 ]]; then
  exit 1
fi
