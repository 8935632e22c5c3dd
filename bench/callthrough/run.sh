#!/usr/bin/env bash
# Benchmark: web call-through, with the baselines measured in the same run.
#   bench/callthrough/run.sh   (ROUNDS=5 SECONDS_PER_ROUND=10 CALLS_PER_ROUND=20000 WARMUP_SECONDS=120
#   to change). The discarded warm-up is 120 s per instance: after 60-90 s the JIT was still
#   raising the dial-string figure from round to round on a 2-core machine.
# 1. Dial-string requests/s: wrk against GET /callthrough/{user}/12345678 (PIN + DTMF rule: the
#    account, the destination policy and the credit check), and against nginx serving the same
#    response body statically (`return 200`). Target: >= 0.5x nginx. The benchmark asks for one
#    user over and over, so the account comes from memory (account-cache-ttl, 2 s) on all but
#    a few requests; a second instance with account-cache-ttl=0s (a database read per request,
#    on the blocking executor) is measured in the same rounds and reported as "uncached".
# 2. INVITE routing/s: sipp INVITEs to a DTMF-less access number, each from a caller holding a
#    reservation (seeded in PostgreSQL), each answered 302 to the target; against Kamailio with a
#    minimal config answering every INVITE with a static 302. Target: >= 0.3x Kamailio.
# Switchboard runs on PostgreSQL (SWITCHBOARD_BENCH_DB, default switchboard_test_w6, recreated).
# Every port is picked free at run time on 127.0.0.1; only processes started here are stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${ROUNDS:-5}"; SECS="${SECONDS_PER_ROUND:-10}"; CALLS="${CALLS_PER_ROUND:-20000}"
WARMUP_SECS="${WARMUP_SECONDS:-120}"; DB="${SWITCHBOARD_BENCH_DB:-switchboard_test_w6}"
TOKEN=bench-admin-token-0123456789
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
free_udp() { python3 -c 'import socket; s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
psql_() { PGPASSWORD=switchboard psql -q -h 127.0.0.1 -p 5432 -U switchboard "$DB" "$@"; }

[ -f bootstrap/target/switchboard.jar ] || mvn -B -q -ntp -DskipTests package
scripts/postgres-up.sh "$DB" >/dev/null

HTTP_PORT=$(free_port); SIP_PORT=$(free_udp); NGINX_PORT=$(free_port); KAM_PORT=$(free_udp)
ACCESS=+12025550100; TARGET=+33142685300
cat > "$work/callthrough.yml" <<YML
switchboard:
  initial-credit: "10"
  callthrough:
    reservation-window: 1h
    trunk-uri: "sip:%targetNumber%@127.0.0.1:5999"
    rules:
      - name: france-dtmf-less
        countries: [FR]
        access-numbers: ["$ACCESS", "+12025550101"]
        template: "%accessNumber%"
      - name: pin
        access-numbers: ["+15551231234"]
        template: "%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#"
YML

java -Xmx1g -Dmicronaut.config.files="$work/callthrough.yml" \
  -Dmicronaut.server.port="$HTTP_PORT" -Dswitchboard.admin.token="$TOKEN" \
  -Dswitchboard.data-dir="$work/data" -Dswitchboard.sip.port="$SIP_PORT" \
  -Dswitchboard.sip.listen-address=127.0.0.1 \
  -Ddatasources.default.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  -Ddatasources.default.username=switchboard -Ddatasources.default.password=switchboard \
  -Dlogger.levels.dev.switchboard.adapter.sip.callthrough=WARN \
  -jar bootstrap/target/switchboard.jar > "$work/switchboard.log" 2>&1 &
pids+=($!)
# The same service and database, reading the account from the database on every request.
COLD_PORT=$(free_port)
java -Xmx1g -Dmicronaut.config.files="$work/callthrough.yml" \
  -Dmicronaut.server.port="$COLD_PORT" -Dswitchboard.data-dir="$work/data-cold" \
  -Dswitchboard.sip.enabled=false -Dswitchboard.callthrough.account-cache-ttl=0s \
  -Ddatasources.default.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  -Ddatasources.default.username=switchboard -Ddatasources.default.password=switchboard \
  -jar bootstrap/target/switchboard.jar > "$work/switchboard-cold.log" 2>&1 &
pids+=($!)
for port in "$HTTP_PORT" "$COLD_PORT"; do
  for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$port/health" >/dev/null || { tail -n 40 "$work"/switchboard*.log; exit 1; }
done

# One user, signed in the way the app does it.
NUMBER=+12025550199
curl -fs "http://127.0.0.1:$HTTP_PORT/verify_number?number=%2B${NUMBER#+}" >/dev/null
PIN=$(curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$HTTP_PORT/admin/dev/sms?number=%2B${NUMBER#+}" \
  | sed 's/.*"pin":"\([0-9]*\)".*/\1/')
USER=$(curl -fs -d "cloud_id=DEMO&cloud_username=%2B${NUMBER#+}&cloud_password=$PIN" \
  "http://127.0.0.1:$HTTP_PORT/provisioning" | sed 's/.*<username>\([^<]*\)<.*/\1/')
URL="http://127.0.0.1:$HTTP_PORT/callthrough/$USER/12345678"
COLD_URL="http://127.0.0.1:$COLD_PORT/callthrough/$USER/12345678"
BODY=$(curl -fs "$URL")
echo "dial string answer: $BODY"

# nginx: the same body, static.
mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<NGX
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { default_type application/xml; return 200 '$BODY'; }
  }
}
NGX
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)

