# tests/e2e/lib.sh -- helpers for end-to-end tests, sourced by each script.
#
#   . "$(dirname "$0")/lib.sh"
#   sim_start script.json          # starts the test server; sets PORT, LEDGER
#   check "name" test -s file      # one test case: passes when the command does
#   check_api                      # the requests used E2E_PROVIDER's protocol
#   skip "what and why"            # a check that could not run here, counted
#   done_tests                     # prints "NAME: P passed, F failed[, S skipped]"
#   suite_item_files DIR           # the files of a suite's items, in order
#   pg_start || { skip ...; }      # a private PostgreSQL cluster; sets PG_URL
#   pg_db NAME                     # a new database in it; prints its URL
#
# Every server a script starts is stopped by the EXIT trap. Work happens in
# a fresh temporary directory, $T, removed at exit.
set -u
E2E_NAME=$(basename "$0" .sh)
T=$(mktemp -d "${TMPDIR:-/tmp}/tri-e2e.XXXXXX")
E2E_PASS=0; E2E_FAIL=0; E2E_SKIP=0; SIM_PIDS=""; PG_DIR=""
: "${TRILEMMA:?run through tests/run.sh or set TRILEMMA}"
: "${TRISIM:?run through tests/run.sh or set TRISIM}"

e2e_cleanup() {
	for p in $SIM_PIDS; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	pg_stop
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

# pg_start -- a private PostgreSQL cluster for this script: initdb and
# pg_ctl from Debian's postgresql package into $T/pg, listening on a Unix
# socket only, run by an unprivileged user when this runs as root (the
# server refuses root). Sets PG_URL (database tri, role tri) and PG_BIN;
# returns 1, saying why on stderr, when the server is not installed. The
# EXIT trap stops it.
pg_start() {
	PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
		echo "no PostgreSQL server (make deps installs Debian's postgresql)" >&2
		return 1
	fi
	PG_DIR="$T/pg"
	mkdir -p "$PG_DIR/sock"
	PG_AS=""
	if [ "$(id -u)" = 0 ]; then
		chown -R nobody "$PG_DIR"; chmod 755 "$T" "$PG_DIR"
		PG_AS="runuser -u nobody --"
	fi
	(cd "$PG_DIR" && $PG_AS "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync \
		-E UTF8 --locale=C >"$PG_DIR/initdb.log" 2>&1) || { cat "$PG_DIR/initdb.log" >&2; return 1; }
	(cd "$PG_DIR" && $PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
		-o "-k $PG_DIR/sock -c listen_addresses='' -c fsync=off" start) ||
		{ cat "$PG_DIR/server.log" >&2; return 1; }
	"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "postgresql:///postgres?host=$PG_DIR/sock&user=postgres" \
		-c "CREATE ROLE tri LOGIN" -c "CREATE DATABASE tri OWNER tri" >&2 || return 1
	PG_URL="postgresql:///tri?host=$PG_DIR/sock&user=tri"
}

# pg_db NAME -- a new, empty database NAME owned by tri; prints its URL.
pg_db() {
	"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "postgresql:///postgres?host=$PG_DIR/sock&user=postgres" \
		-c "CREATE DATABASE $1 OWNER tri" >&2 && echo "postgresql:///$1?host=$PG_DIR/sock&user=tri"
}

# pg_sql URL SQL -- one query's rows, unaligned
pg_sql() {
	"$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 "$1" -c "$2"
}

pg_stop() {
	[ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ] || return 0
	(cd "$PG_DIR" && $PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -s -m immediate stop) >/dev/null 2>&1
	PG_DIR=""
}
