#!/bin/sh
# tests/run.sh -- run every unit test binary and every end-to-end script,
# then print the total as "N passed, N failed" (the last line).
#
# Each unit binary and each e2e script prints one line "NAME: P passed, F failed"
# on stdout, or "NAME: P passed, F failed, S skipped" when it skipped checks
# it cannot run here (a tool that is not installed; it says why on lines
# starting "skip ", shown under its result). The scripts that skipped are
# listed as "S skipped: NAME ..." just before the last line. The lines a
# unit binary starts with "# " are shown under its result (the grading
# corpus prints its agreement table so). A binary or script that crashes or
# prints no such line counts as one failure. Environment: BUILD (build dir,
# default build), TESTS (a glob filter on names, optional).
BUILD=${BUILD:-build}
export BUILD
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
export TRILEMMA="$top/$BUILD/trilemma" TRISIM="$top/$BUILD/trisim" TRILEMMA_HOME="$top"
total_p=0; total_f=0; total_s=0; skipped=""
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
# The scanner's compiled-pattern cache: one per test run, never the user's.
export XDG_CACHE_HOME="$log/cache"

account() { # name, output file, exit status
	line=$(grep -E '^[A-Za-z0-9_.-]+: [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$2" | tail -n 1)
	if [ -z "$line" ]; then
		echo "FAIL $1 (exit $3, no summary line)"; sed 's/^/    /' "$2" | tail -n 30
		total_f=$((total_f + 1)); return
	fi
	p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
	f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed(, .*)?$/\1/')
	s=0
	case "$line" in *skipped) s=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped$/\1/') ;; esac
	if [ "$3" != 0 ] && [ "$f" = 0 ]; then f=1; fi
	total_p=$((total_p + p)); total_f=$((total_f + f)); total_s=$((total_s + s))
	[ "$s" = 0 ] || skipped="$skipped $1"
	if [ "$f" != 0 ]; then
		echo "FAIL $line"; sed 's/^/    /' "$2" | tail -n 40
	elif [ "$s" != 0 ] && [ "$p" = 0 ]; then
		echo "skip $line"
	else
		echo "ok   $line"
	fi
	[ "$f" != 0 ] || [ "$s" = 0 ] || grep '^skip ' "$2" | sed 's/^/    /' | head -n 5
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	case "$name" in ${TESTS:-*}) ;; *) continue ;; esac
	"$t" >"$log/out" 2>&1 </dev/null; st=$?
	account "$name" "$log/out" $st
	# a table a test prints for the reader ("# " lines: the grading agreement)
	grep '^# ' "$log/out" | sed 's/^# /     /'
done
for t in tests/e2e/*.sh; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .sh)
	case "$name" in lib) continue ;; esac
	case "$name" in ${TESTS:-*}) ;; *) continue ;; esac
	sh "$t" >"$log/out" 2>&1 </dev/null; st=$?
	account "$name" "$log/out" $st
done
[ "$total_s" = 0 ] || echo "$total_s skipped:$skipped"
echo "$total_p passed, $total_f failed"
[ "$total_f" = 0 ]
