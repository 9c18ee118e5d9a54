#!/usr/bin/env bash
# Measures how long a command takes to answer, read-your-writes included (the answer waits until every
# read model shows the command's events), for two builds side by side: a baseline revision and the
# working tree. Each run starts the service on a fresh H2 file database, warms it up with 20 commands,
# then, case after case, raises a concern, opens the case and shares information in it, and reports the
# median, p90 and max answer time of each of the three commands.
#
# Usage: scripts/bench-command-latency.sh [baseline revision, default 480bc64] [cases per run, default 50]
# 480bc64 is the last revision whose read models read from Axon's embedded event store; its streams have
# no availability callback, so every pooled processor polled for new events twice a second.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
baseline_rev="${1:-480bc64}"
cases="${2:-50}"
port=18970
screen='{"decision":"OPEN_CASE","lead":"police","participants":["school"]}'
share='{"content":"benchmark","level":"AMBER"}'
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
  local headers=(-H 'Content-Type: application/json' -H 'X-Actor-Person: bench' -H 'X-Actor-Partner: police')
  local api="localhost:$port/api/cases"
  for _ in $(seq 1 20); do curl -sf -o /dev/null "${headers[@]}" "$api" -d "$body"; done
  for _ in $(seq 1 "$cases"); do
    local answer case_id
    answer=$(curl -sf -w '\n%{time_total}' "${headers[@]}" "$api" -d "$body")
    case_id=$(head -n 1 <<<"$answer" | sed -E 's/.*"caseId":"([^"]+)".*/\1/')
    echo "raise $(tail -n 1 <<<"$answer")"
    echo "screen $(curl -sf -o /dev/null -w '%{time_total}' "${headers[@]}" "$api/$case_id/screening" -d "$screen")"
    echo "share $(curl -sf -o /dev/null -w '%{time_total}' "${headers[@]}" "$api/$case_id/information" -d "$share")"
  done > "$dir/times"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  for command in raise screen share; do
    awk -v c="$command" '$1 == c {print $2}' "$dir/times" | sort -n > "$dir/$command"
    awk -v name="$name" -v c="$command" '{t[NR]=$1*1000} END {printf "%-9s %-7s n=%d  median %7.1f ms  p90 %7.1f ms  max %7.1f ms\n", name, c, NR, t[int(NR*0.5)+1], t[int(NR*0.9)], t[NR]}' "$dir/$command"
  done
}

run baseline "$work/baseline/$jar_path"
run current "$root/$jar_path"
for command in raise screen share; do
  b=$(awk '{t[NR]=$1} END {print t[int(NR*0.5)+1]}' "$work/baseline/$command")
  c=$(awk '{t[NR]=$1} END {print t[int(NR*0.5)+1]}' "$work/current/$command")
  awk -v b="$b" -v c="$c" -v n="$command" 'BEGIN {printf "%-7s median ratio baseline/current: %.1fx\n", n, b/c}'
done
