#!/bin/sh
# team_workers.sh -- several workers on one run, on a PostgreSQL store (a
# private cluster this script starts and stops): three `trilemma run`
# processes share one run's tasks through leases; one is killed with
# kill -9 while it sends, and the others send what it held once its
# leases run out. The run completes, every task is answered and graded
# once, the requests sent again are no more than the dead worker held,
# and the three together keep to the model's rpm. A worker of this
# machine that was killed has its leases given back at once. Without
# PostgreSQL installed, every check is skipped.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

if ! pg_start 2>pg_start.err; then
	skip "several workers on PostgreSQL: $(head -n 1 pg_start.err)"
	done_tests; exit
fi

N=120        # tasks
RPM=600      # 10 starts a second, for the three workers together
LEASE=5
i=0
while [ $i -lt $N ]; do
	echo "{\"id\": \"q$i\", \"input\": \"Question $i\", \"answer\": \"ok\"}"
	i=$((i + 1))
done > S.jsonl
cat > script.json <<'JSON'
{"models": {"w": {"default": {"text": "ok"}, "latency_ms": 400,
                  "usage": {"prompt_tokens": 3, "completion_tokens": 1}}}}
JSON
sim_start script.json
db=$(pg_db workers)
day=$(date -u +%Y%m%d)
run="r-$day-1"
held() { # tasks to send whose lease names process $1
	pg_sql "$db" "SELECT count(*) FROM tasks WHERE lease_owner LIKE '%:$1:%' AND state IN ('planned', 'failed')"
}
held_by() { # the same, on database $1
	pg_sql "$1" "SELECT count(*) FROM tasks WHERE lease_owner LIKE '%:$2:%' AND state IN ('planned', 'failed')"
}

# the first worker plans the run and sends; two more join it
printf 'models:\n  - {id: w, spec: "openai:w@%s", rpm: %s}\nsuites: [S.jsonl]\n' "$BASE" $RPM > w.yaml
"$TRILEMMA" run -c w.yaml --db "$db" --lease $LEASE -q >w1.out 2>w1.err &
p1=$!
k=0
until [ "$(pg_sql "$db" "SELECT count(*) FROM tasks" 2>/dev/null)" = "$N" ] || [ $k -ge 100 ]; do
	sleep 0.1; k=$((k + 1))
done
"$TRILEMMA" run --resume "$run" --db "$db" --lease $LEASE >w2.out 2>w2.err &
p2=$!
# the third one as if on another machine: its death is seen only as its
# leases run out
TRILEMMA_WORKER=machine-c "$TRILEMMA" run --resume "$run" --db "$db" --lease $LEASE -q \
	>w3.out 2>w3.err &
p3=$!
# the third worker dies once it has claimed and answered some
k=0
until [ "$(held $p3)" -gt 0 ] && [ "$(pg_sql "$db" "SELECT count(*) FROM tasks WHERE state = 'done'")" -ge 30 ] ||
      [ $k -ge 200 ]; do
	sleep 0.05; k=$((k + 1))
done
kill -9 $p3
wait $p3 2>/dev/null
lost=$(held $p3)
pg_sql "$db" "SELECT DISTINCT lease_owner FROM tasks WHERE lease_owner LIKE '%:$p3:%'" > lease3.txt
check "the third worker held tasks when it was killed" test "$lost" -gt 0
check "... with tasks left to send" test "$(pg_sql "$db" "SELECT count(*) FROM tasks WHERE state = 'planned'")" -gt "$lost"
wait $p1; r1=$?
wait $p2; r2=$?
check "the other two workers exit 0" eq "$r1 $r2" "0 0" || cat w1.err w2.err >&2
check "... the run is finished" eq "$(pg_sql "$db" "SELECT status FROM runs WHERE id = '$run'")" finished
check "every task answered" \
	eq "$(pg_sql "$db" "SELECT count(*) FILTER (WHERE state = 'done'), count(*) FROM tasks")" "$N|$N"
check "... and graded once: one grade per task, for the answer the task holds" \
	eq "$(pg_sql "$db" "SELECT count(*), count(DISTINCT g.task) FROM grades g JOIN tasks t ON t.id = g.task JOIN responses r ON r.id = t.response WHERE g.graded >= r.created")" "$N|$N"
check "... the dead worker's tasks were taken by the others: no lease is left" \
	eq "$(pg_sql "$db" "SELECT count(*) FROM tasks WHERE lease_owner IS NOT NULL")" 0
sent=$(jq -r 'select(.model == "w") | .t' "$LEDGER" | wc -l)
again=$((sent - N))
check "requests sent again ($again) are no more than the dead worker held ($lost)" \
	test "$again" -le "$lost"
check "... and every task was sent" test "$again" -ge 0
# the combined rate: the starts are 60/rpm seconds apart, for the three
# together; any 5 s holds at most 5 s worth, one more (both ends), and
# three more for the time a request takes to reach the server, which
# varies with the load of the machine (three workers, the server and the
# database on two cores): a start a little late comes closer to the next
jq -r 'select(.model == "w") | .t' "$LEDGER" | sort -n > starts.txt
most=$(awk -v w=5 '{ t[NR] = $1 } END { j = 1; m = 0
	for (i = 1; i <= NR; i++) { while (t[i] - t[j] >= w) j++; if (i - j + 1 > m) m = i - j + 1 }
	print m }' starts.txt)
check "the three workers together kept to rpm $RPM: at most $((RPM / 12 + 4)) starts in any 5 s (saw $most)" \
	test "$most" -le $((RPM / 12 + 4))
rate=$(awk 'NR == 1 { a = $1 } { b = $1; n = NR } END { printf "%.2f", (n - 1) / (b - a) }' starts.txt)
check "... over the whole run ($rate a second, the limit $((RPM / 60)))" \
	awk -v r="$rate" -v l="$((RPM / 60))" 'BEGIN { exit !(r <= l * 1.02) }'
check "the pacing row is shared: one for the model" \
	eq "$(pg_sql "$db" "SELECT count(*) FROM pacing")" 1
check "a worker that joined says it resumed the run" grep -q "resuming $run" w2.err
check "... the one on \"another machine\" went by its name" \
	grep -q "^machine-c:$p3:" lease3.txt

# a worker of this machine killed with kill -9: a run resumed here gives its
# leases back at once (its process is gone), without waiting them out
db2=$(pg_db same)
"$TRILEMMA" run -c w.yaml --db "$db2" --lease 3600 -q >s1.out 2>s1.err &
p4=$!
k=0
until [ "$(held_by "$db2" $p4 2>/dev/null)" -gt 0 ] 2>/dev/null || [ $k -ge 200 ]; do
	sleep 0.05; k=$((k + 1))
done
kill -9 $p4
wait $p4 2>/dev/null
check "a worker killed here held tasks for an hour" test "$(held_by "$db2" $p4)" -gt 0
timeout 120 "$TRILEMMA" run --resume --db "$db2" --lease 3600 -q >s2.out 2>s2.err
check "... the run resumed here completes all the same" eq "$?" 0
check "... every task answered" \
	eq "$(pg_sql "$db2" "SELECT count(*) FILTER (WHERE state = 'done'), count(*) FROM tasks")" "$N|$N"

done_tests
