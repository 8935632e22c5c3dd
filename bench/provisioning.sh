#!/usr/bin/env bash
# Benchmark: verify + provision round trips per second on H2 and on PostgreSQL, with pgbench's
# single-row INSERT rate on the same PostgreSQL as the baseline, all in one run. The baseline
# table lives in its own schema so that Flyway finds the public schema empty.
#   bench/provisioning.sh            (ROUNDS=3 SECONDS_PER_ROUND=15 THREADS=16 to change)
# BENCH_DB names the PostgreSQL database (re-created; default switchboard_bench), BENCH_PORT the
# service's port (default: a free port picked at run time).
# Besides round trips/s, each round reports the service's CPU time per sign-in (utime+stime of
# its process from /proc, all threads incl. JIT and GC, divided by completed sign-ins): a figure
# that other load on the machine disturbs far less than the rate.
# Load comes from wrk (Debian package, installed if missing) running bench/provisioning.lua.
# Each database gets one discarded warm-up round (WARMUP_SECONDS=90) before the measured ones:
# the JIT needs a few tens of thousands of requests on 2 shared cores to reach steady state.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"; SECS="${SECONDS_PER_ROUND:-15}"; THREADS="${THREADS:-16}"
WARMUP_SECS="${WARMUP_SECONDS:-90}"
TOKEN=bench-admin-token-0123456789
DB="${BENCH_DB:-switchboard_bench}"
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
HZ=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

[ -f bootstrap/target/switchboard.jar ] || mvn -B -q -ntp -DskipTests package
command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pg_port=$(scripts/postgres-up.sh "$DB" | sed -n 's/^PGPORT=//p')
pg_url="jdbc:postgresql://127.0.0.1:${pg_port}/$DB"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

pgbench_round() {
  cat > "$work/insert.sql" <<'SQL'
INSERT INTO baseline.bench_insert(e164) VALUES ('+1202' || (2000000 + floor(random() * 7999999))::bigint);
SQL
  PGPASSWORD=switchboard pgbench -h 127.0.0.1 -p "$pg_port" -U switchboard -n -c "$THREADS" -j 2 \
    -T "$SECS" -f "$work/insert.sql" "$DB" 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}

start_service() { # $1 = name, rest = extra -D options
  local name=$1; shift
  java -Xmx1g "$@" -Dmicronaut.server.port="$PORT" -Dswitchboard.admin.token="$TOKEN" \
    -Dswitchboard.data-dir="$work/data-$name" \
    -Dswitchboard.verification.client-limit=1000000000 \
    -Dlogger.levels.dev.switchboard.adapter.http.sms=WARN \
    -jar bootstrap/target/switchboard.jar > "$work/$name.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "service ($name) did not start; log:" >&2; tail -50 "$work/$name.log" >&2; exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }

stop_service() { kill "$(jobs -p | tail -1)" 2>/dev/null || true; wait 2>/dev/null || true; }

load_round() { # $1 = first number, $2 = seconds; one connection per wrk thread (provisioning.lua)
  BENCH_TOKEN="$TOKEN" BENCH_FIRST="$1" wrk -t"$THREADS" -c"$THREADS" -d"${2:-$SECS}s" \
    -s bench/provisioning.lua "http://127.0.0.1:$PORT" | grep '^roundtrips_per_s='
}

PGPASSWORD=switchboard psql -q -h 127.0.0.1 -p "$pg_port" -U switchboard "$DB" \
  -c "CREATE SCHEMA baseline" \
  -c "CREATE TABLE baseline.bench_insert (id BIGSERIAL PRIMARY KEY, e164 TEXT NOT NULL, created_at TIMESTAMPTZ DEFAULT now())"

echo "rounds=$ROUNDS seconds/round=$SECS threads=$THREADS cores=$(nproc) database=$DB port=$PORT"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/h2"; : > "$work/pg"; : > "$work/pgbench"
for db in h2 pg; do
  if [ "$db" = pg ]; then
    start_service pg -Ddatasources.default.url="$pg_url" -Ddatasources.default.username=switchboard \
      -Ddatasources.default.password=switchboard
  else
    start_service h2
  fi
  # Steady state: one discarded round first, so the JIT has compiled the request path.
  load_round 6000000 "$WARMUP_SECS" > /dev/null
  for r in $(seq 1 "$ROUNDS"); do
    offset=0; [ "$db" = pg ] && offset=1
    t0=$(cpu_ticks)
    line=$(load_round $((2000000 + (r * 2 + offset) * 200000)))
    t1=$(cpu_ticks)
    trips=$(echo "$line" | sed -n 's/.*completed=\([0-9]*\).*/\1/p')
    cpu=$(awk -v a="$t0" -v b="$t1" -v n="$trips" -v hz="$HZ" 'BEGIN {printf "%.2f", (b - a) * 1000 / hz / n}')
    line="$line cpu_ms_per_signin=$cpu"
    echo "$cpu" >> "$work/$db.cpu"
    echo "$db round $r: $line"
    echo "$line" >> "$work/$db.lines"
    echo "$line" | sed -n 's/.*roundtrips_per_s=\([0-9.]*\).*/\1/p' >> "$work/$db"
    if [ "$db" = pg ]; then
      tps=$(pgbench_round); echo "pgbench round $r: inserts_per_s=$tps"; echo "$tps" >> "$work/pgbench"
    fi
  done
  stop_service
done

h2=$(median < "$work/h2"); pg=$(median < "$work/pg"); base=$(median < "$work/pgbench")
h2cpu=$(median < "$work/h2.cpu"); pgcpu=$(median < "$work/pg.cpu")
p50=$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' "$work/pg.lines" | median)
p99=$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' "$work/pg.lines" | median)
echo
echo "| measure (median of $ROUNDS rounds) | value |"
echo "|---|---|"
echo "| verify+provision round trips/s, H2 | $h2 |"
echo "| verify+provision round trips/s, PostgreSQL | $pg |"
echo "| service CPU ms per sign-in, H2 / PostgreSQL | $h2cpu / $pgcpu |"
echo "| HTTP request p50 / p99 on PostgreSQL (ms) | $p50 / $p99 |"
echo "| pgbench single-row INSERTs/s (same PostgreSQL, $THREADS clients) | $base |"
echo "| ratio PostgreSQL round trips / pgbench inserts | $(awk -v a="$pg" -v b="$base" 'BEGIN {printf "%.3f", a/b}') |"
echo "| target: >= 500 round trips/s on PostgreSQL | $(awk -v a="$pg" 'BEGIN {print (a >= 500 ? "met" : "NOT met")}') |"
