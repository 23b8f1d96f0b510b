#!/bin/sh
# batch.sh -- run --batch against the test server's simulated batch API
# (OpenAI Batch here; batch_messages.sh: Anthropic Message Batches): a run
# killed between submission and completion is collected by --resume
# without submitting again, costs are at the batch price, a request the
# batch failed is submitted again by --resume and only it, expired and
# cancelled batches leave their unrun requests failed with their class,
# `runs` shows the batches.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2
PROV=${E2E_PROVIDER:-openai}
API=$([ "$PROV" = anthropic ] && echo anthropic || echo openai)

N=40
i=1
: > S.jsonl
while [ $i -le $N ]; do
	printf '{"id": "b%d", "input": "Batch item %d: say ok", "answer": "ok"}\n' $i $i >> S.jsonl
	i=$((i + 1))
done
# item b7 fails once (a 500 the first time its request is run)
cat > script.json <<'JSON'
{"models": {
  "m": {"default": {"text": "ok"}, "batch": {"complete_ms": 2500},
        "rules": [{"match": "Batch item 7:", "text": "ok", "faults": ["500"]}]},
  "quick": {"default": {"text": "ok"}, "batch": {"complete_ms": 200}},
  "exp": {"default": {"text": "ok"}, "batch": {"complete_ms": 200, "expire_after": 3}},
  "can": {"default": {"text": "ok"}, "batch": {"complete_ms": 200, "cancel_after": 2}}}}
JSON
sim_start script.json

config() { # model id -> trilemma.yaml with list prices 2 / 8 USD per million tokens
	cat > "$2" <<YAML
models:
  - id: $1
    spec: $PROV:$1@$BASE
    price: {input: 2, output: 8}
suites: [S.jsonl]
YAML
}
ops() { # op -> how many ledger lines of that batch operation
	jq -r --arg op "$1" 'select(.op == $op) | .op' "$LEDGER" | wc -l | tr -d ' '
}

# ---- killed between submission and completion, then resumed ----
config m m.yaml
"$TRILEMMA" run -c m.yaml --batch --batch-poll 0.1 --db k.db >out1.txt 2>err1.txt &
pid=$!
i=0
while [ "$(sqlite3 k.db 'SELECT count(*) FROM batches' 2>/dev/null || echo 0)" = 0 ] && [ $i -lt 100 ]; do
	sleep 0.05; i=$((i + 1))
done
sleep 0.3
"$TRILEMMA" run --resume --db k.db --batch-poll 0.1 >/dev/null 2>errw.txt
check "a second worker while the batch is collected is refused (exit 3)" eq "$?" 3
check "... naming the one that collects it" grep -q "is being sent by the worker .*:$pid:" errw.txt
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
check "the batch was recorded before the kill" eq "$(sqlite3 k.db 'SELECT count(*) FROM batches')" 1
check "... with all its tasks" eq "$(sqlite3 k.db 'SELECT n_tasks FROM batches')" $N
check "... and no answer yet" eq "$(sqlite3 k.db "SELECT count(*) FROM tasks WHERE state = 'planned'")" $N
check "runs shows the batch running" sh -c "'$TRILEMMA' runs --db k.db | grep -E '^  batch [a-z_0-9]+: (submitted|validating|in_progress).*; $N requests'"
check "one batch was created" eq "$(ops batch_create)" 1
"$TRILEMMA" run --resume --db k.db --batch-poll 0.1 >out2.txt 2>err2.txt
rc=$?
check "resume exits 0" eq "$rc" 0
cat err2.txt
check "resume polled the first batch: only the failed request was submitted again" eq "$(ops batch_create)" 2
check "the second batch holds only the failed request" \
	eq "$(sqlite3 k.db 'SELECT group_concat(n_tasks) FROM batches ORDER BY submitted')" "$N,1"
check "every task is answered" eq "$(sqlite3 k.db "SELECT count(*) FROM tasks WHERE state = 'done'")" $N
check "the failed request's first attempt is recorded" \
	eq "$(sqlite3 k.db "SELECT group_concat(coalesce(error_class, 'ok'), ' ') FROM attempts a JOIN tasks t ON t.id = a.task WHERE t.item = 'b7' ORDER BY a.n")" "http_5xx ok"
