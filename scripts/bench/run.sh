#!/usr/bin/env bash
# One complete benchmark suite of the Roundtable service, printed as a markdown report (see README.md).
#
# For each revision (default HEAD; give --rev several times for before/after side by side) it builds the
# service from a clean git worktree of that revision (jars cached by commit under /tmp), starts it on a fresh
# database, runs every scenario of LoadGenerator.java at every client count, stops it; on PostgreSQL it then
# runs pgbench-append.sh at the same client counts as the database's own ceiling. Every measurement is
# repeated --runs times and the report shows medians.
#
# Usage: scripts/bench/run.sh [--rev REV]... [--working-tree] [--db postgres|h2|both] [--instances 1|2]
#          [--clients "1 4 16 64"] [--duration 15] [--warmup 5] [--runs 3] [--raw-clients "16"]
#          [--raw-writes "share"] [--big-clients 4] [--big-events 1000] [--idempotency] [--jvm-opts "-Xmx1g"]
#          [--only "raise share read-after-write big-case pgbench"] [--out DIR] [--port 18081]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
command_line="scripts/bench/run.sh$(printf ' %q' "$@")"

# ---- options --------------------------------------------------------------------------------------------------

revs=()
working_tree=0
dbs=postgres
instances=1
clients="1 4 16 64"
duration=15
warmup=5
runs=3
raw_clients=16
raw_writes=share      # read-after-write's writes: share (in the client's case), raise (a new case), or both
big_clients=4
big_events=1000
idempotency=0
jvm_opts="-Xmx1g"
only="raise share read-after-write big-case pgbench"
out=""
base_port=18081
bench_db="${ROUNDTABLE_BENCH_DB:-roundtable_bench}"
cache="${ROUNDTABLE_BENCH_CACHE:-/tmp/roundtable-bench-cache}"

usage() {
  sed -n '/^# Usage:/,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --rev) revs+=("$2"); shift 2 ;;
    --working-tree) working_tree=1; shift ;;
    --db) dbs="$2"; shift 2 ;;
    --instances) instances="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --raw-clients) raw_clients="$2"; shift 2 ;;
    --raw-writes) raw_writes="$2"; shift 2 ;;
    --big-clients) big_clients="$2"; shift 2 ;;
    --big-events) big_events="$2"; shift 2 ;;
    --idempotency) idempotency=1; shift ;;
    --jvm-opts) jvm_opts="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --port) base_port="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "run.sh: unknown argument $1" >&2; usage ;;
  esac
done
case "$dbs" in
  postgres|h2) ;;
  both) dbs="postgres h2" ;;
  *) echo "run.sh: --db must be postgres, h2 or both" >&2; exit 2 ;;
esac
case "$instances" in 1|2) ;; *) echo "run.sh: --instances must be 1 or 2" >&2; exit 2 ;; esac
# Whole seconds: pgbench -T takes no fractions, and the time estimate below is shell arithmetic.
if ! [[ "$warmup" =~ ^[0-9]+$ ]]; then
  echo "run.sh: --warmup must be a whole number of seconds (got $warmup)" >&2
  exit 2
fi
for value in "$duration" "$runs" "$big_clients" "$big_events" $clients $raw_clients; do
  if ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: --duration, --runs, --big-* and client counts must be positive whole numbers (got $value)" >&2
    exit 2
  fi
