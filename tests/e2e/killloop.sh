#!/bin/sh
# killloop.sh -- kill -9 a run ten times at random points, resuming after
# each: nothing is lost, the store passes integrity_check every time, and
# after each kill the only requests sent again are those that were in
# flight at the kill (at most the concurrency).
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

N=1500
CONC=8
KILLS=10
awk -v n=$N 'BEGIN { for (i = 1; i <= n; i++) printf "{\"id\": \"k%d\", \"input\": \"Kill item %d\", \"answer\": \"ok\"}\n", i, i }' > S.jsonl
cat > script.json <<'JSON'
{"models": {"m": {"latency_ms": {"min": 20, "max": 40}, "default": {"text": "ok"},
  "usage": {"prompt_tokens": 3, "completion_tokens": 1}}}}
JSON
sim_start script.json
seed=$(date +%N)
k=0
ok_integrity=0
bad_resend=0
while [ $k -lt $KILLS ]; do
	before=$(wc -l < "$LEDGER")
	if [ $k = 0 ]; then
		"$TRILEMMA" run --model "${E2E_PROVIDER:-compat}:m@$BASE" --suite S.jsonl --db r.db --concurrency $CONC -q >/dev/null 2>&1 &
	else
		"$TRILEMMA" run --resume --db r.db -q >/dev/null 2>&1 &
	fi
	pid=$!
	# the first kill comes after the run is planned (a kill before that
	# leaves nothing to resume, which is not what this test is about)
	delay=$(awk -v s="$seed" -v k=$k 'BEGIN { srand(s + k); printf "%.2f", (k ? 0.15 : 0.6) + rand() * 0.35 }')
	sleep "$delay"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	[ "$(sqlite3 r.db 'PRAGMA integrity_check')" = ok ] && ok_integrity=$((ok_integrity + 1))
	# keys served in this segment that an earlier segment had served already
	again=$(head -n "$before" "$LEDGER" | jq -r 'select(.served) | .key' | sort -u > old.txt;
		tail -n +$((before + 1)) "$LEDGER" | jq -r 'select(.served) | .key' | sort -u > new.txt;
		comm -12 old.txt new.txt | wc -l)
	stored=$(sqlite3 r.db "SELECT count(*) FROM tasks WHERE state = 'done'")
	echo "kill $((k + 1)) after ${delay}s: $stored of $N stored, $again sent again"
	[ "$again" -le $CONC ] || bad_resend=$((bad_resend + 1))
	k=$((k + 1))
done
check "$KILLS kills: integrity_check ok after each" eq "$ok_integrity" $KILLS
check "after each kill, at most $CONC requests (those in flight) were sent again" eq "$bad_resend" 0
before=$(wc -l < "$LEDGER")
"$TRILEMMA" run --resume --db r.db -q >/dev/null 2>err.txt
check "the last resume completes the run" eq "$?" 0
again=$(head -n "$before" "$LEDGER" | jq -r 'select(.served) | .key' | sort -u > old.txt;
	tail -n +$((before + 1)) "$LEDGER" | jq -r 'select(.served) | .key' | sort -u > new.txt;
	comm -12 old.txt new.txt | wc -l)
check "the last resume sent again at most what was in flight" test "$again" -le $CONC
check "every item has one ok response" \
	eq "$(sqlite3 r.db "SELECT count(*) FROM tasks WHERE state = 'done'") $(sqlite3 r.db 'SELECT count(*) FROM responses WHERE ok = 1')" "$N $N"
check "the run is finished" eq "$(sqlite3 r.db 'SELECT status FROM runs')" finished
check "every item of the suite was served at least once" \
	eq "$(jq -r 'select(.served) | .key' "$LEDGER" | sort -u | wc -l)" $N
check "in all, re-sends stay within kills x in-flight" \
	test "$(jq -r 'select(.served) | .key' "$LEDGER" | sort | uniq -d | wc -l)" -le $((KILLS * CONC))
"$TRILEMMA" report --db r.db --format json > rep.json 2>/dev/null
check "the report counts every item once" eq "$(jq '.models[0].overall.items' rep.json)" $N
if [ "${E2E_PROVIDER:-}" = anthropic ]; then
	check "the requests went over the Messages protocol" test \
		"$(jq -r 'select(.api == "anthropic") | .key' "$LEDGER" | wc -l)" -gt 0 -a \
		"$(jq -r 'select(.api != "anthropic") | .key' "$LEDGER" | wc -l)" -eq 0
fi
done_tests
