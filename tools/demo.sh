#!/bin/sh
# tools/demo.sh -- `make demo`: the whole job, offline, with SIMULATED models.
#
# Starts the test server on a free loopback port with three simulated
# models that differ on every axis, runs `trilemma run` over the built-in
# suites (DEMO_LIMIT items each, default 40), prints the scoreboard and the
# recommendation, and stops the server. The store stays in ./demo.db.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
LIMIT=${DEMO_LIMIT:-40}
w=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$w"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

suites=""
for s in knowledge fabricated reasoning calibration impossible tools leak injection policy overrefusal secure-code agency; do
	# a suite directory: suite.yaml (whose items: may list its files) or items.jsonl
	{ [ -f "suites/$s/suite.yaml" ] || [ -f "suites/$s/items.jsonl" ]; } && suites="$suites suites/$s"
done
/usr/bin/python3 tools/demo_script.py "$LIMIT" "$w/script.json" $suites
build/trisim --script "$w/script.json" --port-file "$w/port" 2>"$w/trisim.log" &
pid=$!
i=0
while [ ! -s "$w/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
[ -s "$w/port" ] || { echo "demo: the test server did not start:" >&2; cat "$w/trisim.log" >&2; exit 3; }
url="http://127.0.0.1:$(cat "$w/port")/v1"
cat > "$w/trilemma.yaml" <<YAML
# Three SIMULATED models served by the test server (tests/server/), not real
# ones, and its scripted judge for the verdicts the graders are unsure of.
models:
  - {id: sim-large, spec: "compat:sim-large@$url", size: {total: 355e9, active: 32e9}, price: {input: 0.6, output: 2.2}}
  - {id: sim-medium, spec: "compat:sim-medium@$url", size: {total: 70e9}, price: {input: 0.3, output: 0.9}}
  - {id: sim-small, spec: "compat:sim-small@$url", size: {total: 4e9}, price: {input: 0.05, output: 0.1}}
judge: {spec: "compat:sim-judge@$url", price: {input: 0.4, output: 1.6}, fallback: true}
suites: [$(echo $suites | sed 's/ /, /g')]
concurrency: 64
select:
  require: ["hallucination_rate <= 0.35", "security.pass_rate >= 0.70"]
  prefer: smallest
YAML
echo "trilemma demo: 3 SIMULATED models (test server on $url), $LIMIT items per suite"
echo "config:"; sed 's/^/  /' "$w/trilemma.yaml" | grep -v '^  #'
echo
rm -f demo.db demo.db-wal demo.db-shm
set +e
./trilemma run -c "$w/trilemma.yaml" --limit "$LIMIT" --db demo.db --json demo-report.json \
	--html demo-report.html
rc=$?
set -e
echo
echo "store: demo.db   JSON report: demo-report.json"
echo "HTML report (charts, every item; open it in a browser): $top/demo-report.html"
echo "explore: ./trilemma report --db demo.db --format md"
# an item the run asked, to show whole (the first knowledge item it graded)
item=$(./trilemma report --db demo.db --items 2>/dev/null |
	jq -r 'select(.suite == "knowledge") | "knowledge/" + .item' 2>/dev/null | head -n 1)
echo "         ./trilemma show --db demo.db ${item:-knowledge/ITEM}"
echo "         ./trilemma select --db demo.db --require 'accuracy >= 0.6' --prefer cheapest"
exit $rc
