#!/usr/bin/env bash
# Benchmarks sitegov-server on loopback with wrk, in one run:
#   - starts `sitegov-server --demo` on 127.0.0.1 (a temporary store) and makes a read token;
#   - fetches one page of GET /api/v1/scores (limit 50, the last demo month) and GET /api/v1/health;
#   - starts nginx (its own config in a temporary folder, another loopback port) serving those exact
#     bodies as static files, access log on like our request log;
#   - runs the scenarios and prints, on stdout, one line each:
#       compare:  scores_page ours_rps nginx_rps ratio      (ratio = ours / nginx, same run)
#                 health ours_rps nginx_rps ratio
#       c1000:    c1000_health rps socket_errors non_2xx    (wrk -t2 -c1000 straight at the server)
#       slow:     slow_clients_health p50_ms p99_ms rps socket_errors non_2xx reopened
#                 (wrk -c32 --latency on health while 200 idle connections and 200 that send one
#                 header byte every 5 s are open: bench/server/slow-clients.py)
#     Progress and wrk's own output go to stderr.
#
# Usage: bench/server/run-wrk.sh [--quick] [--build DIR] [--server BINARY] [--duration SECONDS]
#                                [--connections N] [--server-threads N] [--wrk-threads N]
#                                [--scenarios compare,c1000,slow] [--repeat N]
#   --quick          3-second runs (default 10; c1000 and slow run 20 s, --quick 5 s)
#   --build DIR      the build folder holding src/server/sitegov-server (default $SITEGOV_BUILD_DIR or build)
#   --server BINARY  another sitegov-server to measure (an older build, to compare)
#   --scenarios      which to run (default compare)
#   --repeat N       compare: N rounds, each side in turn; medians (and the median ratio) are printed
# Needs wrk, nginx (nginx-light), curl and python3; exits non-zero if a run had errors or non-2xx answers.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${SITEGOV_BUILD_DIR:-$ROOT/build}
DURATION=10
LONG_DURATION=20
CONNECTIONS=32
WRK_THREADS=2
SERVER_THREADS=16
SERVER=""
SCENARIOS=compare
REPEAT=1
while (($#)); do
  case "$1" in
    --quick) DURATION=3; LONG_DURATION=5 ;;
    --build) BUILD=$2; shift ;;
    --server) SERVER=$2; shift ;;
    --scenarios) SCENARIOS=$2; shift ;;
    --repeat) REPEAT=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --server-threads) SERVER_THREADS=$2; shift ;;
    --wrk-threads) WRK_THREADS=$2; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac

SERVER=${SERVER:-$BUILD/src/server/sitegov-server}
NGINX=$(command -v nginx || true)
[ -x "$NGINX" ] || NGINX=/usr/sbin/nginx
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/install-deps installs it)" >&2; exit 1; }
done
[ -x "$NGINX" ] || { echo "nginx is missing (Debian package nginx-light)" >&2; exit 1; }
[ -x "$SERVER" ] || { echo "$SERVER is missing: build first (scripts/build)" >&2; exit 1; }

TMP=$(mktemp -d)
SERVER_PID=""
NGINX_PID=""
SLOW_PID=""
cleanup() {
  [ -n "$SLOW_PID" ] && kill "$SLOW_PID" 2>/dev/null && wait "$SLOW_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

log() { echo "run-wrk: $*" >&2; }

# wrk with 1,000 connections, the server with as many: raise the soft limit on open files to the hard one.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# sitegov-server on an ephemeral port; its request log goes to a file, like nginx's access log.
"$SERVER" --demo --database "$TMP/server.db" --listen 127.0.0.1:0 --threads "$SERVER_THREADS" 2>"$TMP/server.log" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 300); do
  PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$TMP/server.log" | head -n1)
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$PORT" ] || { log "the server did not start"; cat "$TMP/server.log" >&2; exit 1; }
TOKEN=$("$SERVER" token create --database "$TMP/server.db" --name bench --scope read 2>/dev/null)
PERIOD=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
SCORES_PATH="/api/v1/scores?period=$PERIOD&limit=50"
mkdir -p "$TMP/www"
chmod 755 "$TMP" "$TMP/www" # nginx workers run as another user when started as root
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$SCORES_PATH" -o "$TMP/www/scores.json"
curl -sf "http://127.0.0.1:$PORT/api/v1/health" -o "$TMP/www/health.json"
log "sitegov-server on port $PORT ($SERVER_THREADS threads); scores page $(wc -c <"$TMP/www/scores.json") bytes for $PERIOD"

# nginx with its own configuration, on a port found free.
NPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$TMP/nginx/logs"
cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $TMP/nginx/logs/access.log;
  default_type application/json;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NPORT;
    root $TMP/www;
  }
}
CONF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log" &
NGINX_PID=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$NPORT/health.json" -o /dev/null && break
  sleep 0.1
