#!/usr/bin/env bash
# Smart Contacts storage benchmark: (re)creates the PostgreSQL database switchboard_bench_sc,
# applies the application's Flyway migrations, COPY-loads smart entries and address books,
# builds the keys and indexes after the load, then prints p50/p99 of the lookups, their EXPLAIN
# ANALYZE plans, and a hook (JDBC URL, a 1,000-entry book, its principal and a bearer token) for
# the HTTP-side measurement. The database stays loaded.
#   bench/smart-contacts/run.sh                                  full size (10M entries, 100k users)
#   SMART_ENTRIES=100000 USERS=1000 bench/smart-contacts/run.sh  quick run, seconds
# Also: CONTACTS_PER_USER (300), BIG_BOOKS (100 users with exactly 1,000 entries), REPS (200),
# WARMUP (= REPS: the same repetitions once, unmeasured, so latencies are warm-cache),
# LOAD_THREADS (2). MEASURE_ONLY=1 measures the database a previous run loaded (same sizes!)
# without re-creating it. Needs root (scripts/postgres-up.sh uses su postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/smart-contacts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The adapter classes and migrations, and the module's runtime classpath (no test jars).
mvn -B -q -ntp -pl adapters-persistence compile
mvn -B -q -ntp -pl adapters-persistence dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="adapters-persistence/target/classes:$(cat "$work/cp.txt")"
javac -d "$work/classes" -cp "$cp" $(ls "$here"/*.java | grep -v -e HttpSmartQuery -e NormaliseRate)

if [ "${MEASURE_ONLY:-0}" = 1 ]; then
  pg_port=$(pg_lsclusters -h | awk '$2 == "main" && $4 == "online" {print $3}' | tail -1)
else
  pg_port=$(scripts/postgres-up.sh switchboard_bench_sc | sed -n 's/^PGPORT=//p')
fi
export BENCH_JDBC_URL="jdbc:postgresql://127.0.0.1:${pg_port}/switchboard_bench_sc"
start=$(date +%s)
java -Xmx2g -Dlogback.configurationFile="$here/logback.xml" -cp "$work/classes:$cp" \
  SmartContactsBench | tee "$work/bench.out"
echo "total wall time $(( $(date +%s) - start )) s"

# (a) the same smart query over HTTP, through the real service pointed at the loaded database.
[ "${SKIP_HTTP:-0}" = 1 ] && exit 0
[ -f bootstrap/target/switchboard.jar ] || mvn -B -q -ntp -DskipTests package
token=$(sed -n 's/^HOOK bearer_token=\([^ ]*\).*/\1/p' "$work/bench.out")
port="${BENCH_PORT:-18090}"
java -Xmx1g -Dmicronaut.server.port="$port" -Dswitchboard.data-dir="$work/data" \
  -Ddatasources.default.url="$BENCH_JDBC_URL" -Ddatasources.default.username=switchboard \
  -Ddatasources.default.password=switchboard \
  -Dswitchboard.apps.bench.cloud-id=bench -Dswitchboard.apps.bench.sip-domain=sip.bench.example \
  -jar bootstrap/target/switchboard.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
a=$(java "$here/HttpSmartQuery.java" "http://127.0.0.1:$port" phone "$token" "${REPS:-200}" "${HTTP_WARMUP:-3000}")
b=$(grep '^| (b)' "$work/bench.out")
echo
echo "$a"
echo "$b"
a50=$(echo "$a" | awk -F'|' '{print $3+0}'); b50=$(echo "$b" | awk -F'|' '{print $3+0}')
echo "ratio (a)/(b) p50: $(awk -v a="$a50" -v b="$b50" 'BEGIN {printf "%.2f", a/b}') (target <= 2, and (a) p50 <= 10 ms)"
mvn -B -q -ntp -pl domain dependency:build-classpath -Dmdep.outputFile="$work/dcp.txt" >/dev/null
mvn -B -q -ntp -pl domain package -DskipTests
java -cp "domain/target/classes:$(cat "$work/dcp.txt")" "$here/NormaliseRate.java"
