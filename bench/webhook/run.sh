#!/usr/bin/env bash
# New-smart-contact webhook benchmark, one command:   bench/webhook/run.sh
# Fan-out deliveries per second from one new smart number held by FANOUT books (batch size 1, so
# FANOUT requests), to a local receiver (JDK HttpServer, 127.0.0.1, ephemeral port), against a
# plain JDK HttpClient loop posting the same bodies to the same receiver in the same run; then
# p50/p90/p99 from the smart-entry creation to its first delivery. Embedded H2 by default;
# BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/<db> (role switchboard/switchboard) for
# PostgreSQL. Also: ROUNDS (3, plus one warm-up), FANOUT (2000), LATENCY_EVENTS (200),
# WORKER_THREADS (8 = switchboard.webhooks.concurrency and the threaded baseline).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -ntp -pl bootstrap -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="bootstrap/target/classes:adapters-http/target/classes:adapters-persistence/target/classes"
cp="$cp:adapters-sip/target/classes:application/target/classes:domain/target/classes"
cp="$cp:$(cat "$work/cp.txt")"
javac -d "$work/classes" -cp "$cp" bench/webhook/WebhookBench.java
java -Xmx1g -Dlogback.configurationFile=bench/webhook/logback.xml -cp "$work/classes:$cp" \
  -Drounds="${ROUNDS:-3}" -Dfanout="${FANOUT:-2000}" -DlatencyEvents="${LATENCY_EVENTS:-200}" \
  -DworkerThreads="${WORKER_THREADS:-8}" WebhookBench
