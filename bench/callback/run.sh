#!/usr/bin/env bash
# Web callback benchmark: sustained call setups per second with sipp answering both legs, and
# HTTP-request-to-first-INVITE latency (p50/p99).
#   bench/callback/run.sh [rate/s=100] [seconds=30]        TRANSPORT=udp|tcp (default udp)
# Starts the packaged Switchboard (H2, temp dir) with the trunk pointing at two sipp UAS on
# free loopback ports, provisions one account, drives GET /webcallback open-loop at the rate,
# then reads sipp's verdicts and logs. Kills only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE="${1:-100}"
SECONDS_RUN="${2:-30}"
TRANSPORT="${TRANSPORT:-udp}"
WARM_RATE=20
WARM_SECONDS=5
WORK="$(mktemp -d /tmp/bench-callback.XXXXXX)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

JAR=bootstrap/target/switchboard.jar
if [ ! -f "$JAR" ]; then
  mvn -B -ntp -q -pl bootstrap -am package -DskipTests
fi
free_port() { python3 -c 'import socket;s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM);s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
HTTP_PORT=$(free_port); SIP_PORT=$(free_port); PA=$(free_port); PB=$(free_port)
MA=$(free_port); MB=$(free_port)
TOTAL=$(python3 -c "print(int($WARM_RATE*$WARM_SECONDS)+int($RATE*$SECONDS_RUN))")
TOKEN=bench-admin-token-0123456789

SIPP_OPTS=(-i 127.0.0.1 -m "$TOTAL" -nostdin -timeout "$((SECONDS_RUN + 90))s" -timeout_error
  -trace_err -trace_screen -max_socket 4096)
if [ "$TRANSPORT" = tcp ]; then SIPP_OPTS+=(-t t1); fi
(cd "$WORK" && exec sipp -sf "$OLDPWD/bench/callback/party-a.xml" -p "$PA" -mp "$MA" "${SIPP_OPTS[@]}" \
  -trace_logs -log_file a.log -screen_file a.screen -error_file a.err >a.out 2>&1) &
PIDS+=($!); SIPP_A=$!
(cd "$WORK" && exec sipp -sf "$OLDPWD/bench/callback/party-b.xml" -p "$PB" -mp "$MB" "${SIPP_OPTS[@]}" \
  -screen_file b.screen -error_file b.err >b.out 2>&1) &
PIDS+=($!); SIPP_B=$!

MICRONAUT_SERVER_PORT=$HTTP_PORT SWITCHBOARD_DATA_DIR="$WORK/data" SWITCHBOARD_ADMIN_TOKEN=$TOKEN \
SWITCHBOARD_SIP_PORT=$SIP_PORT SWITCHBOARD_CALLBACK_TRUNK_TRANSPORT=$TRANSPORT \
SWITCHBOARD_CALLBACK_DESTINATION_URI_TEMPLATE="sip:%number%@127.0.0.1:$PA" \
SWITCHBOARD_CALLBACK_CALLBACK_URI_TEMPLATE="sip:%number%@127.0.0.1:$PB" \
SWITCHBOARD_CALLBACK_PER_ACCOUNT_LIMIT=100000000 SWITCHBOARD_CALLBACK_MAX_CONCURRENT_PER_ACCOUNT=100000 \
  java -Xmx1g -jar "$JAR" >"$WORK/switchboard.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$HTTP_PORT/health" >/dev/null 2>&1 && break
  sleep 0.5
done

# One account through the app's sign-in flow; credit for every call.
NUMBER=+12025550142
curl -fs "http://127.0.0.1:$HTTP_PORT/verify_number?number=%2B12025550142" >/dev/null
PIN=$(curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$HTTP_PORT/admin/dev/sms?number=%2B12025550142" \
  | python3 -c 'import json,sys;print(json.load(sys.stdin)["pin"])')
ACCOUNT=$(curl -fs -d "cloud_id=DEMO&cloud_username=%2B12025550142&cloud_password=$PIN" \
  "http://127.0.0.1:$HTTP_PORT/provisioning")
USER_NAME=$(python3 -c 'import sys,re;print(re.search("<username>([^<]+)<",sys.argv[1]).group(1))' "$ACCOUNT")
PASSWORD=$(python3 -c 'import sys,re;print(re.search("<password>([^<]+)<",sys.argv[1]).group(1))' "$ACCOUNT")
curl -fs -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"credit":"100000"}' "http://127.0.0.1:$HTTP_PORT/admin/accounts/$USER_NAME/credit" >/dev/null

echo "== warm-up: $WARM_RATE/s for ${WARM_SECONDS}s (not measured)"
python3 bench/callback/driver.py 127.0.0.1 "$HTTP_PORT" "$USER_NAME" "$PASSWORD" "$WARM_RATE" \
  "$WARM_SECONDS" 1000000 "$WORK/warm.txt"
sleep 2
echo "== measured: $RATE/s for ${SECONDS_RUN}s over $TRANSPORT"
python3 bench/callback/driver.py 127.0.0.1 "$HTTP_PORT" "$USER_NAME" "$PASSWORD" "$RATE" \
  "$SECONDS_RUN" 2000000 "$WORK/run.txt"

status_a=0; status_b=0
wait "$SIPP_A" || status_a=$?
wait "$SIPP_B" || status_b=$?
python3 - "$WORK" "$status_a" "$status_b" <<'PY'
import re, sys, statistics
work, sa, sb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def counts(screen):
    text = open(screen).read()
    ok = re.findall(r"Successful call\s+\|\s+\d+\s+\|\s+(\d+)", text)
    ko = re.findall(r"Failed call\s+\|\s+\d+\s+\|\s+(\d+)", text)
    return (int(ok[-1]) if ok else -1), (int(ko[-1]) if ko else -1)
a_ok, a_ko = counts(work + "/a.screen")
b_ok, b_ko = counts(work + "/b.screen")
invites = {}
for line in open(work + "/a.log"):
    # sipp prints its variables as doubles: "<sec>.000000.<usec>.000000"
    m = re.search(r"INVITE (\d+) (\d+)(?:\.\d+)?\.(\d+)", line)
    if m:
        invites[int(m.group(1))] = int(m.group(2)) + int(m.group(3)) / 1e6
sent = [l.split() for l in open(work + "/run.txt")]
lat = sorted((invites[int(n)] - float(t)) * 1000 for n, t, s, d in sent if int(n) in invites)
http = sorted(float(d) * 1000 for n, t, s, d in sent)
times = sorted(invites[int(n)] for n, t, s, d in sent if int(n) in invites)
span = times[-1] - times[0] if len(times) > 1 else float("nan")
rate = (len(times) - 1) / span if span == span and span > 0 else float("nan")
def pct(v, p):
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))] if v else float("nan")
print("sipp first party:  successful=%d failed=%d exit=%d" % (a_ok, a_ko, sa))
print("sipp second party: successful=%d failed=%d exit=%d" % (b_ok, b_ko, sb))
print("measured INVITEs to first party: %d, sustained call setups: %.1f/s (target 100/s, ratio %.2f)"
      % (len(times), rate, rate / 100))
print("HTTP request -> first INVITE: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
      % (pct(lat, 50), pct(lat, 99), lat[-1] if lat else float("nan")))
print("HTTP response time: p50 %.1f ms, p99 %.1f ms" % (pct(http, 50), pct(http, 99)))
PY
echo "work dir: $WORK"
