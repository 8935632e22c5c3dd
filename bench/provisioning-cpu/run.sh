#!/usr/bin/env bash
# Service CPU time per sign-in on PostgreSQL, split into JIT compiler threads and the rest: a
# figure that other load on the machine disturbs far less than round trips/s.
#   bench/provisioning-cpu/run.sh [JAR]     (WARMUP_SIGNINS=8000 SECONDS_PER_ROUND=15 ROUNDS=3)
# Warm-up is by count (5 s wrk chunks until WARMUP_SIGNINS sign-ins are done), not by time, so a
# busy machine does not leave the JIT colder. Then each round reads utime+stime of every thread
# of the service from /proc before and after a wrk round of bench/provisioning.lua and divides by
# the completed sign-ins. BENCH_DB names the database (re-created; default switchboard_bench),
# JFR=1 records a 1 ms-sampling JFR profile of the measured rounds (profile.jfr in the work dir).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR="${1:-bootstrap/target/switchboard.jar}"
WARM="${WARMUP_SIGNINS:-8000}"; SECS="${SECONDS_PER_ROUND:-15}"; ROUNDS="${ROUNDS:-3}"
DB="${BENCH_DB:-switchboard_bench}"
TOKEN=bench-admin-token-0123456789
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
HZ=$(getconf CLK_TCK)
work=$(mktemp -d)
pg_port=$(scripts/postgres-up.sh "$DB" | sed -n 's/^PGPORT=//p')
java -Xmx1g -Dmicronaut.server.port="$PORT" -Dswitchboard.admin.token="$TOKEN" \
  -Dswitchboard.data-dir="$work/data" -Dswitchboard.verification.client-limit=1000000000 \
  -Dlogger.levels.dev.switchboard.adapter.http.sms=WARN \
  -Ddatasources.default.url="jdbc:postgresql://127.0.0.1:${pg_port}/$DB" \
  -Ddatasources.default.username=switchboard -Ddatasources.default.password=switchboard \
  -jar "$JAR" > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done
wrk_round() { # $1 first number, $2 seconds
  BENCH_TOKEN="$TOKEN" BENCH_FIRST="$1" wrk -t16 -c16 -d"$2s" -s bench/provisioning.lua \
    "http://127.0.0.1:$PORT" | grep '^roundtrips_per_s='
}
completed() { sed -n 's/.*completed=\([0-9]*\).*/\1/p'; }
done_w=0; chunk=0; started=$(date +%s)
while [ "$done_w" -lt "$WARM" ] && [ "$chunk" -lt 40 ]; do # numbers +12023000000 … +12029399999
  done_w=$((done_w + $(wrk_round $((3000000 + chunk * 160000)) 5 | completed))); chunk=$((chunk + 1))
done
echo "warm-up: $done_w sign-ins in $(($(date +%s) - started)) s; work dir $work"
if [ "${JFR:-0}" = 1 ]; then
  jfc="$work/fast.jfc"
  sed 's/<setting name="period" control="method-sampling-java-interval">[^<]*</<setting name="period">1 ms</' \
    "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$jfc"
  jcmd "$pid" JFR.start name=p settings="$jfc" filename="$work/profile.jfr" >/dev/null
fi
snap() { for t in /proc/$pid/task/*; do echo "$(cat "$t/comm")|$(awk '{print $14 + $15}' "$t/stat")"; done; }
for r in $(seq 1 "$ROUNDS"); do
  snap > "$work/before"
  line=$(wrk_round $((2000000 + r * 200000)) "$SECS")
  snap > "$work/after"
  python3 - "$work" "$(echo "$line" | completed)" "$HZ" <<'PY'
import re, sys
from collections import Counter
work, n, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def load(f):
    c = Counter()
    for line in open(f):
        name, ticks = line.rstrip("\n").rsplit("|", 1)
        c[re.sub(r"[-#]?\d+$", "", name.strip())] += int(ticks)
    return c
a, b = load(work + "/before"), load(work + "/after")
total = sum(b.values()) - sum(a.values())
jit = sum(b[k] - a[k] for k in b if "Compiler" in k)
print("cpu_ms_per_signin=%.2f without_jit=%.2f jit_share=%.0f%%" % (
    total * 1000 / hz / n, (total - jit) * 1000 / hz / n, 100 * jit / max(total, 1)), end=" ")
PY
  echo "$line load=$(cut -d' ' -f1 /proc/loadavg)"
done
[ "${JFR:-0}" = 1 ] && jcmd "$pid" JFR.stop name=p >/dev/null
true