check "the run is finished" eq "$(sqlite3 k.db 'SELECT status FROM runs')" finished
check "every batch is done" eq "$(sqlite3 k.db 'SELECT count(*) FROM batches WHERE done = 0')" 0
# the batch price: half the list price of the tokens the server counted
check "costs are at the batch price (half of 2 / 8 USD per million)" \
	eq "$(sqlite3 k.db "SELECT count(*) FROM responses WHERE ok = 1 AND (abs(cost - (tok_in * 1.0 + tok_out * 4.0) / 1e6) > 1e-12 OR cost IS NULL)")" 0
check "the tokens are the server's" eq "$(sqlite3 k.db 'SELECT count(*) FROM responses WHERE ok = 1 AND tok_in > 0 AND tok_out > 0')" $N
check "the refused request is kept as a failed response" \
	eq "$(sqlite3 k.db "SELECT count(*) || ' ' || group_concat(http_status) FROM responses WHERE ok = 0")" "1 500"
check "answers name their batch" \
	eq "$(sqlite3 k.db "SELECT count(*) FROM responses WHERE ok = 1 AND json_extract(meta, '\$.batch') LIKE '%batch%'")" $N
check "the answers are graded" eq "$(sqlite3 k.db "SELECT count(*) FROM grades WHERE verdict = 'correct'")" $N
"$TRILEMMA" report --db k.db --format json > k.json 2>/dev/null
check "the report's cost is the batch cost" \
	eq "$(jq '.models[0].overall.cost_usd.total * 1e9 | round' k.json)" \
	"$(sqlite3 k.db "SELECT CAST(round(sum(r.cost) * 1e9) AS INTEGER) FROM tasks t JOIN responses r ON r.id = t.response")"
check "the simulated server is named in the report" sh -c "jq -e '.models[0].simulated == true' k.json"
check "the report says the run was sent as batches" sh -c "'$TRILEMMA' report --db k.db | grep -q 'sent as batches (costs at the batch price'"
check "every request was run once, but the failed one twice" \
	eq "$(jq -r 'select(.op == null and .batch != null) | .custom_id' "$LEDGER" | sort | uniq -c | awk '$1 != 1' | wc -l | tr -d ' ')" 1
check "the requests went over the $API batch API" \
	eq "$(jq -r 'select(.op != null) | .api' "$LEDGER" | sort -u)" "$API"

# ---- a batch that ends on its own (no kill): the requests run once ----
"$TRILEMMA" run --model "$PROV:quick@$BASE,price=2/8,batch_price=0.5/1" --suite S.jsonl --batch \
	--batch-poll 0.05 --db q.db -q >/dev/null 2>errq.txt
check "a whole batch run exits 0" eq "$?" 0
check "... every task answered" eq "$(sqlite3 q.db "SELECT count(*) FROM tasks WHERE state = 'done'")" $N
check "... at the batch price the model declares (0.5 / 1 USD per million)" \
	eq "$(sqlite3 q.db "SELECT count(*) FROM responses WHERE ok = 1 AND abs(cost - (tok_in * 0.5 + tok_out * 1.0) / 1e6) < 1e-12")" $N
check "... interactive requests: none" \
	eq "$(jq -r 'select(.op == null and .batch == null) | .key' "$LEDGER" | wc -l | tr -d ' ')" 0

# ---- expired and cancelled batches ----
config exp e.yaml
"$TRILEMMA" run -c e.yaml --batch --batch-poll 0.05 --db e.db -q --max-errors 1 >/dev/null 2>erre.txt
check "an expired batch: the run still ends (exit 0)" eq "$?" 0
check "... the requests it ran are answered" eq "$(sqlite3 e.db "SELECT count(*) FROM tasks WHERE state = 'done'")" 3
check "... the others failed as batch_expired" \
	eq "$(sqlite3 e.db "SELECT count(*) FROM tasks t JOIN attempts a ON a.task = t.id WHERE t.state = 'failed' AND a.error_class = 'batch_expired'")" $((N - 3))
check "... runs says it expired" sh -c "'$TRILEMMA' runs --db e.db | grep -E '^  batch .*expired.*results stored'"
"$TRILEMMA" report --db e.db > e.txt 2>&1
check "... the report names the class" grep -q batch_expired e.txt
config can c.yaml
"$TRILEMMA" run -c c.yaml --batch --batch-poll 0.05 --db c.db -q --max-errors 1 >/dev/null 2>errc.txt
check "a cancelled batch: the run still ends" eq "$?" 0
check "... two answered, the rest batch_cancelled" \
	eq "$(sqlite3 c.db "SELECT sum(state = 'done') || ' ' || sum(state = 'failed') FROM tasks")" "2 $((N - 2))"
