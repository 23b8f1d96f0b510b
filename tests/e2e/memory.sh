#!/bin/sh
# memory.sh -- the memory of a run does not grow with the tasks it sends and
# grades: a run of 20,000 items peaks at most MAX_GROWTH_MB above a run of
# 2,000 (GNU time's maximum resident set size, %M).
#
# Planning reads the suites' items one at a time (16 bytes an item are kept
# while the suite is checked), sending reads the tasks in windows, grading
# streams the answers with their items, and the report accumulates its
# groups as the outcomes stream. The first engine's 18,000 items more cost
# about 35 MB (2 KB an item); with windowed sending and grading still 8 to
# 11 MB; now about 1 MB. The bound leaves room for the allocator's noise
# and fails either older engine.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2
MAX_GROWTH_MB=6

if [ ! -x /usr/bin/time ]; then
	skip "GNU time is not installed (make deps installs it): peak RSS not measured"
	done_tests
	exit $?
fi

# AddressSanitizer's shadow memory and quarantine (make check) are most of
# a sanitized build's resident set: its peak is no measure of the engine's.
sanitized=""
grep -q __asan_init "$TRILEMMA" && sanitized=yes

cat > script.json <<'JSON'
{"models": {"sim": {"latency_ms": 0, "first_token_ms": 0, "default": {"text": "ok"},
  "usage": {"prompt_tokens": 12, "completion_tokens": 1}}}}
JSON
sim_start script.json
export OPENAI_API_KEY=sk-test

# peak N -- run N items; prints the peak RSS in KiB
peak() {
	awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
		printf "{\"id\":\"m%d\",\"input\":\"Memory item %d: reply ok\",\"answer\":\"ok\"}\n", i, i }' > "items$1.jsonl"
	/usr/bin/time -f '%M' -o "time$1" "$TRILEMMA" run -q --no-cache --concurrency 64 \
		--model "openai:sim@$BASE" --suite "items$1.jsonl" --db "run$1.db" >/dev/null 2>"err$1"
	echo "rc $?" >> "err$1"
	tail -n 1 "time$1"
}

small=$(peak 2000)
large=$(peak 20000)
check "2,000 items: run exits 0" grep -qx 'rc 0' err2000
check "20,000 items: run exits 0" grep -qx 'rc 0' err20000
check "20,000 items: every one answered and graded" eq \
	"$(sqlite3 run20000.db "SELECT (SELECT count(*) FROM tasks WHERE state = 'done'), (SELECT count(*) FROM grades WHERE verdict = 'correct')")" \
	"20000|20000"
growth=$(( (large - small) / 1024 ))
echo "peak RSS: 2,000 items $((small / 1024)) MB, 20,000 items $((large / 1024)) MB (+$growth MB)"
if [ -n "$sanitized" ]; then
	skip "the peak's growth: $TRILEMMA is built with AddressSanitizer, whose own memory is most of it"
else
	check "20,000 items peak at most $MAX_GROWTH_MB MB above 2,000 (+$growth MB)" \
		test "$growth" -le "$MAX_GROWTH_MB"
fi
done_tests
