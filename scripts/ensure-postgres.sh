#!/usr/bin/env bash
# Makes sure the PostgreSQL that the tests use is up: 127.0.0.1:5432 with a database "test" (trust
# authentication, user postgres). Starts the local cluster when it is installed but stopped. Maven runs this
# before the tests of the modules that need it; .ci/run runs it too. Does nothing when
# ROUNDTABLE_TEST_DB_URL names another server.
set -euo pipefail
if [ -n "${ROUNDTABLE_TEST_DB_URL:-}" ]; then
  exit 0
fi
host=127.0.0.1
port=5432
if ! pg_isready -h "$host" -p "$port" -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "PostgreSQL is not running: starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do
      pg_isready -h "$host" -p "$port" -q && break
      sleep 1
    done
  fi
fi
if ! pg_isready -h "$host" -p "$port" -q 2>/dev/null; then
  echo "The tests need PostgreSQL at $host:$port (user postgres, trust authentication)." >&2
  echo "Install and start it, or set ROUNDTABLE_TEST_DB_URL (with _USER and _PASSWORD) to use another server." >&2
  exit 1
fi
if ! psql -h "$host" -p "$port" -U postgres -Atc "select 1 from pg_database where datname = 'test'" | grep -q 1; then
  createdb -h "$host" -p "$port" -U postgres test
fi
