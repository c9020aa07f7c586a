#!/usr/bin/env bash
# Benchmarks two sitegov-server instances on one PostgreSQL database behind the shipped nginx
# configuration (installer/nginx/sitegov-server.conf), on loopback, in one run:
#   - a throwaway PostgreSQL cluster (pg_virtualenv, postgresql-common; the script runs itself
#     inside one unless PGPORT is set already) and a database the first instance creates;
#   - instance A with --demo (the demo's scores), instance B on the same database, a read and a
#     write token;
#   - nginx running the shipped file with the test's ports, upstreams, paths and a throwaway
#     self-signed certificate; its per-client limits (limit_conn 20, limit_req 20 r/s) are taken
#     out, since every wrk connection comes from one address; one more location serves the same bytes as
#     static files over the same TLS server, for the ratio;
#   - prints on stdout, one line each:
#       visible:  write_visible n max_ms median_ms  (a site registered through A, polled through B
#                 every 5 ms: how long until B serves it; n writes while wrk runs)
#       kill:     kill_one_of_two rps requests socket_errors non_2xx  (wrk -c200 through nginx on a
#                 page of 50 scores; A is killed with SIGKILL a third into the run)
#       compare:  two_instances_scores_page ours_rps nginx_rps ratio  (no kill; ratio = ours / nginx
#                 serving the same body as a file, same run)
#     Progress and wrk's own output go to stderr.
#
# Usage: bench/server/two-instances.sh [--build DIR] [--duration SECONDS] [--connections N]
#   --duration  seconds of each wrk run (default 20)
#   --connections  wrk's connections (default 200)
# Needs wrk, nginx (nginx-light), openssl, curl, python3 and pg_virtualenv (postgresql); exits
# non-zero when the kill run had a failed request or a write took a second or more to be visible.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${SITEGOV_BUILD_DIR:-$ROOT/build}
DURATION=20
CONNECTIONS=200
ARGS=("$@")
while (($#)); do
  case "$1" in
    --build) BUILD=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac

if [ -z "${PGPORT:-}" ]; then
  command -v pg_virtualenv >/dev/null || { echo "pg_virtualenv is missing (Debian package postgresql)" >&2; exit 1; }
  exec pg_virtualenv -t -o fsync=off -o max_connections=200 "$0" "${ARGS[@]}"
fi

SERVER=$BUILD/src/server/sitegov-server
NGINX=$(command -v nginx || true)
[ -x "$NGINX" ] || NGINX=/usr/sbin/nginx
[ -x "$NGINX" ] || { echo "nginx is missing (Debian package nginx-light)" >&2; exit 1; }
[ -x "$SERVER" ] || { echo "$SERVER is missing: build first (scripts/build)" >&2; exit 1; }
for tool in wrk curl python3 openssl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/install-deps installs it)" >&2; exit 1; }
done

