#!/bin/sh
# interrupt.sh -- Ctrl-C: at once it says how many requests are in flight
# and that a second Ctrl-C quits; those requests get a short grace, then are
# cancelled (recorded as such, sent again on --resume); the store stays
# consistent and the resume command is printed. A second Ctrl-C quits at once.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

i=1
: > S.jsonl
while [ $i -le 8 ]; do
	printf '{"id": "c%d", "input": "Slow item %d", "answer": "ok"}\n' $i $i >> S.jsonl
	i=$((i + 1))
done
cat > slow.json <<'JSON'
{"models": {"m": {"latency_ms": 20000, "default": {"text": "ok"}}}}
JSON
cat > fast.json <<'JSON'
{"models": {"m": {"default": {"text": "ok"}}}}
JSON
sim_start slow.json
printf 'models:\n  - {id: m, spec: "%s:m@%s"}\nsuites: [S.jsonl]\nconcurrency: 4\n' "${E2E_PROVIDER:-compat}" "$BASE" > c.yaml

now() { date +%s.%N; }
# wait until FILE holds PATTERN (up to 5 s); print the seconds it took
wait_for() {
	t0=$(now); n=0
	while ! grep -q "$2" "$1" 2>/dev/null && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
	awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'
}

"$TRILEMMA" run -c c.yaml --db r.db > out.txt 2> err.txt &
pid=$!
# the four requests are in flight once the server has them
n=0
while [ "$(sqlite3 r.db 'SELECT count(*) FROM tasks' 2>/dev/null || echo 0)" != 8 ] && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
sleep 0.5
t_int=$(now)
kill -INT $pid
said=$(wait_for err.txt 'stopping:')
wait $pid
rc=$?
took=$(awk -v a="$t_int" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
echo "Ctrl-C: message after ${said} s, exit after ${took} s"
check "Ctrl-C is acknowledged at once (well within a second)" awk -v s="$said" 'BEGIN { exit !(s < 1) }'
check "it says how many requests are in flight" grep -q 'stopping: 4 requests in flight' err.txt
check "it says a second Ctrl-C quits" grep -q 'Ctrl-C again to quit at once' err.txt
check "requests in flight get a short grace, then the run stops (not 20 s)" \
	awk -v s="$took" 'BEGIN { exit !(s >= 1.5 && s < 6) }'
check "an interrupted run exits 3" eq "$rc" 3
check "the resume command is printed" grep -q 'trilemma run --resume r-[0-9-]* ' err.txt
check "the cancelled requests are recorded as attempts" \
	eq "$(sqlite3 r.db "SELECT count(*) FROM attempts WHERE error_class = 'cancelled'")" 4
check "their tasks stay planned, to be sent again" \
	eq "$(sqlite3 r.db "SELECT count(*) FROM tasks WHERE state = 'planned'")" 8
check "the run is still running (unfinished)" eq "$(sqlite3 r.db 'SELECT status FROM runs')" running
check "integrity_check ok" eq "$(sqlite3 r.db 'PRAGMA integrity_check')" ok

# the same port, now a fast model: --resume sends everything, once
port=$PORT
sim_stop
LEDGER="$T/fast.ledger"
"$TRISIM" --script fast.json --port "$port" --ledger "$LEDGER" 2>>"$T/trisim.log" &
SIM_PIDS="$SIM_PIDS $!"
n=0
while ! curl -s -o /dev/null "http://127.0.0.1:$port/v1/models" && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
"$TRILEMMA" run --resume --db r.db -q 2>err2.txt
check "resume after Ctrl-C exits 0" eq "$?" 0
check "every task answered" eq "$(sqlite3 r.db "SELECT count(*) FROM tasks WHERE state = 'done'")" 8
check "each item sent once after the resume" eq "$(jq -r 'select(.served) | .key' "$LEDGER" | sort | uniq -d | wc -l)" 0
check "the run is finished" eq "$(sqlite3 r.db 'SELECT status FROM runs')" finished

# a second Ctrl-C quits at once
sim_start slow.json
printf 'models:\n  - {id: m, spec: "%s:m@%s"}\nsuites: [S.jsonl]\nconcurrency: 4\n' "${E2E_PROVIDER:-compat}" "$BASE" > c2.yaml
"$TRILEMMA" run -c c2.yaml --db r2.db > out.txt 2> err.txt &
pid=$!
n=0
while [ "$(sqlite3 r2.db 'SELECT count(*) FROM tasks' 2>/dev/null || echo 0)" != 8 ] && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
sleep 0.5
kill -INT $pid
wait_for err.txt 'stopping:' > /dev/null
t_int=$(now)
kill -INT $pid
wait $pid
rc=$?
took=$(awk -v a="$t_int" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
echo "second Ctrl-C: exit after ${took} s"
check "a second Ctrl-C ends the process at once (by the signal)" eq "$rc" 130
check "at once: well within the grace period" awk -v s="$took" 'BEGIN { exit !(s < 1) }'
check "the store is consistent after it" eq "$(sqlite3 r2.db 'PRAGMA integrity_check')" ok
if [ "${E2E_PROVIDER:-}" = anthropic ]; then
	# the last server saw requests that were cut short: the store says
	# which protocol they were sent in, the ledger that none was another
	check "the requests went over the Messages protocol" sh -c \
		"sqlite3 r2.db 'SELECT spec FROM models' | grep -q '^anthropic:' &&
		 [ \$(jq -r 'select(.api != \"anthropic\") | .key' '$LEDGER' | wc -l) -eq 0 ]"
fi
done_tests
