#!/usr/bin/env bash
# Copies the screenshots the browser tests took (roundtable-service/target/browser-screenshots, after
# ./mvnw verify) of the pages the README shows into docs/screenshots.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
from="$root/roundtable-service/target/browser-screenshots"
to="$root/docs/screenshots"
mkdir -p "$to"
for page in login-nl cases-nl case-nl raise-problems-fr withdraw-fr reciprocity-en; do
  if [ ! -f "$from/$page.png" ]; then
    echo "No screenshot $page.png: run ./mvnw verify first" >&2
    exit 1
  fi
  cp "$from/$page.png" "$to/$page.png"
done
# The administrator's pages.
for page in partners-en person-en; do
  if [ ! -f "$from/$page.png" ]; then
    echo "No screenshot $page.png: run ./mvnw verify first" >&2
    exit 1
  fi
  cp "$from/$page.png" "$to/$page.png"
done
echo "Copied the screenshots to docs/screenshots"
