#!/usr/bin/env bash
# The demo backend that run-demo starts (scripts/demo-backend.sh, given the demo's console database)
# serves the scores of the demo's confirmed spot-check assessments: after it started, no confirmed
# assessment of the demo waits in the outbox or was refused, and for every one that was sent the
# backend's score of its site and month (GET /api/v1/sites/{code}/scores) is the console's total.
# Arguments: the sitegovctl and sitegov-server programs and scripts/demo-backend.sh.
set -euo pipefail
export SITEGOVCTL_BIN=$1 SITEGOV_SERVER_BIN=$2
script=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cleanup() {
    kill "${DEMO_BACKEND_PID:-}" 2>/dev/null && wait "${DEMO_BACKEND_PID:-}" 2>/dev/null || true
    rm -rf "$dir"
}
db=$dir/demo.db
export SITEGOV_LANG=en

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$SITEGOVCTL_BIN" demo -d "$db" >/dev/null
waiting=$(sqlite3 "$db" "SELECT count(*) FROM assessment_outbox WHERE state = 'waiting'")
[ "$waiting" -gt 0 ] || fail "the demo has no confirmed assessments waiting to be sent"

# shellcheck source=scripts/demo-backend.sh
. "$script"
trap cleanup EXIT
# (It sets a trap of its own to stop the server: on failure, clean up here.)
if ! start_demo_backend "$dir" "$db"; then
    cleanup
    fail "the demo backend did not start or did not take the demo's assessments"
fi
trap cleanup EXIT

left=$(sqlite3 "$db" "SELECT count(*) FROM assessment_outbox WHERE state IN ('waiting', 'refused')")
[ "$left" -eq 0 ] || fail "$left demo assessments were not sent"
sent=$(sqlite3 "$db" "SELECT count(*) FROM assessment_outbox WHERE state = 'sent'")
[ "$sent" -eq "$waiting" ] || fail "$sent of $waiting demo assessments were sent"

# Every sent assessment's total against the backend's score of its site and month.
python3 - "$db" "$SITEGOV_BACKEND" "$SITEGOV_BACKEND_TOKEN" <<'PY'
import json, sqlite3, sys, urllib.request
db, backend, token = sys.argv[1:4]
con = sqlite3.connect(db)
rows = con.execute("SELECT s.code, a.period, a.total FROM assessment_outbox x JOIN assessments a ON "
                   "a.id = x.assessment_id JOIN sites s ON s.id = a.site_id WHERE x.state = 'sent' ORDER BY a.id").fetchall()
con.close()
for code, period, total in rows:
    req = urllib.request.Request(f"{backend}/api/v1/sites/{code}/scores?from={period}&to={period}",
                                 headers={"Authorization": f"Bearer {token}"})
    items = json.load(urllib.request.urlopen(req, timeout=30))["items"]
    if len(items) != 1 or abs(items[0]["total"] - total) >= 0.005:
        sys.exit(f"FAIL: {code} {period}: the console's assessment scores {total}, the demo backend serves "
                 f"{[i['total'] for i in items]}")
if not rows:
    sys.exit("FAIL: no assessment was sent")
print(f"The demo backend serves the scores of all {len(rows)} confirmed demo assessments that were sent.")
PY