check "... classed batch_cancelled" \
	eq "$(sqlite3 c.db "SELECT count(DISTINCT a.task) FROM attempts a WHERE a.error_class = 'batch_cancelled'")" $((N - 2))
creates=$(ops batch_create)
"$TRILEMMA" run --resume "$(sqlite3 c.db 'SELECT id FROM runs')" --db c.db --batch-poll 0.05 -q \
	--max-errors 1 >/dev/null 2>errc2.txt
check "resume of the cancelled run submits the rest as one new batch" \
	eq "$(( $(ops batch_create) - creates )) $(sqlite3 c.db 'SELECT n_tasks FROM batches ORDER BY submitted DESC LIMIT 1')" "1 $((N - 2))"

# ---- Ctrl-C while waiting: the batch goes on, resume collects it ----
config m m2.yaml
"$TRILEMMA" run -c m2.yaml --batch --batch-poll 0.1 --db i.db --no-cache >/dev/null 2>erri.txt &
pid=$!
i=0
while [ "$(sqlite3 i.db 'SELECT count(*) FROM batches' 2>/dev/null || echo 0)" = 0 ] && [ $i -lt 100 ]; do
	sleep 0.05; i=$((i + 1))
done
kill -INT $pid
wait $pid
check "Ctrl-C while the batch runs exits 3" eq "$?" 3
check "... and says --resume collects it" grep -q "resume" erri.txt

# ---- the provider forgets a batch (the test server restarted): its
# requests fail as batch_missing, and the resume that found out submits
# them again ----
config quick f.yaml
sed -i 's/quick/m/; s/batch-poll//' f.yaml
"$TRILEMMA" run -c f.yaml --batch --batch-poll 0.1 --db f.db --no-cache >/dev/null 2>errf1.txt &
pid=$!
i=0
while [ "$(sqlite3 f.db 'SELECT count(*) FROM batches' 2>/dev/null || echo 0)" = 0 ] && [ $i -lt 100 ]; do
	sleep 0.05; i=$((i + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
OLD_PORT=$PORT
sim_stop
# while nothing answers, a poll is a transient failure: asked again, then given up
"$TRILEMMA" run --resume --db f.db --batch-poll 0.05 >/dev/null 2>errf2.txt
check "no server: resume exits 3 after rounds of asking" eq "$?" 3
check "... saying it will ask again, then that the batches go on" \
	sh -c "grep -q 'will ask again' errf2.txt && grep -q 'failed 5 rounds in a row' errf2.txt"
check "... the batch is still open in the store" eq "$(sqlite3 f.db 'SELECT done FROM batches')" 0
sim_start script.json --port "$OLD_PORT"
"$TRILEMMA" run --resume --db f.db --batch-poll 0.05 --max-errors 1 >/dev/null 2>errf3.txt
check "a batch the provider no longer knows: resume ends (exit 0)" eq "$?" 0
check "... saying so" grep -q 'no longer knows it' errf3.txt
check "... its requests failed as batch_missing" \
	eq "$(sqlite3 f.db "SELECT count(DISTINCT a.task) FROM attempts a WHERE a.error_class = 'batch_missing'")" $N
check "... and, this being a resume, were submitted again and answered" \
	eq "$(sqlite3 f.db "SELECT count(*) FROM tasks WHERE state = 'done'")" $N

# ---- bad input ----
"$TRILEMMA" run --model ollama:x@$BASE --suite S.jsonl --batch --db bad.db 2>bad.txt
check "a provider without a batch API: exit 2" eq "$?" 2
check "... named" grep -q "has no batch API" bad.txt
check "... nothing written" test ! -e bad.db
"$TRILEMMA" run --resume --db q.db --batch 2>bad2.txt
check "--batch cannot change a planned run: exit 2" eq "$?" 2
printf 'models:\n  - {spec: "%s:m@%s", extra: {stream: true}}\nsuites: [S.jsonl]\n' "$PROV" "$BASE" > xs.yaml
"$TRILEMMA" run -c xs.yaml --batch --db bad3.db 2>bad3.txt
check "extra: {stream: true} with --batch: exit 2, nothing written" \
	sh -c "[ $? = 2 ] && grep -q 'cannot go in a batch' bad3.txt && [ ! -e bad3.db ]"
done_tests
