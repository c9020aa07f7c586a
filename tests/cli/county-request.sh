#!/usr/bin/env bash
# An office's script, as the command line's users write them: a county's request to open a site is
# filed and submitted by the county's inspector, approved by the city and then by the province, and
# the site is found in the registry; an inspector who tries to approve is refused with exit code 1.
# Everything goes through sitegovctl (its path is the one argument) on a fresh demo database.
set -euo pipefail
ctl=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=$dir/demo.db
export SITEGOV_LANG=en SITEGOV_PASSWORD=sitegov-demo

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$ctl" demo -d "$db" >/dev/null
printf '%%PDF-1.4 security test passed\n' >"$dir/report.pdf"

# A new department of Jinjiang (a county under Quanzhou), which asks for a site of its own.
unit=$("$ctl" unit add -d "$db" --as admin --parent 350582 --name 晋江市脚本测试中心 | head -n 1)
[[ $unit =~ ^[0-9]+$ ]] || fail "unit add printed no number: $unit"

request=$("$ctl" request file -d "$db" --as inspector-jinjiang --unit "$unit" --name 晋江市脚本测试网站 \
    --domain jbcs.jinjiang.gov.cn --reason 业务需要 --justification 经市政府同意单独设立 \
    --attach "security_report:$dir/report.pdf" --submit | head -n 1)
[[ $request =~ ^[0-9]+$ ]] || fail "request file printed no number: $request"

# An inspector may not decide it: exit code 1 and the console's words.
set +e
refusal=$("$ctl" request approve "$request" -d "$db" --as inspector-jinjiang 2>&1 >/dev/null)
code=$?
set -e
[[ $code -eq 1 ]] || fail "an inspector's approval ended with exit code $code"
[[ $refusal == *"may not decide requests"* ]] || fail "the refusal says: $refusal"

# The city, then the province, whose approval carries the request out.
"$ctl" request approve "$request" -d "$db" --as approver-quanzhou --comment 同意 | grep -q "In review" ||
    fail "the city's approval did not put the request in review"
"$ctl" request approve "$request" -d "$db" --as approver --comment 同意开设 | grep -q "Executed" ||
    fail "the province's approval did not carry the request out"

# The site it created, found through the command line: the request names it, the registry has it.
site=$("$ctl" request show "$request" -d "$db" --json | grep -o '"result_site_id": [0-9]*' | grep -o '[0-9]*$')
[[ -n $site && $site != 0 ]] || fail "the executed request names no site"
"$ctl" export sites -d "$db" --output "$dir/sites.csv" --encoding utf-8 --english-headers >/dev/null
grep -q "晋江市脚本测试网站.*jbcs.jinjiang.gov.cn" "$dir/sites.csv" || fail "the site is not in the registry's export"
echo "request $request executed: site $site registered"
