#!/usr/bin/env bash
# Copies the screenshots the browser tests took (roundtable-service/target/browser-screenshots, after
# ./mvnw verify) of the pages the README shows into docs/screenshots.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
from="$root/roundtable-service/target/browser-screenshots"
to="$root/docs/screenshots"
mkdir -p "$to"
pages=(
  login-nl cases-nl case-nl raise-problems-fr        # logging in, the cases, a case file, raising a concern
  my-actions-nl waiting-consents-fr                  # a partner's work
  dashboard-en withdraw-fr reciprocity-en            # the chair's dashboard, withdrawing, reciprocity
  partners-en person-en                              # the administrator's pages
  run-sheet-nl minutes-print-nl                      # the chair's run-sheet and a session's printable minutes
)
for page in "${pages[@]}"; do
  if [ ! -f "$from/$page.png" ]; then
    echo "No screenshot $page.png: run ./mvnw verify first" >&2
    exit 1
  fi
  cp "$from/$page.png" "$to/$page.png"
done
echo "Copied the screenshots to docs/screenshots"
