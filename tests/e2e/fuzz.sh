#!/bin/sh
# fuzz.sh -- a short, repeatable libFuzzer run of every parser over its
# committed seeds (tests/fuzz/corpus/): the SSE and JSON response parser,
# the batch APIs' result lines,
# YAML and the config loader, the suite loader, and the scanner. The
# binaries are built with clang, ASan and UBSan (make fuzz-bins); any crash,
# leak, overflow or undefined behaviour fails the check. Longer runs: make fuzz.
. "$(dirname "$0")/lib.sh"
FB=${FUZZ_BUILD:-build-fuzz}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$T" || exit 2
runs() { case $1 in scan) echo 1500 ;; *) echo 20000 ;; esac; }
for src in "$top"/tests/fuzz/fuzz_*.c; do
	tgt=$(basename "$src" .c); t=${tgt#fuzz_}
	bin="$top/$FB/$tgt"
	if [ ! -x "$bin" ]; then
		check "$tgt is built (make fuzz-bins)" false
		continue
	fi
	mkdir -p "work-$t"
	"$bin" -seed=1 -runs="$(runs "$t")" -artifact_prefix="$T/" "work-$t" \
		"$top/tests/fuzz/corpus/$t" > "$t.log" 2>&1
	rc=$?
	grep -E '^Done|ERROR|runtime error' "$t.log" | head -n 3
	check "$tgt: $(runs "$t") runs over the seeds, no crash" eq "$rc" 0
	seeds=$(ls "$top/tests/fuzz/corpus/$t" | wc -l)
	check "$tgt: all $seeds seeds were run" \
		grep -q "INFO: *$seeds files found in $top/tests/fuzz/corpus/$t" "$t.log"
done
done_tests
