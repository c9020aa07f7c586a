#!/usr/bin/env bash
# Benchmarks sitegov-server against nginx on loopback with wrk, in one run:
#   - starts `sitegov-server --demo` on 127.0.0.1 (a temporary store) and makes a read token;
#   - fetches one page of GET /api/v1/scores (limit 50, the last demo month) and GET /api/v1/health;
#   - starts nginx (its own config in a temporary folder, another loopback port) serving those exact
#     bodies as static files, access log on like our request log;
#   - runs wrk against both for each scenario and prints, on stdout, one line per scenario:
#       name ours_rps reference_rps ratio
#     (ratio = ours / nginx). Progress and wrk's own output go to stderr.
#
# Usage: bench/server/run-wrk.sh [--quick] [--build DIR] [--duration SECONDS] [--connections N]
#                                [--server-threads N] [--wrk-threads N]
#   --quick          3-second runs (default 10)
#   --build DIR      the build folder holding src/server/sitegov-server (default $SITEGOV_BUILD_DIR or build)
# Needs wrk, nginx (nginx-light) and curl; exits non-zero if a run had errors or non-2xx answers.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${SITEGOV_BUILD_DIR:-$ROOT/build}
DURATION=10
CONNECTIONS=32
WRK_THREADS=2
SERVER_THREADS=64
while (($#)); do
  case "$1" in
    --quick) DURATION=3 ;;
    --build) BUILD=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --server-threads) SERVER_THREADS=$2; shift ;;
    --wrk-threads) WRK_THREADS=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac

SERVER=$BUILD/src/server/sitegov-server
NGINX=$(command -v nginx || true)
[ -x "$NGINX" ] || NGINX=/usr/sbin/nginx
for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/install-deps installs it)" >&2; exit 1; }
done
[ -x "$NGINX" ] || { echo "nginx is missing (Debian package nginx-light)" >&2; exit 1; }
[ -x "$SERVER" ] || { echo "$SERVER is missing: build first (scripts/build)" >&2; exit 1; }

TMP=$(mktemp -d)
SERVER_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

log() { echo "run-wrk: $*" >&2; }

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
NPORT=$((PORT + 1))
while (echo >"/dev/tcp/127.0.0.1/$NPORT") 2>/dev/null; do NPORT=$((NPORT + 1)); done
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
run() {
  local name=$1 ours_url=$2 ref_url=$3 ours ref
  log "$name: sitegov-server"
  ours=$(measure "$ours_url" -H "Authorization: Bearer $TOKEN") || failed=1
  log "$name: nginx"
  ref=$(measure "$ref_url") || failed=1
  awk -v n="$name" -v a="${ours:-0}" -v b="${ref:-0}" \
    'BEGIN { printf "%s %.0f %.0f %.3f\n", n, a, b, (b > 0 ? a / b : 0) }'
}

run scores_page "http://127.0.0.1:$PORT$SCORES_PATH" "http://127.0.0.1:$NPORT/scores.json"
run health "http://127.0.0.1:$PORT/api/v1/health" "http://127.0.0.1:$NPORT/health.json"
exit $failed
