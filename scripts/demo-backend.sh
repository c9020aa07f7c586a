# Sourced by run-demo and screenshots: starts `sitegov-server --demo` (two years of demo scores for
# the same sites as `sitegovctl demo`) on a free loopback port with a store in $1, waits until it
# listens, creates a read token, and exports SITEGOV_BACKEND (its address) and
# SITEGOV_BACKEND_TOKEN for the console. With the demo's console database as $2, it first sends that
# database's confirmed spot-check assessments (waiting in its outbox) to the backend with a write
# token (`sitegovctl outbox send`), so that the backend serves their scores for their sites and months
# instead of its generated ones. The server is stopped when the calling script exits.
# The programs: $SITEGOV_SERVER_BIN and $SITEGOVCTL_BIN, by default those of $BUILD_DIR.
start_demo_backend() {
  local dir=$1
  local console_db=${2:-}
  local server=${SITEGOV_SERVER_BIN:-$BUILD_DIR/src/server/sitegov-server}
  local ctl=${SITEGOVCTL_BIN:-$BUILD_DIR/src/cli/sitegovctl}
  local store="$dir/server.db"
  local log="$dir/server.log"
  # The log is removed first: the loop below must not read a previous server's address from it.
  rm -f "$store" "$store-wal" "$store-shm" "$log"
  "$server" --demo --database "$store" --listen 127.0.0.1:0 2>"$log" &
  DEMO_BACKEND_PID=$!
  trap 'kill "$DEMO_BACKEND_PID" 2>/dev/null && wait "$DEMO_BACKEND_PID" 2>/dev/null || true' EXIT
  SITEGOV_BACKEND=
  for _ in $(seq 1 300); do
    SITEGOV_BACKEND=$(grep -o 'listening on http://[0-9.:]*' "$log" | head -n1 | sed 's/^listening on //') || true
    [ -n "$SITEGOV_BACKEND" ] && break
    kill -0 "$DEMO_BACKEND_PID" 2>/dev/null || { cat "$log" >&2; echo "sitegov-server did not start" >&2; return 1; }
    sleep 0.1
  done
  [ -n "$SITEGOV_BACKEND" ] || { cat "$log" >&2; echo "sitegov-server did not start in 30 s" >&2; return 1; }
  if [ -n "$console_db" ]; then
    local write_token
    write_token=$("$server" token create --database "$store" --name demo-outbox --scope write 2>/dev/null)
    SITEGOV_BACKEND_TOKEN=$write_token "$ctl" outbox send --database "$console_db" --backend "$SITEGOV_BACKEND" \
      >"$dir/outbox.log" 2>&1 || { cat "$dir/outbox.log" >&2; echo "the demo's assessments were not sent" >&2; return 1; }
    tail -n 1 "$dir/outbox.log" >&2
  fi
  SITEGOV_BACKEND_TOKEN=$("$server" token create --database "$store" --name demo-console --scope read 2>/dev/null)
  export SITEGOV_BACKEND SITEGOV_BACKEND_TOKEN
  echo "Assessment backend (demo scores): $SITEGOV_BACKEND, log in $log" >&2
}