done
cmp -s <(curl -sf "http://127.0.0.1:$NPORT/scores.json") "$TMP/www/scores.json" || { log "nginx does not serve the body"; exit 1; }
log "nginx on port $NPORT"

# wrk prints "Requests/sec: N"; a run with socket errors or non-2xx/3xx answers fails.
measure() {
  local url=$1 out
  shift
  out=$(wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$@" "$url")
  echo "$out" >&2
  if grep -qE "Non-2xx|Socket errors" <<<"$out"; then
    log "errors against $url"
    return 1
  fi
  awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

failed=0
# Alternates the two sides --repeat times, so that a change in the machine's load falls on both;
# prints the medians and the median of the rounds' ratios.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
run() {
  local name=$1 ours_url=$2 ref_url=$3 ours ref round
  local all_ours="" all_ref="" all_ratio=""
  for round in $(seq 1 "$REPEAT"); do
    log "$name: sitegov-server (round $round of $REPEAT)"
    ours=$(measure "$ours_url" -H "Authorization: Bearer $TOKEN") || failed=1
    log "$name: nginx (round $round of $REPEAT)"
    ref=$(measure "$ref_url") || failed=1
    all_ours+="${ours:-0}"$'\n'
    all_ref+="${ref:-0}"$'\n'
    all_ratio+=$(awk -v a="${ours:-0}" -v b="${ref:-0}" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')$'\n'
  done
  log "$name ratios: $(tr '\n' ' ' <<<"$all_ratio")"
  printf "%s %.0f %.0f %.3f\n" "$name" "$(median <<<"${all_ours%$'\n'}")" "$(median <<<"${all_ref%$'\n'}")" \
    "$(median <<<"${all_ratio%$'\n'}")"
}

has() { [[ ",$SCENARIOS," == *",$1,"* ]]; }

if has compare; then
  run scores_page "http://127.0.0.1:$PORT$SCORES_PATH" "http://127.0.0.1:$NPORT/scores.json"
  run health "http://127.0.0.1:$PORT/api/v1/health" "http://127.0.0.1:$NPORT/health.json"
fi

# Counts from wrk's output: socket errors (connect, read, write, timeout added up) and non-2xx/3xx.
socket_errors() { awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10; found = 1 } END { if (!found) print 0 }' <<<"$1"; }
non_2xx() { awk '/Non-2xx/ { print $5; found = 1 } END { if (!found) print 0 }' <<<"$1"; }

if has c1000; then
  log "c1000: wrk -t$WRK_THREADS -c1000 -d${LONG_DURATION}s on health, straight at sitegov-server"
  out=$(wrk -t"$WRK_THREADS" -c1000 -d"${LONG_DURATION}s" "http://127.0.0.1:$PORT/api/v1/health" 2>&1 || true)
  echo "$out" >&2
  errors=$(socket_errors "$out")
  bad=$(non_2xx "$out")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  printf "c1000_health %.0f %s %s\n" "${rps:-0}" "$errors" "$bad"
  [ "$errors" = 0 ] && [ "$bad" = 0 ] || failed=1
fi

if has slow; then
  log "slow: 200 idle connections and 200 sending one header byte every 5 s, then wrk on health"
  python3 "$ROOT/bench/server/slow-clients.py" "$PORT" --idle 200 --slow 200 --interval 5 >"$TMP/slow.out" 2>"$TMP/slow.err" &
  SLOW_PID=$!
  for _ in $(seq 1 300); do
    grep -q ready "$TMP/slow.out" 2>/dev/null && break
    kill -0 "$SLOW_PID" 2>/dev/null || break
    sleep 0.1
  done
  grep -q ready "$TMP/slow.out" || { log "the slow clients could not connect"; cat "$TMP/slow.err" >&2; }
  sleep 6 # every slow connection has sent a byte or two
  out=$(wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${LONG_DURATION}s" --latency "http://127.0.0.1:$PORT/api/v1/health" 2>&1 || true)
  echo "$out" >&2
  kill "$SLOW_PID" 2>/dev/null && wait "$SLOW_PID" 2>/dev/null || true
  SLOW_PID=""
  tail -n1 "$TMP/slow.out" >&2
  reopened=$(awk '/reopened/ {print $6}' "$TMP/slow.out")
  # wrk --latency prints "50% 1.23ms" ... "99% 4.56ms" (us, ms or s).
  to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'; }
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  errors=$(socket_errors "$out")
  bad=$(non_2xx "$out")
  # No request answered at all: no latency to speak of.
  if awk -v r="${rps:-0}" 'BEGIN { exit !(r + 0 == 0) }'; then p50=-; p99=-; failed=1; fi
  printf "slow_clients_health %s %s %.0f %s %s %s\n" "$p50" "$p99" "${rps:-0}" "$errors" "$bad" "${reopened:-?}"
  [ "$errors" = 0 ] && [ "$bad" = 0 ] || failed=1
fi
exit $failed
