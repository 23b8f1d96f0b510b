#!/bin/sh
# resume.sh -- kill -9 a run at a random point, then run --resume: every
# item completes, only what was in flight at the kill is sent again, and
# the store passes PRAGMA integrity_check. Two --resume of one run at once
# share its tasks: no request is sent by both.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

N=600
CONC=8
i=1
: > S.jsonl
while [ $i -le $N ]; do
	printf '{"id": "r%d", "input": "Resume item %d", "answer": "ok"}\n' $i $i >> S.jsonl
	i=$((i + 1))
done
cat > script.json <<'JSON'
{"models": {"m": {"latency_ms": {"min": 20, "max": 40}, "default": {"text": "ok"},
  "usage": {"prompt_tokens": 3, "completion_tokens": 1}}}}
JSON
sim_start script.json

# Kill at a random point between 0.4 s and 1.6 s of a ~2.3 s run.
delay=$(awk -v s="$(date +%N)" 'BEGIN { srand(s); printf "%.2f", 0.4 + rand() * 1.2 }')
"$TRILEMMA" run --model "${E2E_PROVIDER:-openai}:m@$BASE" --suite S.jsonl --db r.db --concurrency $CONC -q \
	>/dev/null 2>err1.txt &
pid=$!
sleep "$delay"
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
stored=$(sqlite3 r.db "SELECT count(*) FROM tasks WHERE state = 'done'")
echo "killed after ${delay}s with $stored of $N responses stored"
check "the kill came mid-run" sh -c "[ $stored -gt 0 ] && [ $stored -lt $N ]"
check "integrity_check ok after kill -9" eq "$(sqlite3 r.db 'PRAGMA integrity_check')" ok
check "the run is unfinished" eq "$(sqlite3 r.db "SELECT status FROM runs")" running
check "each stored answer was graded as it was stored" \
	eq "$(sqlite3 r.db 'SELECT count(*) FROM grades')" "$stored"
"$TRILEMMA" report --db r.db --format json > mid.json 2>/dev/null
check "report of the interrupted run counts what was answered" \
	eq "$(jq -c '[.models[0].overall.items, .run.graded_for_report, .run.pending]' mid.json)" \
	"[$stored,0,$((N - stored))]"
# a store whose answers have no grades (an engine that graded after
# sending, killed before it did): the report grades them, and writes nothing
sqlite3 r.db ".backup ungraded.db"
sqlite3 ungraded.db 'DELETE FROM grades'
"$TRILEMMA" report --db ungraded.db --format json > mid2.json 2>/dev/null
check "report of ungraded answers grades them for the report" \
	eq "$(jq -c '[.models[0].overall.items, .run.graded_for_report, .run.pending]' mid2.json)" \
	"[$stored,$stored,$((N - stored))]"
check "... the same verdicts as the stored grades" \
	eq "$(jq -c '.models[0].overall.correct' mid2.json)" "$(jq -c '.models[0].overall.correct' mid.json)"
check "... and reading it wrote nothing" eq "$(sqlite3 ungraded.db 'SELECT count(*) FROM grades')" 0
served_before=$(jq -r 'select(.served) | .key' "$LEDGER" | sort -u | wc -l)
lines_before=$(wc -l < "$LEDGER")

"$TRILEMMA" run --resume --db r.db -q >/dev/null 2>err2.txt
check "resume exits 0" eq "$?" 0
check "every item has a stored response" \
	eq "$(sqlite3 r.db "SELECT count(*) FROM tasks WHERE state = 'done'")" $N
check "one response per task" \
	eq "$(sqlite3 r.db 'SELECT count(*) FROM responses')" $N
check "the run is finished" eq "$(sqlite3 r.db "SELECT status FROM runs")" finished
check "integrity_check ok after resume" eq "$(sqlite3 r.db 'PRAGMA integrity_check')" ok
# Sent again: items the server had served before the kill and served again
# after it. Those are the ones whose response was in flight (not yet durable)
# at the kill: at most the concurrency limit.
again=$(tail -n +$((lines_before + 1)) "$LEDGER" | jq -r 'select(.served) | .key' | sort -u > after.txt;
	head -n "$lines_before" "$LEDGER" | jq -r 'select(.served) | .key' | sort -u > before.txt;
	comm -12 before.txt after.txt | wc -l)
echo "served before the kill: $served_before; sent again after it: $again"
check "only what was in flight is sent again (<= $CONC)" test "$again" -le $CONC
check "resume sent only the missing items" \
	eq "$(tail -n +$((lines_before + 1)) "$LEDGER" | jq -r 'select(.served) | .key' | sort -u | wc -l)" $((N - stored))
"$TRILEMMA" report --db r.db --format json > rep.json 2>/dev/null
check "report after resume counts every item once" eq "$(jq '.models[0].overall.items' rep.json)" $N
# two --resume at once on one file (another run, killed the same way):
# they share its tasks, and no request is sent by both
"$TRILEMMA" run --model "${E2E_PROVIDER:-openai}:m@$BASE" --suite S.jsonl --db two.db --no-cache \
	--concurrency $CONC -q >/dev/null 2>err3.txt &
pid=$!
sleep "$delay"
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
left=$(sqlite3 two.db "SELECT count(*) FROM tasks WHERE state != 'done'")
lines_before=$(wc -l < "$LEDGER")
"$TRILEMMA" run --resume --db two.db --concurrency $CONC -q >/dev/null 2>err4.txt &
p1=$!
"$TRILEMMA" run --resume --db two.db --concurrency $CONC -q >/dev/null 2>err5.txt &
p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
check "two --resume of one run at once both exit 0" eq "$r1 $r2" "0 0"
check "... every task answered once" \
	eq "$(sqlite3 two.db "SELECT count(*), count(DISTINCT response) FROM tasks WHERE state = 'done'")" "$N|$N"
after=$(tail -n +$((lines_before + 1)) "$LEDGER" | jq -r 'select(.served) | .key')
check "... the $left requests left sent once each, none by both" \
	eq "$(echo "$after" | sort -u | wc -l) $(echo "$after" | wc -l)" "$left $left"
if [ "${E2E_PROVIDER:-}" = anthropic ]; then
	check "the requests went over the Messages protocol" test \
		"$(jq -r 'select(.api == "anthropic") | .key' "$LEDGER" | wc -l)" -gt 0 -a \
		"$(jq -r 'select(.api != "anthropic") | .key' "$LEDGER" | wc -l)" -eq 0
fi
done_tests