done
if [ ${#revs[@]} -eq 0 ] && [ "$working_tree" -eq 0 ]; then
  revs=(HEAD)
fi
wants() { [[ " $only " == *" $1 "* ]]; }

# ---- where things go --------------------------------------------------------------------------------------------

if [ -z "$out" ]; then
  out="/tmp/roundtable-bench-results/$(date +%Y%m%d-%H%M%S)"
fi
mkdir -p "$out/logs" "$cache"
out=$(cd "$out" && pwd)
results="$out/results.jsonl"
: >"$results"
work=$(mktemp -d /tmp/roundtable-bench-work.XXXXXX)

say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---- clean-up: whatever this script started, it stops, on any exit ---------------------------------------------

service_pids=()
loadgen_pid=""
worktrees=()
used_postgres=0

stop_pid() {
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  set +e
  if [ -n "$loadgen_pid" ]; then
    stop_pid "$loadgen_pid"
  fi
  for pid in "${service_pids[@]+"${service_pids[@]}"}"; do
    stop_pid "$pid"
  done
  for wt in "${worktrees[@]+"${worktrees[@]}"}"; do
    git -C "$repo" worktree remove --force "$wt" >/dev/null 2>&1
  done
  if [ "$used_postgres" -eq 1 ]; then
    psql -q -d postgres -c "drop database if exists $bench_db with (force)" >/dev/null 2>&1
    psql -q -d postgres -c "drop database if exists roundtable_pgbench with (force)" >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM

# ---- prerequisites ------------------------------------------------------------------------------------------------

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
if [[ " $dbs " == *" postgres "* ]]; then
  used_postgres=1
  if ! pg_isready -q; then
    say "PostgreSQL is down: starting it"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
  fi
  pg_isready -q || { echo "run.sh: PostgreSQL at $PGHOST:$PGPORT is not reachable" >&2; exit 1; }
fi
for n in $(seq 1 "$instances"); do
  port=$((base_port + n - 1))
  # Something already answering on our port would be measured instead of our build.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "run.sh: port $port is already in use; choose another with --port" >&2
    exit 1
  fi
done

# The load generator and the report, compiled once rather than by every single-file launch (which costs
# a second or two of CPU that the service would feel).
javac -d "$work/classes" "$here/LoadGenerator.java" "$here/Report.java"
# Serial GC and a modest heap: the generator shares the two cores with the service and should take little.
loadgen=(java -Xmx512m -XX:+UseSerialGC -cp "$work/classes" LoadGenerator)

# ---- candidates: revisions (and the working tree), each built into a jar -------------------------------------------

labels=()      # how the report names each candidate
commits=()     # full hash, or "working-tree"
jars=()
migrations=()  # the candidate's V1__event_store.sql, for pgbench

migration_path=roundtable-service/src/main/resources/db/migration/V1__event_store.sql

unique_label() {
  local label="$1" n=2 l
  for l in "${labels[@]+"${labels[@]}"}"; do
    if [ "$l" = "$label" ]; then
      while [[ " ${labels[*]} " == *" $label#$n "* ]]; do n=$((n + 1)); done
      label="$label#$n"
      break
    fi
  done
  echo "$label"
}

# Builds the service in directory $1 (a checkout), copies the jar to $2.
build_in() {
  local src="$1" dest="$2" log="$3" built
  say "building in $src (log: $log)"
  # maven.test.skip: the jar needs no test classes, so neither compile them nor start the tests' PostgreSQL.
  if ! (cd "$src" && ./mvnw -q -B -ntp package -Dmaven.test.skip=true) >"$log" 2>&1; then
    say "BUILD FAILED: see $log"
    tail -n 30 "$log" >&2
    return 1
  fi
  built=$(ls "$src"/roundtable-service/target/roundtable-service-*.jar | grep -v -e '-plain' -e '-sources' | head -n 1)
  cp "$built" "$dest.tmp.$$"
  mv "$dest.tmp.$$" "$dest"
}

for rev in "${revs[@]+"${revs[@]}"}"; do
  hash=$(git -C "$repo" rev-parse --verify --quiet "$rev^{commit}") || { echo "run.sh: unknown revision $rev" >&2; exit 1; }
  label=$(unique_label "$(git -C "$repo" rev-parse --short=7 "$hash")")
  jar="$cache/$hash.jar"
  if [ -f "$jar" ]; then
    say "$label: cached jar $jar"
  else
    wt="$work/src-$label"
    git -C "$repo" worktree add --detach "$wt" "$hash" >/dev/null 2>&1
    worktrees+=("$wt")
    build_in "$wt" "$jar" "$out/logs/build-$label.log"
    git -C "$repo" worktree remove --force "$wt" >/dev/null 2>&1 || true
  fi
  git -C "$repo" show "$hash:$migration_path" >"$work/V1-$label.sql"
  labels+=("$label"); commits+=("$hash"); jars+=("$jar"); migrations+=("$work/V1-$label.sql")
done

if [ "$working_tree" -eq 1 ]; then
  # A copy of the working tree (tracked and untracked files, not ignored ones such as target/), so that the
  # build neither disturbs nor is disturbed by the people editing /work/main.
  label=$(unique_label working-tree)
  wt="$work/src-working-tree"
  mkdir -p "$wt"
  (cd "$repo" && git ls-files -z -co --exclude-standard |
    while IFS= read -r -d '' f; do if [ -e "$f" ]; then printf '%s\0' "$f"; fi; done |
    tar --null -T - -cf -) | tar -C "$wt" -xf -
  jar="$work/working-tree.jar"
  build_in "$wt" "$jar" "$out/logs/build-working-tree.log"
  cp "$wt/$migration_path" "$work/V1-$label.sql"
  labels+=("$label"); commits+=("working-tree"); jars+=("$jar"); migrations+=("$work/V1-$label.sql")
  rm -rf "$wt"
fi

# ---- the service ----------------------------------------------------------------------------------------------------

running=()   # pids of the instances of the current candidate
urls=""

# Starts $4 instances of jar $1 on database $2 (postgres|h2); logs under $out/logs with prefix $3.
start_instances() {
  local jar="$1" db="$2" prefix="$3" count="$4" n port dir log pid
  running=()
  urls=""
  local h2dir="$work/h2-$prefix"
  for n in $(seq 1 "$count"); do
    port=$((base_port + n - 1))
    dir="$work/run-$prefix-$n"
    log="$out/logs/service-$prefix-$n.log"
    mkdir -p "$dir"
    # Same JVM flags for every revision; the working directory is a scratch one, so ./data never lands in the repo.
    if [ "$db" = postgres ]; then
      (cd "$dir" && ROUNDTABLE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$bench_db" ROUNDTABLE_DB_USER=postgres \
        ROUNDTABLE_DB_PASSWORD='' exec java $jvm_opts -jar "$jar" --server.port="$port" \
        --spring.profiles.active=postgres --roundtable.demo-data=true --roundtable.demo-cases=false) >"$log" 2>&1 &
    else
      (cd "$dir" && exec java $jvm_opts -jar "$jar" --server.port="$port" --roundtable.demo-data=true --roundtable.demo-cases=false \
        "--spring.datasource.url=jdbc:h2:file:$h2dir/roundtable;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH") \
        >"$log" 2>&1 &
    fi
    pid=$!
    service_pids+=("$pid")
    running+=("$pid")
    # One at a time: Flyway migrates an empty database once, and start-ups do not fight for the two cores.
    if ! wait_healthy "$port" "$pid" "$log"; then
      return 1
    fi
    urls="${urls:+$urls,}http://127.0.0.1:$port"
  done
}

wait_healthy() {
  local port="$1" pid="$2" log="$3"
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "SERVICE EXITED during start-up; its output: $log"
      tail -n 20 "$log" >&2
      return 1
    fi
    if curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      return 0
    fi
    sleep 0.5
  done
  say "SERVICE DID NOT BECOME HEALTHY within 120 s; its output: $log"
  return 1
}

stop_instances() {
  local pid
  for pid in "${running[@]+"${running[@]}"}"; do
    stop_pid "$pid"
  done
  running=()
}

# One result line, by hand, for a measurement that produced none.
failed_line() {  # label commit db scenario clients run why
  printf '{"rev":"%s","commit":"%s","db":"%s","scenario":"%s","clients":%s,"run":"%s","failed":"%s"}\n' \
    "$1" "$2" "$3" "$4" "$5" "$6" "${7//\"/\'}" >>"$results"
}

# Runs one LoadGenerator measurement; its JSON line goes to the results, its summary to the terminal.
measure() {  # label commit db run scenario clients [extra LoadGenerator args]
  local label="$1" commit="$2" db="$3" run="$4" scenario="$5" c="$6" rc=0
  shift 6
  local args=(--scenario "$scenario" --urls "$urls" --clients "$c" --warmup "$warmup" --duration "$duration"
    --label "$label $db run $run" --tag "rev=$label" --tag "commit=$commit" --tag "db=$db" --tag "run=$run" "$@")
  if [ "$idempotency" -eq 1 ]; then
    args+=(--idempotency)
  fi
  # In the background and waited for, so that an interrupt is handled at once rather than after the run.
  "${loadgen[@]}" "${args[@]}" >>"$results" 2>"$work/loadgen.err" &
  loadgen_pid=$!
  wait "$loadgen_pid" || rc=$?
  loadgen_pid=""
  tee -a "$out/logs/loadgen.log" <"$work/loadgen.err" >&2
  # 0: measured; 1: the set-up failed and the generator wrote the failure line itself.
  if [ "$rc" -gt 1 ]; then
    failed_line "$label" "$commit" "$db" "$scenario" "$c" "$run" "load generator exited with $rc"
  fi
}

# ---- the suite ------------------------------------------------------------------------------------------------------

count() { echo $#; }
n_clients=$(count $clients)
n_raw=$(count $raw_clients)
per_run=$((warmup + duration + 2))
estimate=0
for db in $dbs; do
  cells=0
  if wants raise; then cells=$((cells + n_clients)); fi
  if wants share; then cells=$((cells + n_clients)); fi
  if wants read-after-write; then cells=$((cells + n_raw * $(count $raw_writes))); fi
  # 25 s per candidate to start; the big case builds at roughly 40 events a second on the baseline.
  estimate=$((estimate + ${#labels[@]} * (runs * cells * per_run + 25)))
  if wants big-case; then estimate=$((estimate + ${#labels[@]} * (per_run + big_events / 40))); fi
  if [ "$db" = postgres ] && wants pgbench; then estimate=$((estimate + runs * n_clients * (duration + 2))); fi
done
say "candidates: ${labels[*]}; databases: $dbs; about $((estimate / 60 + 1)) minutes; results in $out"

payload_len=""
meta_len=""

for db in $dbs; do
  run_instances="$instances"
  if [ "$db" = h2 ] && [ "$instances" -gt 1 ]; then
    # An H2 file database belongs to one process; a second instance could not open it.
    say "H2: one instance only (an H2 file database cannot be shared by two processes)"
    run_instances=1
  fi
  for i in "${!labels[@]}"; do
    label="${labels[$i]}"
    commit="${commits[$i]}"
    say "== $db, $label: starting $run_instances instance(s)"
    if [ "$db" = postgres ]; then
      psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $bench_db with (force)" -c "create database $bench_db"
    fi
    if ! start_instances "${jars[$i]}" "$db" "$label-$db" "$run_instances"; then
      stop_instances
      failed_line "$label" "$commit" "$db" "start-up" 0 0 "the service did not start; see $out/logs/service-$label-$db-*.log"
      continue
    fi
    # Each pass covers every scenario and client count, so that a burst of noise from the machine's other
    # users spoils one run of many cells rather than every run of one cell.
    for run in $(seq 1 "$runs"); do
      for c in $clients; do
        if wants raise; then measure "$label" "$commit" "$db" "$run" raise "$c"; fi
        if wants share; then measure "$label" "$commit" "$db" "$run" share "$c"; fi
      done
      if wants read-after-write; then
        for write in $raw_writes; do
          for c in $raw_clients; do
            measure "$label" "$commit" "$db" "$run" read-after-write "$c" --write "$write"
          done
        done
      fi
    done
    # Building the 1000-event case takes a while: measured once per candidate.
    if wants big-case; then
      measure "$label" "$commit" "$db" 1 big-case "$big_clients" --big-events "$big_events"
    fi
    if [ "$db" = postgres ]; then
      # The size of this revision's real ConcernRaised rows, for pgbench's rows.
      sizes=$(psql -Atq -d "$bench_db" -c "select avg(length(payload))::int || ' ' || avg(length(meta_data))::int
        from domain_event_entry where payload_type like '%.ConcernRaised'" 2>/dev/null || true)
      if [ -n "$sizes" ]; then
        payload_len=${sizes% *}
        meta_len=${sizes#* }
      fi
    fi
    stop_instances
    say "== $db, $label: done"
  done

  if [ "$db" = postgres ] && wants pgbench; then
    last=$((${#labels[@]} - 1))
    say "== pgbench: one event row per transaction, table from ${labels[$last]}'s migration, payload ${payload_len:-287} B, meta_data ${meta_len:-150} B"
    for run in $(seq 1 "$runs"); do
      for c in $clients; do
        rc=0
        "$here/pgbench-append.sh" --clients "$c" --duration "$duration" --migration "${migrations[$last]}" \
          --payload-len "${payload_len:-287}" --meta-len "${meta_len:-150}" --tag db=postgres --tag "run=$run" --tag "table_from=${labels[$last]}" \
          >>"$results" 2>"$work/pgbench.err" || rc=$?
        cat "$work/pgbench.err" >>"$out/logs/pgbench.log"
        if [ "$rc" -ne 0 ]; then
          cat "$work/pgbench.err" >&2
          printf '{"kind":"pgbench","db":"postgres","scenario":"pgbench-append","clients":%s,"run":"%s","failed":"pgbench exited with %s"}\n' \
            "$c" "$run" "$rc" >>"$results"
        else
          say "pgbench $c clients run $run: $(tail -n 1 "$results" | sed -E 's/.*"tps":([0-9.]+).*/\1/') tx/s"
        fi
      done
    done
  fi
done

# ---- the report ---------------------------------------------------------------------------------------------------

{
  echo "# Roundtable benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- Command: \`$command_line\`"
  echo "- Machine: $(nproc) cores ($(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(uname -sr)"
  echo "- Java: $(java -version 2>&1 | sed -n '1p;3p' | paste -sd ';' - | sed 's/;/; /')"
  if [ "$used_postgres" -eq 1 ]; then
    echo "- PostgreSQL: $(psql -Atq -d postgres -c 'show server_version' 2>/dev/null || echo unknown), 127.0.0.1:5432"
  fi
  echo "- Settings: database(s) $dbs; $instances instance(s); clients $clients; read-after-write ($raw_writes) at $raw_clients; big case of $big_events events at $big_clients clients; warm-up ${warmup} s, measured ${duration} s; $runs run(s) each, medians shown; service JVM \`$jvm_opts\`; idempotency keys $([ "$idempotency" -eq 1 ] && echo on || echo off)"
  for i in "${!labels[@]}"; do
    if [ "${commits[$i]}" = working-tree ]; then
      echo "- ${labels[$i]}: the working tree of $repo (on $(git -C "$repo" rev-parse --short=7 HEAD), with its uncommitted changes)"
    else
      echo "- ${labels[$i]}: $(git -C "$repo" log -1 --format='%H %s' "${commits[$i]}")"
    fi
  done
  echo "- Raw results: $results; logs: $out/logs/"
  java -cp "$work/classes" Report "$results"
  echo
  echo "cmd/s: successful commands per second in the measured window; p50/p99: latency of one command (for"
  echo "read after write, of the write and the read together); X / pgbench: the service's commands per second as a"
  echo "fraction of PostgreSQL's own single-row appends; B / A: a later revision against the first (cmd/s above 1"
  echo "and p50 below 1 mean faster). Errors are non-2xx answers and failed connections, summed over the runs."
} >"$out/report.md"
cat "$out/report.md"