TMP=$(mktemp -d)
PIDS=()
cleanup() {
  for f in "$TMP"/*.pid; do [ -e "$f" ] && PIDS+=("$(cat "$f")"); done
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT
log() { echo "two-instances: $*" >&2; }
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

URL="postgresql://${PGUSER}@${PGHOST:-localhost}:${PGPORT}/sgs_bench_$$"

# Starts an instance; prints its port (run in $(...): its pid goes to a file, its output elsewhere).
start_instance() {
  local name=$1 pid port
  shift
  "$SERVER" --database "$URL" --listen 127.0.0.1:0 --threads 8 "$@" >/dev/null 2>"$TMP/$name.log" &
  pid=$!
  echo "$pid" >"$TMP/$name.pid"
  for _ in $(seq 1 600); do
    port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$TMP/$name.log" | head -n1)
    [ -n "$port" ] && { echo "$port"; return 0; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$TMP/$name.log" >&2
  return 1
}
PORT_A=$(start_instance a --demo)
PORT_B=$(start_instance b)
READ=$("$SERVER" token create --database "$URL" --name bench-read --scope read 2>/dev/null)
WRITE=$("$SERVER" token create --database "$URL" --name bench-write --scope write 2>/dev/null)
log "instances A on $PORT_A and B on $PORT_B, on $URL"

PERIOD=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
SCORES_PATH="/api/v1/scores?period=$PERIOD&limit=50"
mkdir -p "$TMP/www/static"
chmod 755 "$TMP" "$TMP/www" "$TMP/www/static"
curl -sf -H "Authorization: Bearer $READ" "http://127.0.0.1:$PORT_B$SCORES_PATH" -o "$TMP/www/static/scores.json"
chmod 644 "$TMP/www/static/scores.json"

# nginx: the shipped file, as TestServerPostgres templates it, with the per-client limits raised.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$TMP/key.pem" \
  -out "$TMP/cert.pem" -days 2 -subj /CN=localhost -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
NPORT=$(free_port)
mkdir -p "$TMP/nginx/logs"
python3 - "$ROOT/installer/nginx/sitegov-server.conf" "$TMP" "$NPORT" "$PORT_A" "$PORT_B" >"$TMP/nginx/sitegov-server.conf" <<'PY'
import sys
path, tmp, nport, a, b = sys.argv[1:]
text = open(path, encoding="utf-8").read()
for old, new in [
    ("listen 443 ssl;", f"listen 127.0.0.1:{nport} ssl;"),
    ("listen [::]:443 ssl;", ""),
    ("server 127.0.0.1:8750 max_fails=3 fail_timeout=10s;",
     f"server 127.0.0.1:{a} max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:{b} max_fails=3 fail_timeout=10s;"),
    ("/etc/ssl/sitegov/fullchain.pem", f"{tmp}/cert.pem"),
    ("/etc/ssl/sitegov/privkey.pem", f"{tmp}/key.pem"),
    ("/var/log/nginx/", f"{tmp}/nginx/logs/"),
    ("limit_conn sitegov_conn 20;", "# limit_conn: off for the benchmark (one client address)"),
    ("limit_req zone=sitegov_req burst=40 nodelay;", "# limit_req: off for the benchmark (one client address)"),
    ("    location = /metrics {", f"    location /static/ {{\n        root {tmp}/www;\n    }}\n\n    location = /metrics {{"),
]:
    if old not in text:
        sys.exit(f"not in the shipped file: {old}")
    text = text.replace(old, new, 1)
print(text)
PY
cat >"$TMP/nginx/nginx.conf" <<CONF
daemon off;
$([ "$(id -u)" = 0 ] && echo "user root;")
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  include $TMP/nginx/sitegov-server.conf;
}
CONF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log" >/dev/null 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 100); do
  curl -sfk "https://127.0.0.1:$NPORT/api/v1/health" -o /dev/null && break
  sleep 0.1
done
cmp -s <(curl -sfk "https://127.0.0.1:$NPORT/static/scores.json") "$TMP/www/static/scores.json" \
  || { log "nginx does not serve the body"; cat "$TMP/nginx/logs/error.log" >&2; exit 1; }
log "nginx on port $NPORT (TLS) in front of both"

failed=0
socket_errors() { awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10; found = 1 } END { if (!found) print 0 }' <<<"$1"; }
non_2xx() { awk '/Non-2xx/ { print $5; found = 1 } END { if (!found) print 0 }' <<<"$1"; }
rps_of() { awk '/^Requests\/sec:/ {print $2}' <<<"$1"; }
requests_of() { awk '/requests in/ {print $1}' <<<"$1"; }
wrk_run() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$@" 2>&1 || true; }

# compare: both instances through nginx, and nginx's own file, the same bytes.
log "compare: wrk -c$CONNECTIONS through nginx to the two instances, then nginx's file"
ours=$(wrk_run -H "Authorization: Bearer $READ" "https://127.0.0.1:$NPORT$SCORES_PATH")
echo "$ours" >&2
ref=$(wrk_run "https://127.0.0.1:$NPORT/static/scores.json")
echo "$ref" >&2
[ "$(socket_errors "$ours")" = 0 ] && [ "$(non_2xx "$ours")" = 0 ] || failed=1
printf "two_instances_scores_page %.0f %.0f %.3f\n" "$(rps_of "$ours")" "$(rps_of "$ref")" \
  "$(awk -v a="$(rps_of "$ours")" -v b="$(rps_of "$ref")" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"

# kill: the same load; A is killed a third into it. Before that, under the load, sites are
# registered through A and read through B (write_visible).
log "kill: wrk -c$CONNECTIONS through nginx; writes through A read through B; SIGKILL to A at $((DURATION / 3)) s"
wrk_run -H "Authorization: Bearer $READ" "https://127.0.0.1:$NPORT$SCORES_PATH" >"$TMP/kill.out" &
WRK_PID=$!
sleep 1
python3 - "$PORT_A" "$PORT_B" "$READ" "$WRITE" >"$TMP/visible.out" <<'PY'
import http.client, json, statistics, sys, time
a, b, read, write = sys.argv[1:]
times = []
for i in range(5):
    code = f"35019{i:05d}"
    ca = http.client.HTTPConnection("127.0.0.1", int(a), timeout=10)
    cb = http.client.HTTPConnection("127.0.0.1", int(b), timeout=10)
    cb.request("GET", f"/api/v1/sites/{code}", headers={"Authorization": f"Bearer {read}"})
    cb.getresponse().read()
    body = json.dumps({"name": f"bench {i}", "level": "city", "kind": "portal", "division_code": "350100"})
    ca.request("PUT", f"/api/v1/sites/{code}", body=body,
               headers={"Authorization": f"Bearer {write}", "Content-Type": "application/json"})
    r = ca.getresponse(); r.read()
    written = time.monotonic()
    assert r.status in (200, 201), r.status
    while True:
        cb.request("GET", f"/api/v1/sites/{code}", headers={"Authorization": f"Bearer {read}"})
        r = cb.getresponse(); r.read()
        if r.status == 200:
            times.append((time.monotonic() - written) * 1000)
            break
        if time.monotonic() - written > 10:
            times.append(10000)
            break
        time.sleep(0.005)
print(f"write_visible {len(times)} {max(times):.1f} {statistics.median(times):.1f}")
PY
cat "$TMP/visible.out"
awk '{ exit !($3 < 1000) }' "$TMP/visible.out" || failed=1
sleep $((DURATION / 3 > 1 ? DURATION / 3 - 1 : 0))
kill -9 "$(cat "$TMP/a.pid")"
log "A killed"
wait "$WRK_PID" || true
out=$(cat "$TMP/kill.out")
echo "$out" >&2
errors=$(socket_errors "$out")
bad=$(non_2xx "$out")
log "statuses in nginx's access log: $(python3 -c '
import collections, json, sys
print(dict(collections.Counter(json.loads(l)["status"] for l in open(sys.argv[1]) if l.strip())))' "$TMP/nginx/logs/sitegov-access.log")"
printf "kill_one_of_two %.0f %s %s %s\n" "$(rps_of "$out")" "$(requests_of "$out")" "$errors" "$bad"
[ "$errors" = 0 ] && [ "$bad" = 0 ] || failed=1
exit $failed