# Kamailio: a static 302 to the same target for every INVITE.
cat > "$work/kamailio.cfg" <<KAM
#!KAMAILIO
debug=0
log_stderror=yes
children=2
listen=udp:127.0.0.1:$KAM_PORT
mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
loadmodule "sl.so"
loadmodule "textops.so"
request_route {
  if (is_method("ACK")) { exit; }
  append_to_reply("Contact: <sip:$TARGET@127.0.0.1:5999>\r\n");
  sl_send_reply("302", "Moved Temporarily");
  exit;
}
KAM
kamailio -f "$work/kamailio.cfg" -P "$work/kamailio.pid" -w "$work" -DD -E > "$work/kamailio.log" 2>&1 &
pids+=($!)
sleep 2

wrk_rps() { wrk -t2 -c16 -d"${2:-$SECS}s" "$1" | sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p'; }

# Callers with a pending reservation each (access number $ACCESS → $TARGET), and their CSV.
printf 'SEQUENTIAL\n' > "$work/callers.csv"
for i in $(seq 0 $((CALLS - 1))); do printf '+%d;\n' $((12020000000 + i)); done >> "$work/callers.csv"
seed() {
  psql_ -c "DELETE FROM callthrough_reservations WHERE username = 'bench'" \
    -c "INSERT INTO callthrough_reservations SELECT 12020000000 + i, ${ACCESS#+}, 'bench-' || i,
          '+' || (12020000000 + i), 'DEMO', 'bench', '$TARGET', now(), now() + interval '1 hour',
          FALSE FROM generate_series(0, $((CALLS - 1))) AS i"
}
sipp_cps() { # $1 = port; prints successful calls per second (all calls must succeed)
  local dir="$work/sipp-$RANDOM"; mkdir -p "$dir"
  (cd "$dir" && sipp -sf "$OLDPWD/bench/callthrough/uac-302.xml" -inf "$work/callers.csv" \
    -s "$ACCESS" -i 127.0.0.1 -p "$(free_udp)" -mp "$(free_udp)" -m "$CALLS" -r 5000 -l 1000 \
    -nostdin -timeout 120s -recv_timeout 20000 -trace_stat -stf stat.csv -fd 1 "127.0.0.1:$1" > out.log 2>&1) || true
  python3 - "$dir/stat.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter=';'))
head, last = rows[0], rows[-1]
col = lambda n: last[head.index(n)]
epoch = lambda v: float(v.split()[-1].split('\t')[-1])
secs = epoch(col('CurrentTime')) - epoch(col('StartTime'))
ok, failed = int(col('SuccessfulCall(C)')), int(col('FailedCall(C)'))
print(f"{ok / secs:.0f} ok={ok} failed={failed} seconds={secs:.2f}")
PY
}

echo "rounds=$ROUNDS seconds/round=$SECS calls/round=$CALLS cores=$(nproc) (machine shared with other builds: noisy)"
wrk_rps "$URL" "$WARMUP_SECS" > /dev/null                 # JIT warm-up, discarded
wrk_rps "$COLD_URL" "$WARMUP_SECS" > /dev/null
seed; sipp_cps "$SIP_PORT" > /dev/null                     # SIP warm-up, discarded
for r in $(seq 1 "$ROUNDS"); do
  sb=$(wrk_rps "$URL"); ng=$(wrk_rps "http://127.0.0.1:$NGINX_PORT/callthrough/x/12345678")
  cold=$(wrk_rps "$COLD_URL")
  echo "round $r http: switchboard=$sb nginx=$ng switchboard-uncached=$cold"
  echo "$sb" >> "$work/sb"; echo "$ng" >> "$work/ng"; echo "$cold" >> "$work/cold"
  seed; sip=$(sipp_cps "$SIP_PORT"); kam=$(sipp_cps "$KAM_PORT")
  echo "round $r sip: switchboard=$sip kamailio=$kam"
  echo "${sip%% *}" >> "$work/sip"; echo "${kam%% *}" >> "$work/kam"
done
sb=$(median < "$work/sb"); ng=$(median < "$work/ng"); sip=$(median < "$work/sip"); kam=$(median < "$work/kam")
cold=$(median < "$work/cold")
echo "median dial-string requests/s: switchboard=$sb nginx=$ng ratio=$(python3 -c "print(f'{$sb/$ng:.2f}')") (target >= 0.5)"
echo "median dial-string requests/s, uncached (account read per request): $cold ratio=$(python3 -c "print(f'{$cold/$ng:.2f}')")"
echo "median INVITE routing/s: switchboard=$sip kamailio=$kam ratio=$(python3 -c "print(f'{$sip/$kam:.2f}')") (target >= 0.3)"
