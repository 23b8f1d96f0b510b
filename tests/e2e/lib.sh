# tests/e2e/lib.sh -- helpers for end-to-end tests, sourced by each script.
#
#   . "$(dirname "$0")/lib.sh"
#   sim_start script.json          # starts the test server; sets PORT, LEDGER
#   check "name" test -s file      # one test case: passes when the command does
#   check_api                      # the requests used E2E_PROVIDER's protocol
#   skip "what and why"            # a check that could not run here, counted
#   done_tests                     # prints "NAME: P passed, F failed[, S skipped]"
#   suite_item_files DIR           # the files of a suite's items, in order
#
# Every server a script starts is stopped by the EXIT trap. Work happens in
# a fresh temporary directory, $T, removed at exit.
set -u
E2E_NAME=$(basename "$0" .sh)
T=$(mktemp -d "${TMPDIR:-/tmp}/tri-e2e.XXXXXX")
E2E_PASS=0; E2E_FAIL=0; E2E_SKIP=0; SIM_PIDS=""
: "${TRILEMMA:?run through tests/run.sh or set TRILEMMA}"
: "${TRISIM:?run through tests/run.sh or set TRISIM}"

e2e_cleanup() {
	for p in $SIM_PIDS; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	rm -rf "$T"
}
trap e2e_cleanup EXIT
trap 'exit 130' INT TERM

# sim_start SCRIPT [extra trisim args] -- start the test server on a free
# loopback port; sets PORT, LEDGER and BASE (the /v1 URL).
sim_start() {
	sim_script=$1; shift
	LEDGER="$T/ledger.$$.$(date +%s%N).jsonl"
	pf="$T/port.$(date +%s%N)"
	"$TRISIM" --script "$sim_script" --ledger "$LEDGER" --port-file "$pf" "$@" 2>>"$T/trisim.log" &
	SIM_PIDS="$SIM_PIDS $!"
	i=0
	while [ ! -s "$pf" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
	PORT=$(cat "$pf")
	BASE="http://127.0.0.1:$PORT/v1"
}

sim_stop() {
	for p in $SIM_PIDS; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	SIM_PIDS=""
}

check() {
	name=$1; shift
	if "$@" >"$T/check.out" 2>&1; then
		E2E_PASS=$((E2E_PASS + 1)); echo "ok $name"
	else
		E2E_FAIL=$((E2E_FAIL + 1)); echo "FAIL $name"; sed 's/^/    /' "$T/check.out" | tail -n 20
	fi
}

# eq ACTUAL EXPECTED -- a command for check that prints both on mismatch
eq() {
	[ "$1" = "$2" ] && return 0
	echo "got '$1', expected '$2'"; return 1
}

# check_api -- one test case: the chat and messages requests in the ledgers
# of every test server this script started (batch operations aside) all
# went over one protocol, the one E2E_PROVIDER names: the Messages API
# ("api": "anthropic") for anthropic, else Chat Completions (no "api");
# and there was at least one.
check_api() {
	if [ "${E2E_PROVIDER:-}" = anthropic ]; then api=anthropic; else api=openai; fi
	check "the requests went over the $api protocol" eq \
		"$(cat "$T"/ledger.*.jsonl 2>/dev/null |
			jq -s -c '[.[] | select(has("op") | not) | .api // "openai"] | unique')" "[\"$api\"]"
}

# A check that cannot run on this machine: said, and counted as skipped
# (never as passed) in the summary line tests/run.sh reads.
skip() {
	E2E_SKIP=$((E2E_SKIP + 1)); echo "skip $1"
}

done_tests() {
	if [ "$E2E_SKIP" = 0 ]; then
		echo "$E2E_NAME: $E2E_PASS passed, $E2E_FAIL failed"
	else
		echo "$E2E_NAME: $E2E_PASS passed, $E2E_FAIL failed, $E2E_SKIP skipped"
	fi
	[ "$E2E_FAIL" = 0 ]
}

# suite_item_files DIR -- the files a suite directory's items are in, in
# order, one path a line: those of suite.yaml's one-line items: [a.jsonl,
# b.jsonl], else DIR/items.jsonl (docs/suite-format.md).
suite_item_files() {
	sif=$(sed -n 's/^items: *\[\(.*\)\] *$/\1/p' "$1/suite.yaml" 2>/dev/null | tr -d "\"' " | tr ',' ' ')
	for sif_f in ${sif:-items.jsonl}; do echo "$1/$sif_f"; done
}
