#!/usr/bin/env bash
# PostgreSQL's own ceiling for the service's write path: pgbench appending one event-sized row per transaction
# (pgbench-append.sql) to a table of exactly the event store's shape. Recreates a scratch database, runs the
# project's event-store migration into it, runs pgbench, drops the database, and prints one JSON line on
# stdout (pgbench's own output goes to stderr).
#
# Usage: scripts/bench/pgbench-append.sh --clients C --duration S [--migration FILE] [--payload-len N]
#          [--meta-len N] [--db NAME] [--tag KEY=VALUE]...
#   --migration  the V1__event_store.sql to take the table from (default: this checkout's, as committed at HEAD,
#                so that a half-edited working tree does not change the table)
#   PGHOST, PGPORT, PGUSER as for psql (default 127.0.0.1, 5432, postgres).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
# Quiet the "does not exist, skipping" notices of drop database if exists.
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

clients=""
duration=""
migration=""
# Measured on revision 11a4982 from a real ConcernRaised row (see the comment in pgbench-append.sql).
payload_len=287
meta_len=150
db=roundtable_pgbench
tags=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --migration) migration="$2"; shift 2 ;;
    --payload-len) payload_len="$2"; shift 2 ;;
    --meta-len) meta_len="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --tag) tags+=("$2"); shift 2 ;;
    *) echo "pgbench-append.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$clients" ] || [ -z "$duration" ]; then
  echo "usage: $0 --clients C --duration S [--migration FILE] [--payload-len N] [--meta-len N] [--db NAME] [--tag K=V]..." >&2
  exit 2
fi

tmp=$(mktemp -d)
cleanup() {
  psql -q -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ -z "$migration" ]; then
  repo=$(git -C "$here" rev-parse --show-toplevel)
  migration="$tmp/V1__event_store.sql"
  git -C "$repo" show HEAD:roundtable-service/src/main/resources/db/migration/V1__event_store.sql >"$migration"
fi

# A fresh database every time, so every run starts from an empty table, like the service's first command.
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db" >/dev/null
psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$migration" >/dev/null

# -n: there are no pgbench_* tables to vacuum; -j 2: one pgbench thread per core, as the brief machine has.
pgbench -n -c "$clients" -j 2 -T "$duration" -D payload_len="$payload_len" -D meta_len="$meta_len" \
  -f "$here/pgbench-append.sql" "$db" >"$tmp/out" 2>"$tmp/err" || {
  cat "$tmp/out" "$tmp/err" >&2
  echo "pgbench failed" >&2
  exit 1
}
cat "$tmp/out" >&2

rows=$(psql -Atq -d "$db" -c "select count(*) from domain_event_entry")
tps=$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' "$tmp/out" | head -n 1)
latency=$(sed -nE 's/^latency average = ([0-9.]+) ms.*/\1/p' "$tmp/out")
failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$tmp/out")

line=$(printf '{"kind":"pgbench","scenario":"pgbench-append","clients":%s,"duration_s":%s,"tps":%s,"latency_avg_ms":%s,"failed_tx":%s,"rows":%s,"payload_len":%s,"meta_len":%s' \
  "$clients" "$duration" "${tps:-null}" "${latency:-null}" "${failed:-0}" "${rows:-null}" "$payload_len" "$meta_len")
for tag in "${tags[@]+"${tags[@]}"}"; do
  key="${tag%%=*}"
  value="${tag#*=}"
  line+=$(printf ',"%s":"%s"' "$key" "${value//\"/\\\"}")
done
echo "$line}"
