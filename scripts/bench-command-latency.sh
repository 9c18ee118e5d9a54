#!/usr/bin/env bash
# Measures how long a command takes to answer, read-your-writes included (the answer waits until every
# read model shows the command's events), for two builds side by side: a baseline revision and the
# working tree. Each run starts the service on a fresh H2 file database, warms it up with 20 commands,
# then raises concerns one after the other and reports the median, p90 and max.
#
# Usage: scripts/bench-command-latency.sh [baseline revision, default 480bc64] [requests per run, default 200]
# 480bc64 is the last revision whose read models read from Axon's embedded event store; its streams have
# no availability callback, so every pooled processor polled for new events twice a second.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
baseline_rev="${1:-480bc64}"
requests="${2:-200}"
port=18970
body='{"subject":{"givenName":"Bench","familyName":"Mark","ageBand":"AGE_16_TO_17"},"summary":"benchmark","urgency":"ROUTINE","category":"OTHER"}'
jar_path=roundtable-service/target/roundtable-service-0.1.0-SNAPSHOT.jar
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/baseline" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "building the baseline ($baseline_rev) and the working tree"
git worktree add --detach "$work/baseline" "$baseline_rev" >/dev/null
(cd "$work/baseline" && ./mvnw -q -B package -DskipTests)
./mvnw -q -B package -DskipTests

run() {  # name, jar
  local name="$1" jar="$2" dir="$work/$1"
  mkdir -p "$dir"
  (cd "$dir" && exec java -jar "$jar" --server.port=$port --roundtable.demo-data=false >service.log 2>&1) &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 0.5; done
  local send=(curl -sf -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json'
              -H 'X-Actor-Person: bench' -H 'X-Actor-Partner: police' "localhost:$port/api/cases" -d "$body")
  for _ in $(seq 1 20); do "${send[@]}" >/dev/null; done
  for _ in $(seq 1 "$requests"); do "${send[@]}"; done | sort -n > "$dir/times"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v name="$name" '{t[NR]=$1*1000} END {printf "%-9s n=%d  median %7.1f ms  p90 %7.1f ms  max %7.1f ms\n", name, NR, t[int(NR*0.5)+1], t[int(NR*0.9)], t[NR]}' "$dir/times"
}

run baseline "$work/baseline/$jar_path"
run current "$root/$jar_path"
b=$(awk '{t[NR]=$1} END {print t[int(NR*0.5)+1]}' "$work/baseline/times")
c=$(awk '{t[NR]=$1} END {print t[int(NR*0.5)+1]}' "$work/current/times")
awk -v b="$b" -v c="$c" 'BEGIN {printf "median ratio baseline/current: %.1fx\n", b/c}'
